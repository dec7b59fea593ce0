import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { Heading, Nodes, Paragraph, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfmStrikethroughCjkFriendly } from 'micromark-extension-cjk-friendly-gfm-strikethrough';
import { gfm } from 'micromark-extension-gfm';

type MdastPluginEntry = SatteriResolvedOptions['mdastPlugins'][number];

/**
 * Bold, italics and strikethrough that work in Chinese. CommonMark's flanking rules leave the
 * asterisks of `**重要：**请提前预约` as they are typed, because a full-width colon sits inside the
 * closing `**` and a Han character outside it. Sätteri has no option for the CJK-friendly rules
 * (markdown-cjk-friendly), so a paragraph or heading where a delimiter was left as text is parsed
 * again with micromark and those rules, and its inline content replaced.
 *
 * The replacement is kept only when it reads exactly as before apart from the delimiters: a
 * paragraph that cannot be parsed alone (a reference link defined elsewhere, an MDX component,
 * continuation lines inside a quote) keeps Sätteri's rendering, so nothing written is lost.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const DELIMITER = /[*_~]/;

// One tilde is not strikethrough here, as in Sätteri: Chinese writes ranges with it (5~10日).
const extensions = [gfm({ singleTilde: false }), cjkFriendlyExtension(), gfmStrikethroughCjkFriendly({ singleTilde: false })];
const mdastExtensions = [gfmFromMarkdown()];

const withoutDelimiters = (text: string) => text.replace(/[*_~]/g, '');

/** Positions of a fragment parsed alone would point into the fragment, not the article. */
function withoutPositions<T extends Nodes>(node: T): T {
	const { position: _position, ...rest } = node as T & { position?: unknown };
	if ('children' in rest && Array.isArray(rest.children)) {
		return { ...rest, children: (rest.children as Nodes[]).map((child) => withoutPositions(child)) } as T;
	}
	return rest as T;
}

/** The inline content of `source` under the CJK-friendly rules, if it parses to one block of the same kind. */
export function reparseInline(source: string, kind: 'paragraph' | 'heading'): PhrasingContent[] | undefined {
	const { children } = fromMarkdown(source, { extensions, mdastExtensions });
	const [block] = children;
	if (children.length !== 1 || block?.type !== kind) return undefined;
	return block.children.map((child) => withoutPositions(child));
}

function fixedChildren(
	node: Readonly<Paragraph | Heading>,
	source: string,
	textContent: (node: Readonly<Paragraph | Heading>) => string,
): PhrasingContent[] | undefined {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) return undefined;
	const before = textContent(node);
	// Only where a delimiter was left as text next to CJK can the two rule sets disagree.
	if (!DELIMITER.test(before) || !CJK.test(before)) return undefined;
	const children = reparseInline(source.slice(start, end), node.type);
	if (!children) return undefined;
	const after = toString(children);
	return withoutDelimiters(after) === withoutDelimiters(before) && after !== before ? children : undefined;
}

// A delimiter touching a CJK character or punctuation: a document without one renders the same under both rule sets.
const DELIMITER_NEAR_CJK = new RegExp(`[*_~](?:${CJK.source}|\\p{P})|(?:${CJK.source}|\\p{P})[*_~]`, 'u');

export const cjkEmphasisPlugin: MdastPluginEntry = (document) => {
	if (!CJK.test(document.source) || !DELIMITER_NEAR_CJK.test(document.source)) return null;
	return {
		name: 'astro-pavilion:cjk-emphasis',
		// Node positions, to re-read a block's source: only documents that may need it pay for them.
		options: { position: true },
		paragraph(node, ctx) {
			const children = fixedChildren(node, ctx.source, (target) => ctx.textContent(target));
			return children ? { type: 'paragraph', children } : undefined;
		},
		heading(node, ctx) {
			const children = fixedChildren(node, ctx.source, (target) => ctx.textContent(target));
			return children ? { type: 'heading', depth: node.depth, children } : undefined;
		},
	};
};
