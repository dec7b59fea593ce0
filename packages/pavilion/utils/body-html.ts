import type { Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { sanitize } from 'hast-util-sanitize';
import { defaultTreeAdapter, html as parse5Html, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { BODY_SCHEMA, tagProblems } from './body-policy.ts';
import { hiddenByAuthor } from './hidden-elements.ts';
import { keptStyle } from './style-policy.ts';

type Parse5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];

export interface BodyHtml {
	/** The body as the allow-list keeps it. */
	tree: Root;
	/** What the allow-list refuses (script, event handlers, unsafe or remote addresses), one sentence each. */
	problems: string[];
}

/**
 * Read the HTML of an article body as a browser reads it, and keep what the allow-list keeps
 * (body-policy.ts). The parse is HTML5's, with scripting on as in every reader's browser: so
 * `<noscript>`, `<xmp>` and `<noembed>` hold raw text that the first closing tag ends, and
 * `<![CDATA[` outside SVG is a comment that the first `>` ends; what follows is markup, and is
 * judged as such. The problems are found on that tree before anything is removed, so a refused
 * construct is reported even inside an element that would be removed.
 *
 * `markdownImage` is an attribute value that marks images made from Markdown syntax (the Markdown
 * plugin sets it on them before it turns the body into HTML); other images were written in HTML.
 * `dropRefused` removes refused elements whole, for a page whose build stops anyway; a feed, whose
 * images are rightly absolute addresses, only has the allow-list applied.
 */
export function readBodyHtml(
	html: string,
	{ markdownImage, dropRefused = false }: { markdownImage?: string; dropRefused?: boolean } = {},
): BodyHtml {
	const context = defaultTreeAdapter.createElement('div', parse5Html.NS.HTML, []);
	const fragment = parseFragment(context, html, { scriptingEnabled: true });
	const problems: string[] = [];
	const refused: Parse5Node[] = [];
	const visit = (node: Parse5Node) => {
		if ('tagName' in node) {
			const attributes = Object.fromEntries(node.attrs.map(({ prefix, name, value }) => [prefix ? `${prefix}:${name}` : name, value]));
			const raw = !(node.tagName === 'img' && markdownImage !== undefined && attributes[MARKDOWN_IMAGE] === markdownImage);
			const { [MARKDOWN_IMAGE]: _mark, ...rest } = attributes;
			const found = tagProblems(node.tagName, rest, { raw });
			problems.push(...found);
			if (found.length > 0) refused.push(node);
			if ('content' in node) visit(node.content);
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(fragment);
	// A refused element goes whole, so that nothing else is said about it (such as its missing image).
	if (dropRefused) for (const node of refused) defaultTreeAdapter.detachNode(node as DefaultTreeAdapterMap['childNode']);
	const tree = fromParse5(fragment) as Root;
	withoutHiddenElements(tree);
	const kept = sanitize(tree, BODY_SCHEMA) as Root;
	withKeptStyles(kept);
	return { tree: kept, problems: [...new Set(problems)] };
}

/** Style attributes keep only the declarations style-policy.ts allows; one left empty goes. */
function withKeptStyles(node: Nodes): void {
	if (node.type === 'element' && typeof node.properties.style === 'string') {
		const style = keptStyle(node.properties.style);
		if (style === '') delete node.properties.style;
		else node.properties.style = style;
	}
	if ('children' in node) for (const child of node.children) withKeptStyles(child);
}

/**
 * What the author hid (hidden-elements.ts) goes with its content: the allow-list would drop the
 * `hidden` attribute and show the text, and a feed reader, which drops styles, would show a
 * `display: none` element.
 */
function withoutHiddenElements(node: Nodes): void {
	if (!('children' in node)) return;
	node.children = node.children.filter((child) => child.type !== 'element' || !hiddenByAuthor(child));
	for (const child of node.children) withoutHiddenElements(child);
}

/** The attribute readBodyHtml() reads `markdownImage` from; the allow-list removes it. */
export const MARKDOWN_IMAGE = 'data-pavilion-markdown-image';
