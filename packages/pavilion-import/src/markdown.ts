import { escapeUTF8 } from 'entities';
import type { Element, Root as HastRoot } from 'hast';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import type { Nodes as MdastNodes, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { attribute, isElement, textOf } from './html-tree.ts';

/**
 * The cleaned body as Markdown, with GFM tables. Paragraph indentation typed as two full-width
 * spaces (U+3000, the print convention of Chinese news) is dropped: the theme indents nothing,
 * and the spaces would show as a gap at the start of each paragraph. Elements Markdown has no
 * syntax for but the theme allows stay as inline HTML: "H<sub>2</sub>O" must not read "H2O".
 */
export function bodyToMarkdown(body: HastRoot | Element, rewriteLink: (url: string) => string = (url) => url): string {
	const root: HastRoot = body.type === 'root' ? body : { type: 'root', children: body.children };
	// A hast root gives an mdast root.
	const mdast = toMdast(root, {
		handlers: { sub: inlineHtml, sup: inlineHtml, abbr: inlineHtml, ins: inlineHtml, del: inlineHtml, dl: definitionList },
	}) as MdastRoot;
	wrapLooseText(mdast);
	tidy(mdast, rewriteLink);
	return toMarkdown(mdast, {
		extensions: [gfmToMarkdown()],
		bullet: '-',
		listItemIndent: 'one',
		rule: '-',
		fences: true,
		emphasis: '*',
		strong: '*',
	}).trim();
}

/** Inline elements kept as HTML around their converted content; <abbr> keeps its expansion. <del> pairs with <ins>: as ~~ it would not strike through text next to Chinese punctuation in every Markdown reader. */
const INLINE_HTML = /^<\/?(?:sub|sup|abbr|ins|del)\b/;

/** Marked as a <span> for hast-util-to-mdast, which then keeps the tags inside their paragraph instead of making blocks of them. */
const inlineTag = (value: string): MdastNodes => ({ type: 'html', value, data: { hName: 'span' } });

const inlineHtml: Handle = (state, element) => {
	const title = element.tagName === 'abbr' ? attribute(element, 'title') : undefined;
	return [
		inlineTag(`<${element.tagName}${title ? ` title="${escapeUTF8(title)}"` : ''}>`),
		...(state.all(element) as MdastNodes[]),
		inlineTag(`</${element.tagName}>`),
	];
};

/** A definition list (terms and their explanations) stays one: Markdown has none, the theme allows <dl>. */
const definitionList: Handle = (_state, element) => {
	const items = [...element.children, ...element.children.filter((child) => isElement(child, 'div')).flatMap((div) => div.children)]
		.filter((child): child is Element => isElement(child, 'dt', 'dd'))
		.map((child) => `<${child.tagName}>${escapeUTF8(textOf(child))}</${child.tagName}>`);
	return items.length ? { type: 'html', value: `<dl>\n${items.join('\n')}\n</dl>` } : undefined;
};

const INDENT = /^[\s\u3000\u00a0]+/;
const TRAILING = /[\s\u3000\u00a0]+$/;

function tidy(node: MdastNodes, rewriteLink: (url: string) => string): void {
	if (node.type === 'link') node.url = rewriteLink(node.url);
	if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') && node.children.length) {
		// Each line of a paragraph may be indented, the first and those after a <br>.
		for (const [index, child] of node.children.entries())
			if (child.type === 'text' && (index === 0 || node.children[index - 1]!.type === 'break'))
				child.value = child.value.replace(INDENT, '');
		const last = node.children.at(-1);
		if (last?.type === 'text') last.value = last.value.replace(TRAILING, '');
	}
	if ('children' in node) {
		(node.children as MdastNodes[]) = (node.children as MdastNodes[]).filter(
			(child) => !(child.type === 'paragraph' && child.children.every((inner) => inner.type === 'text' && !inner.value.trim())),
		);
		for (const child of node.children) tidy(child, rewriteLink);
	}
}

const PHRASING = new Set([
	'text',
	'emphasis',
	'strong',
	'delete',
	'inlineCode',
	'break',
	'link',
	'image',
	'linkReference',
	'imageReference',
	'footnoteReference',
]);

/**
 * Text straight in the article container (old CMSes write "line<br>line" without <p>) becomes
 * paragraphs, and a blank line made of two <br>s ends a paragraph: what readers saw as paragraphs
 * stays paragraphs.
 */
function wrapLooseText(root: MdastRoot): void {
	const children: RootContent[] = [];
	let run: PhrasingContent[] = [];
	const flush = () => {
		for (const part of splitAtBlankLines(run)) children.push({ type: 'paragraph', children: part });
		run = [];
	};
	for (const child of root.children) {
		if (PHRASING.has(child.type) || (child.type === 'html' && INLINE_HTML.test(child.value))) run.push(child as PhrasingContent);
		else if (child.type === 'paragraph') {
			flush();
			run = child.children;
			flush();
		} else {
			flush();
			children.push(child);
		}
	}
	flush();
	root.children = children;
}

/** Cut phrasing at two or more line breaks in a row; breaks at either end and parts with no content are dropped. */
function splitAtBlankLines(nodes: PhrasingContent[]): PhrasingContent[][] {
	const parts: PhrasingContent[][] = [[]];
	let breaks = 0;
	for (const node of nodes) {
		if (node.type === 'break') {
			breaks++;
			continue;
		}
		// The white space of the source between two <br>s is not content.
		if (breaks > 0 && node.type === 'text' && !node.value.trim()) continue;
		const part = parts.at(-1)!;
		if (breaks >= 2 && part.length) parts.push([]);
		else if (breaks === 1 && part.length) part.push({ type: 'break' });
		breaks = 0;
		parts.at(-1)!.push(node);
	}
	return parts.filter((part) => part.some((node) => node.type !== 'text' || node.value.trim()));
}
