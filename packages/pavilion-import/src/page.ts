import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { ImportedArticle } from './article.ts';
import { prepareBody } from './body.ts';
import { removeJunk } from './clean.ts';
import { BODY_SELECTORS, findContainer } from './container.ts';
import { parseDate, type FoundDate } from './date-text.ts';
import { attribute, elementsOf } from './html-tree.ts';
import { findMetaAtEdges, metaAround, plainDateLines, takeStoredLines, type FoundItem } from './meta-blocks.ts';
import { applyMetaItems, markStored, settleFields } from './meta-fields.ts';
import { PageMeta, savedFromUrl, webAddress } from './page-meta.ts';
import { findTitle } from './title.ts';

/** Where a page came from: its text, the file or address, and the folder given on the command line. */
export interface PageSource {
	input: string;
	html: string;
	file?: string | undefined;
	folder?: string | undefined;
	url?: string | undefined;
	/** The old site's address of the folder given (a wget mirror): file paths below it are the old paths. */
	oldBase?: string | undefined;
}

/** Date meta tags, most exact first: Open Graph's has an offset, the government standard's PubDate a local time. */
const DATE_META = [
	'article:published_time',
	'datePublished',
	'PubDate',
	'publishdate',
	'publish_date',
	'publish-date',
	'firstpublishedtime',
	'dc.date',
	'dcterms.created',
	'dc.date.created',
	'date',
];

/** Read one saved or fetched page into an article. */
export function readPage(source: PageSource, timeZone: string): ImportedArticle {
	const tree = fromHtml(source.html);
	const meta = new PageMeta(tree);
	const problems: string[] = [];
	const notes: string[] = [];

	const old = oldAddress(source, meta, tree);
	const imageBase = source.url ?? (source.file ? pathToFileURL(source.file).href : (old?.url ?? 'file:///'));
	const page: Root | Element = select('body', tree) ?? tree;
	const found = findContainer(tree);
	const title = findTitle(tree, meta);
	if (title?.guessed) notes.push(`the title was cut out of the page's <title> ("${title.title}"): check it`);

	const article: ImportedArticle = {
		input: source.input,
		oldUrl: old?.url,
		oldUrlFrom: old?.from,
		imageBase,
		localRoot: source.folder ?? (source.file ? dirname(source.file) : undefined),
		mirror: source.oldBase && source.folder ? { folder: source.folder, oldBase: source.oldBase } : undefined,
		title: title?.title,
		titleFrom: title?.from,
		tags: [],
		oldCategories: [],
		draft: false,
		body: found?.element ?? { type: 'root', children: [] },
		slugHints: [],
		metaItems: [],
		moved: [],
		problems,
		notes,
		removed: [],
		attachments: [],
	};
	if (!title)
		problems.push(
			'no title found (no <h1>, title block, og:title or <title>): add <meta name="ArticleTitle" content="…"> to the saved page and import it again',
		);
	if (!found) {
		problems.push('no article text found');
		return article;
	}
	if (!BODY_SELECTORS.includes(found.how)) notes.push(`the body was taken from ${found.how}: check where it starts and ends`);

	const container = found.element;
	const around = metaAround(page, container, timeZone);
	const { removed, lost } = removeJunk(container);
	article.removed = removed;
	problems.push(...lost);
	const lines = findMetaAtEdges(container, title?.title, timeZone);
	article.metaItems = [
		...around.filter((item) => item.where === 'above the body'),
		...lines.flatMap((line) => line.items),
		...around.filter((item) => item.where === 'below the body'),
	];

	applyMetaItems(article, article.metaItems, old?.url ?? source.url, timeZone);
	const contentSource = meta.get('ContentSource')?.value;
	if (!article.source?.name && contentSource) article.source = { ...article.source, name: contentSource };

	article.date = chooseDate(dateCandidates(meta, article.metaItems, timeZone), notes);
	if (!article.date) {
		problems.push(
			'no publication date found (no 发布时间/日期 line, <time datetime> or date meta tag): add <meta name="PubDate" content="YYYY-MM-DD"> to the saved page and import it again',
		);
		for (const line of plainDateLines(container, timeZone))
			notes.push(
				`the line "${line}" in the text was not taken for the publication date: in the text, 时间/日期 may be the time of an event`,
			);
	}
	settleFields(article);
	// Meta lines of the body leave it only when what they say is in the front matter.
	markStored(article, article.metaItems, timeZone);
	const taken = takeStoredLines(container, lines);
	article.moved = taken.moved;
	article.removed.push(...taken.removed);

	const keywords = meta.get('Keywords', 'keywords')?.value;
	if (keywords) notes.push(`the page's keywords were not made tags: ${keywords}`);
	const column = meta.get('ColumnName')?.value;
	if (column) article.oldCategories.push({ name: column });

	const { notes: bodyNotes, attachments } = prepareBody(container, old?.url ?? source.url);
	notes.push(...bodyNotes);
	article.attachments = attachments;
	if (old) article.slugHints.push(old.url);
	else if (source.file) article.slugHints.push(source.file);
	return article;
}

/**
 * The page's address on the old site. A fetched page has it; a saved page may say it in the
 * browser's "saved from url" comment, its canonical link or og:url; a file of a wget mirror has it
 * from --old-base and its path below the folder.
 */
function oldAddress(source: PageSource, meta: PageMeta, tree: Root): { url: string; from: string } | undefined {
	const baseElement = [...elementsOf(tree)].find((element) => element.tagName === 'base');
	const base = baseElement && attribute(baseElement, 'href');
	const candidates: [string | undefined, string][] = [
		[source.url, 'the address it was fetched from'],
		[savedFromUrl(source.html), 'the "saved from url" comment'],
		[webAddress(meta.canonical, base), 'the canonical link'],
		[webAddress(meta.get('og:url')?.value, base), 'og:url'],
		[webAddress(meta.get('Url')?.value), 'the Url meta tag'],
		[
			source.oldBase && source.file && source.folder
				? webAddress(relative(source.folder, source.file).split(/[\\/]/).map(encodeURIComponent).join('/'), source.oldBase)
				: undefined,
			'--old-base and the file path',
		],
	];
	for (const [url, from] of candidates) {
		const address = webAddress(url);
		if (address) return { url: address, from };
	}
	return undefined;
}

/**
 * Dates a page gives, most trustworthy first: meta tags written by the CMS, <time datetime>, a
 * labelled line ("发布时间：…"), then a date standing alone in an info line.
 */
function dateCandidates(meta: PageMeta, items: FoundItem[], timeZone: string): FoundDate[] {
	const candidates: FoundDate[] = [];
	for (const name of DATE_META) {
		const tag = meta.get(name);
		const date = tag && parseDate(tag.value, timeZone, `meta ${tag.name} "${tag.value}"`);
		if (date) candidates.push(date);
	}
	const dateItems = items.filter((item) => item.field === 'date' && item.value);
	for (const item of [
		...dateItems.filter((item) => item.label === '<time datetime>'),
		...dateItems.filter((item) => item.label && item.label !== '<time datetime>'),
		...dateItems.filter((item) => !item.label),
	]) {
		const described =
			item.label === '<time datetime>'
				? `<time datetime="${item.value}">`
				: item.label
					? `the line "${item.label}：${item.value}"`
					: `the date "${item.value}" ${item.where}`;
		const date = parseDate(item.value, timeZone, described);
		if (date) candidates.push(date);
	}
	return candidates;
}

/** The first candidate, made more exact by a later one with a time on the same day; disagreements are reported. */
function chooseDate(candidates: FoundDate[], notes: string[]): FoundDate | undefined {
	let chosen = candidates[0];
	if (!chosen) return undefined;
	for (const candidate of candidates.slice(1)) {
		if (candidate.day !== chosen.day) {
			notes.push(
				`dates disagree: ${chosen.from} gives ${chosen.written}, ${candidate.from} gives ${candidate.written}; the first was used`,
			);
			continue;
		}
		if (!chosen.hasTime && candidate.hasTime) chosen = candidate;
	}
	return chosen;
}
