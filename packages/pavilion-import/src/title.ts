import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { ancestorsOf, attribute, elementsOf, textOf } from './html-tree.ts';
import type { PageMeta } from './page-meta.ts';
import { plainTitle } from './title-text.ts';

/**
 * The headline of an old page. The page's own heading comes first — the title in the article's <h1>
 * or title block, or the ArticleTitle meta tag government sites carry — since <title> usually
 * carries the site name too ("标题_青潭市人民政府"). A logo in an <h1> is not a headline.
 */
export interface FoundTitle {
	title: string;
	from: string;
	/** Set when the title had to be cut out of <title>: the report asks to check it. */
	guessed?: boolean;
}

const TITLE_SELECTORS = ['.article-title', '.art-title', '.news-title', '.pages-title', '.detail-title', '.title', '.tit', '.biaoti'];
const PAGE_HEADER = new Set(['header', 'head', 'top', 'site-header', 'page-header', 'masthead', 'sitename', 'site-name']);
/** "标题_站名", "Title | Site", "标题 - 站名": the last part after a separator. */
const SITE_SUFFIX = /^(.+?)\s*(?:_|\||｜|–|—{1,2}|::| - )\s*[^_|｜–—]+$/;
const TRAILING_SEPARATOR = /\s*(?:_|\||｜|–|—{1,2}|::|-)\s*$/;

/** One line of plain text: a <title> or meta tag that carries markup ("Title <em>With</em> Markup") keeps only its words. */
const oneLine = (text: string) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return /<\/?[a-z][^>]*>/i.test(line) ? plainTitle(line) : line;
};

/** In the page's masthead (a logo in an <h1>), not in an article's own <header>. */
function inPageHeader(tree: Root, element: Element): boolean {
	for (const ancestor of [...(ancestorsOf(tree, element) ?? []), element]) {
		if (ancestor.tagName === 'article' || ancestor.tagName === 'main') return false;
		const names = `${attribute(ancestor, 'className') ?? ''} ${attribute(ancestor, 'id') ?? ''}`.toLowerCase().split(/\s+/);
		if (ancestor.tagName === 'header' || names.some((name) => PAGE_HEADER.has(name) || /logo|banner/.test(name))) return true;
	}
	return false;
}

export function findTitle(tree: Root, meta: PageMeta): FoundTitle | undefined {
	const siteName = meta.siteName;
	const documentTitle = oneLine(
		textOf([...elementsOf(tree)].find((element) => element.tagName === 'title') ?? { type: 'root', children: [] }),
	);
	const usable = (text: string) => text.length >= 2 && text !== siteName;

	const articleTitle = meta.get('ArticleTitle');
	if (articleTitle && usable(oneLine(articleTitle.value))) return { title: oneLine(articleTitle.value), from: 'meta ArticleTitle' };

	const headings = [...elementsOf(tree)]
		.filter((element) => element.tagName === 'h1' && !inPageHeader(tree, element))
		.map((element) => oneLine(textOf(element)))
		.filter(usable);
	// With several <h1>s, the one that <title> repeats is the headline.
	const heading = headings.find((text) => documentTitle.includes(text)) ?? headings[0];
	if (heading) return { title: heading, from: '<h1>' };

	for (const selector of TITLE_SELECTORS) {
		const text = selectAll(selector, tree)
			.filter((element) => !inPageHeader(tree, element))
			.map((element) => oneLine(textOf(element)))
			.find(usable);
		if (text) return { title: text, from: selector };
	}

	const ogTitle = meta.get('og:title', 'twitter:title');
	if (ogTitle && usable(oneLine(ogTitle.value))) return { title: oneLine(ogTitle.value), from: `meta ${ogTitle.name}` };

	if (!documentTitle) return undefined;
	return { ...titleWithoutSite(documentTitle, siteName), from: '<title>' };
}

/** "标题_青潭市人民政府" → "标题": the site name when the page names it, else the last part after a separator. */
function titleWithoutSite(documentTitle: string, siteName: string | undefined): { title: string; guessed?: boolean } {
	if (siteName && documentTitle.endsWith(siteName) && documentTitle !== siteName) {
		const rest = documentTitle.slice(0, -siteName.length).replace(TRAILING_SEPARATOR, '');
		if (rest) return { title: rest };
	}
	const cut = SITE_SUFFIX.exec(documentTitle)?.[1];
	return cut ? { title: cut, guessed: true } : { title: documentTitle };
}
