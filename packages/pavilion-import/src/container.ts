import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { isElement, textOf } from './html-tree.ts';

/**
 * The element holding the article's text. Chinese government CMSes (TRS, 政府网站集约化平台) and
 * WordPress themes name it in a handful of ways; the more specific names come first, since
 * `.content` or `article` often wrap the title and the share bar too. A page using none of them
 * gets the element whose paragraphs hold the most text.
 */
export const BODY_SELECTORS = [
	'[itemprop="articleBody"]',
	'.TRS_Editor',
	'#UCAP-CONTENT',
	'.pages_content',
	'#zoom',
	'.article-content',
	'.article_content',
	'.articleContent',
	'.news-content',
	'.news_content',
	'.newsContent',
	'.detail-content',
	'.entry-content',
	'.post-content',
	'#content',
	'.content',
	'article',
	'main',
];

/** Less text than this is a teaser, a caption or an empty template slot, not the article. */
const MIN_TEXT = 40;

export interface Container {
	element: Element;
	/** The selector that found it, or "the most text" for the fallback: for the report. */
	how: string;
}

export function findContainer(tree: Root): Container | undefined {
	for (const selector of BODY_SELECTORS) {
		const best = selectAll(selector, tree)
			.map((element) => ({ element, length: textOf(element).length }))
			.sort((a, b) => b.length - a.length)[0];
		if (best && (best.length >= MIN_TEXT || selectAll('img', best.element).length > 0)) return { element: best.element, how: selector };
	}
	const densest = mostText(tree);
	return densest && { element: densest, how: 'the element with the most paragraph text' };
}

/**
 * Each paragraph's text counts for its parent, and half for its grandparent: the element with the
 * highest score holds the article's paragraphs, rather than merely containing them far up.
 */
function mostText(tree: Root): Element | undefined {
	const scores = new Map<Element, number>();
	const add = (element: Element | undefined, score: number) => {
		if (element && !isElement(element, 'body', 'html')) scores.set(element, (scores.get(element) ?? 0) + score);
	};
	// `node` is the parent of the paragraphs looked at, `parent` their grandparent.
	const visit = (node: Element | Root, parent: Element | undefined) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (child.tagName === 'p' || (child.tagName === 'div' && child.children.every((inner) => !isElement(inner) || !isBlock(inner)))) {
				const length = textOf(child).length;
				if (length >= 10) {
					add(node.type === 'element' ? node : undefined, length);
					add(parent, length / 2);
				}
			}
			visit(child, node.type === 'element' ? node : undefined);
		}
	};
	visit(tree, undefined);
	let best: Element | undefined;
	let bestScore = 0;
	for (const [element, score] of scores) {
		if (score > bestScore) {
			best = element;
			bestScore = score;
		}
	}
	return best;
}

const isBlock = (element: Element) => ['p', 'div', 'table', 'ul', 'ol', 'section', 'article'].includes(element.tagName);
