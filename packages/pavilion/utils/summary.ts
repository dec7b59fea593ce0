import { fromHtml } from 'hast-util-from-html';
import type { Nodes as HastNodes } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { elementFate } from './body-policy.ts';
import { hiddenByAuthor } from './hidden-elements.ts';

/**
 * Summaries derived from an article body, for cards, meta descriptions and feeds. Length is
 * counted in display width: a CJK character is as wide as two Latin letters, so a Chinese
 * summary of ~80 characters and an English one of ~160 fill a card alike.
 */
const CJK = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += CJK.test(char) ? 2 : 1;
	return width;
}

/** Whether the text is wider than `maxWidth`, without measuring past it: bodies are long, summaries short. */
function widerThan(text: string, maxWidth: number): boolean {
	let width = 0;
	for (const char of text) {
		width += CJK.test(char) ? 2 : 1;
		if (width > maxWidth) return true;
	}
	return false;
}

interface Span {
	start: number;
	end: number;
	text: string;
}

/** Where an HTML node is a block of its own rather than a part of a line of text. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
/** Nodes that hold a line of text, whose raw HTML pieces (an opening tag, the text, its closing tag) are one HTML together. */
const PHRASING_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

const holdsHtml = (node: Nodes): boolean => node.type === 'html' || ('children' in node && node.children.some(holdsHtml));

/**
 * The text a reader sees of some HTML on the article page: without comments, and without what the
 * page removes with its content (template, noscript, select, SVG… see body-policy.ts) or what the
 * author hid (body-html.ts).
 */
function shownText(html: string): string {
	const tree = fromHtml(html, { fragment: true });
	const prune = (node: HastNodes) => {
		if (!('children' in node)) return;
		node.children = node.children.filter(
			(child) => child.type !== 'element' || (elementFate(child.tagName) !== 'drop' && !hiddenByAuthor(child)),
		);
		for (const child of node.children) prune(child);
	};
	prune(tree);
	return toText(tree);
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** A line of Markdown as HTML: its raw HTML as written, its text (code spans included) as text; pictures have no text. */
function lineHtml(node: Nodes): string {
	if (node.type === 'html') return node.value;
	if (node.type === 'text' || node.type === 'inlineCode') return escapeHtml(node.value);
	if (node.type === 'break') return ' ';
	return 'children' in node ? node.children.map(lineHtml).join('') : '';
}

function rawHtmlSpans(node: Nodes, spans: Span[]): Span[] {
	if (!('children' in node)) return spans;
	for (const child of node.children) {
		const { start, end } = child.position ?? {};
		if (PHRASING_CONTAINERS.has(child.type) && holdsHtml(child) && 'children' in child && child.children.length > 0) {
			// The whole line is read as HTML, so that <span hidden>…</span> hides the words between its tags.
			const first = child.children[0]!.position?.start.offset;
			const last = child.children.at(-1)!.position?.end.offset;
			if (first !== undefined && last !== undefined) spans.push({ start: first, end: last, text: shownText(lineHtml(child)) });
			continue;
		}
		if (child.type !== 'html') {
			rawHtmlSpans(child, spans);
			continue;
		}
		if (start?.offset === undefined || end?.offset === undefined) continue;
		const shown = shownText(child.value);
		// A block stands apart from the words around it.
		spans.push({ start: start.offset, end: end.offset, text: FLOW_PARENTS.has(node.type) ? ` ${shown} ` : shown });
	}
	return spans;
}

/**
 * Raw HTML in the source replaced by the text a browser shows of it. The Markdown parser says
 * which parts are HTML (a `<!--` in a code span is prose), and the HTML parser reads them as a
 * browser does, so an author's `<!-- TODO -->`, a `<style>` or a `hidden` element says nothing
 * in a summary, a description, a feed, a card or a search result.
 */
function withRawHtmlAsText(source: string): string {
	if (!source.includes('<')) return source;
	const spans = rawHtmlSpans(fromMarkdown(source), []);
	let text = source;
	// From the end, so that the offsets of the spans before stay right.
	for (const { start, end, text: shown } of spans.reverse()) text = text.slice(0, start) + shown + text.slice(end);
	return text;
}

/** Markdown/MDX source to plain prose: no imports, components, code, images, link targets, markup or HTML comments. */
export function markdownToText(source: string): string {
	// An MDX comment {/* … */} may hold braces of its own, which the expression rule below would stop at.
	return withRawHtmlAsText(source.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, ''))
		.replace(/^\s*(import|export)\s[^\n]*$/gm, '')
		.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, '')
		.replace(/<[A-Z][\w.]*[^>]*\/>/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
		.replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
		.replace(/\|/g, ' ')
		.replace(/(\*\*|__|\*|_|`|~~)/g, '')
		.replace(/\{[^}]*\}/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const SENTENCE_END = /[。！？!?…]|\.(\s|$)/g;

/** The first sentences that fit in `maxWidth`; cut at a word or character with an ellipsis when even the first does not. */
export function summarize(text: string, maxWidth = 180): string {
	if (!widerThan(text, maxWidth)) return text;
	let best = 0;
	for (const match of text.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].trimEnd().length;
		if (widerThan(text.slice(0, end), maxWidth)) break;
		best = end;
	}
	if (best >= 1 && displayWidth(text.slice(0, best)) >= maxWidth / 3) return text.slice(0, best);
	let width = 0;
	let cut = 0;
	let lastSpace = -1;
	for (const char of text) {
		width += CJK.test(char) ? 2 : 1;
		if (width > maxWidth - 1) break;
		cut += char.length;
		if (char === ' ') lastSpace = cut - 1;
	}
	const head = lastSpace > cut * 0.6 && !CJK.test(text.slice(0, cut)) ? text.slice(0, lastSpace) : text.slice(0, cut);
	return `${head.replace(/[\s,，、;；:：]+$/u, '')}…`;
}
