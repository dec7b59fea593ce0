import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import type { ImportedArticle } from './article.ts';
import { prepareBody } from './body.ts';
import { removeJunk } from './clean.ts';
import { isoWithOffset, calendarDate, zonedTime } from 'astro-pavilion/tools';
import type { FoundDate } from './date-text.ts';
import { findMetaAtEdges, takeStoredLines } from './meta-blocks.ts';
import { applyMetaItems, markStored, settleFields } from './meta-fields.ts';
import { clip } from './report.ts';
import { plainTitle } from './title-text.ts';
import { wordpressContentToHtml, type Attachment } from './wordpress-content.ts';
import { canonicalTagName, wxrPrefixes } from './wxr-namespaces.ts';

/**
 * Posts of a WordPress export (WXR: Tools → Export → Posts). Only posts are articles: pages,
 * attachments and menu items are not, and attachments are read only as the images posts use.
 * What WordPress hid stays hidden: password-protected, private, pending and draft posts become
 * drafts (`draft: true`), each with a line in the report; scheduled posts keep their date, which
 * Pavilion publishes them on. Trashed posts and auto-drafts are skipped. Every skipped item is
 * listed in the report.
 */
export interface WordPressExport {
	articles: ImportedArticle[];
	/** Items not imported, with why: for the report. */
	skipped: string[];
}

type Node = Record<string, unknown>;

/** Elements that can occur once or more: always read as lists, so one item and ten are handled alike. */
const LISTS = new Set(['item', 'category', 'wp:postmeta', 'wp:author', 'wp:category', 'wp:tag']);

const text = (value: unknown): string => {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
	return '';
};
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : []);

/** "2026-08-12 01:30:00" as WordPress stores it; "0000-00-00 00:00:00" for a draft never published. */
const STORED_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function postDate(post: Node, timeZone: string, notes: string[]): FoundDate | undefined {
	const gmt = STORED_DATE.exec(text(post['wp:post_date_gmt']).trim());
	const local = STORED_DATE.exec(text(post['wp:post_date']).trim());
	if (gmt && !gmt[1]!.startsWith('0000')) {
		// The GMT date is the instant: the WordPress site's own time zone setting need not be the fair's.
		const instant = new Date(`${gmt[1]!}T${gmt[2]!}:${gmt[3]!}:${gmt[4]!}Z`);
		if (Number.isNaN(instant.getTime())) return undefined;
		const written = isoWithOffset(instant, timeZone);
		if (local && written.slice(0, 19) !== `${local[1]!}T${local[2]!}:${local[3]!}:${local[4]!}`)
			notes.push(
				`the WordPress site's time zone differs from the fair's: ${text(post['wp:post_date'])} there is ${written} here (the same moment)`,
			);
		return { written, instant, day: calendarDate(instant, timeZone), hasTime: true, from: `wp:post_date_gmt "${gmt[0]}"` };
	}
	if (!local || local[1]!.startsWith('0000')) return undefined;
	// A draft has no GMT date yet; its local date is read as the fair's local time.
	const instant = new Date(zonedTime(local[1]!, `${local[2]!}:${local[3]!}`, timeZone).getTime() + Number(local[4]) * 1000);
	notes.push(`the post has no GMT date (it was never published); its date ${local[0]} was read in the fair's time zone`);
	return {
		written: isoWithOffset(instant, timeZone),
		instant,
		day: calendarDate(instant, timeZone),
		hasTime: true,
		from: `wp:post_date "${local[0]}"`,
	};
}

const metaValue = (post: Node, key: string) =>
	list(post['wp:postmeta']).find((meta) => text(meta['wp:meta_key']) === key)?.['wp:meta_value'];

export function readWordPressExport(xml: string, input: string, timeZone: string): WordPressExport {
	const prefixes = wxrPrefixes(xml);
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		// Values stay text: a post titled "2027" is not a number, a post_name "0812" keeps its zero.
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: false,
		// Namespaces are read by address, http:// or https://, whatever prefix the file gives them.
		transformTagName: (name) => canonicalTagName(name, prefixes),
		isArray: (name) => LISTS.has(name),
	});
	const rss = (parser.parse(xml) as Node).rss as Node | undefined;
	const channel = (rss?.channel ?? {}) as Node;
	const authors = new Map(
		list(channel['wp:author']).map((author) => [text(author['wp:author_login']).trim(), text(author['wp:author_display_name']).trim()]),
	);
	const items = list(channel.item);
	const attachments = new Map<string, Attachment>(
		items
			.filter((item) => text(item['wp:post_type']) === 'attachment')
			.map((item) => [
				text(item['wp:post_id']).trim(),
				{
					url: text(item['wp:attachment_url']).trim(),
					alt: text(metaValue(item, '_wp_attachment_image_alt')).trim(),
					caption: plainTitle(text(item['excerpt:encoded'])),
					parent: text(item['wp:post_parent']).trim(),
					order: Number(text(item['wp:menu_order']).trim()) || 0,
				},
			]),
	);

	const articles: ImportedArticle[] = [];
	const skipped: string[] = [];
	for (const item of items) {
		const type = text(item['wp:post_type']).trim();
		const id = text(item['wp:post_id']).trim();
		const rawTitle = text(item.title).trim();
		// WordPress shows a title as HTML: "H<sub>2</sub>O" and "&amp;" are read as a browser would, as plain text.
		const title = plainTitle(rawTitle);
		const name = `${input} → post ${id}${title ? ` "${title}"` : ''}`;
		if (type === 'attachment') continue;
		if (type !== 'post') {
			skipped.push(`${input} → ${type || 'item'} ${id}${title ? ` "${title}"` : ''}: not a post`);
			continue;
		}
		const status = text(item['wp:status']).trim();
		if (!['publish', 'future', 'draft', 'pending', 'private'].includes(status)) {
			skipped.push(`${name}: status "${status}" (trash and auto-drafts are not articles)`);
			continue;
		}
		const article = readPost(item, { name, title, status, authors, attachments, timeZone });
		if (/<\/?[a-z][^>]*>/i.test(decodeHTML(rawTitle)))
			article.notes.push(`the title was written with markup (${clip(rawTitle)}): it is plain text now`);
		articles.push(article);
	}
	return { articles, skipped };
}

interface PostContext {
	name: string;
	title: string;
	status: string;
	authors: Map<string, string>;
	attachments: Map<string, Attachment>;
	timeZone: string;
}

function readPost(item: Node, { name, title, status, authors, attachments, timeZone }: PostContext): ImportedArticle {
	const problems: string[] = [];
	const notes: string[] = [];
	// A post behind a password was meant for some readers only: it is never published as it is.
	const password = text(item['wp:post_password']) !== '';
	const hidden = password || (status !== 'publish' && status !== 'future');
	const link = text(item.link).trim();
	const oldUrl = /^https?:\/\//i.test(link) ? link : undefined;
	const id = text(item['wp:post_id']).trim();
	const { html, notes: contentNotes } = wordpressContentToHtml(text(item['content:encoded']), {
		postId: id,
		attachments,
		footnotes: text(metaValue(item, 'footnotes')),
	});
	notes.push(...contentNotes);
	const body = fromHtml(html, { fragment: true });
	const { removed, lost } = removeJunk(body);
	problems.push(...lost);
	const lines = findMetaAtEdges(body, title, timeZone);
	const metaItems = lines.flatMap((line) => line.items);

	const login = text(item['dc:creator']).trim();
	const user = authors.get(login) || login || undefined;
	const categories = list(item.category).filter((category) => category['@_domain'] === 'category');
	const article: ImportedArticle = {
		input: name,
		oldUrl,
		oldUrlFrom: oldUrl && 'the post link',
		imageBase: oldUrl ?? 'file:///',
		title: title || undefined,
		titleFrom: title ? 'the post title' : undefined,
		date: postDate(item, timeZone, notes),
		tags: list(item.category)
			.filter((category) => category['@_domain'] === 'post_tag')
			.map((category) => decodeHTML(text(category)).trim())
			.filter(Boolean),
		oldCategories: categories.map((category) => ({ name: decodeHTML(text(category)).trim(), slug: text(category['@_nicename']).trim() })),
		draft: hidden,
		body,
		slugHints: [safeDecode(text(item['wp:post_name']).trim()), ...(oldUrl ? [oldUrl] : [])].filter(Boolean),
		metaItems,
		moved: [],
		problems,
		notes,
		removed,
		attachments: [],
	};
	if (password) notes.push('the post was password-protected on WordPress: imported as a draft (Pavilion has no passwords)');
	if (status === 'private') notes.push('the post was private on WordPress: imported as a draft');
	if (status === 'pending') notes.push('the post was pending review on WordPress: imported as a draft');
	if (status === 'draft') notes.push('the post was a draft on WordPress: imported as a draft');
	if (status === 'future') article.scheduled = true;
	if (!title) problems.push('the post has no title');
	if (!article.date) problems.push('the post has no date');

	// Bylines in the text ("作者：…", "来源：…") say more than the WordPress account that posted it.
	applyMetaItems(article, metaItems, oldUrl, timeZone);
	if (!article.author) article.author = user;
	else if (user && user !== article.author)
		notes.push(`the byline "${article.author}" was used as author instead of the WordPress user ${user}`);
	settleFields(article);
	// The date is the post's; a date line in the text leaves it only when it says the same.
	markStored(article, metaItems, timeZone);
	const taken = takeStoredLines(body, lines);
	article.moved = taken.moved;
	article.removed.push(...taken.removed);

	const thumbnail = text(metaValue(item, '_thumbnail_id')).trim();
	if (thumbnail) {
		const attachment = attachments.get(thumbnail);
		if (attachment?.url) article.cover = { url: attachment.url, alt: attachment.alt || undefined };
		else problems.push(`the featured image (attachment ${thumbnail}) is not in the export`);
	}
	const { notes: bodyNotes, attachments: files } = prepareBody(body, oldUrl);
	notes.push(...bodyNotes);
	article.attachments = files;
	return article;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
