import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { Heading, Nodes, Paragraph, PhrasingContent, TableCell } from 'mdast';
import { anyWithin, cjkSensitiveRuns } from './cjk-delimiter-runs.ts';
import { graftedChildren } from './cjk-graft.ts';
import { type BlockSpan, definitionLabels, descendantAt, reparseBlocks } from './cjk-reparse.ts';

type MdastPluginEntry = SatteriResolvedOptions['mdastPlugins'][number];
// One plugin, as opposed to a factory or a list of plugins.
type MdastPluginDefinition = Exclude<MdastPluginEntry, ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false>;
type MdastVisitorContext = Parameters<NonNullable<MdastPluginDefinition['paragraph']>>[1];

/**
 * Bold, italics and strikethrough that work in Chinese, by the rules of markdown-cjk-friendly
 * (https://github.com/tats-u/markdown-cjk-friendly/blob/main/specification.md). CommonMark's flanking
 * rules leave the asterisks of `**重要：**请提前预约` as they are typed, because a full-width colon sits
 * inside the closing `**` and a Han character outside it. Sätteri has no option for the CJK-friendly
 * rules, so:
 *
 * 1. A document is looked at only if a delimiter run in it has a neighbour through which the two
 *    rule sets can disagree (cjk-delimiter-runs.ts); most documents stop there.
 * 2. The top-level blocks holding such a run (the whole block quote, list or table) are parsed
 *    again, together, by the reference implementation: micromark with the CJK-friendly extensions
 *    (cjk-reparse.ts). Each paragraph, heading and table cell holding a run gets its counterpart
 *    there, followed down from its top-level block by the same child indexes; one inside an MDX
 *    component, which micromark cannot read, is parsed alone.
 * 3. The counterpart's inline content replaces Sätteri's when the two differ in emphasis and in
 *    nothing else, with Sätteri's typographic quotes, ellipses and dashes carried over (cjk-graft.ts).
 *    Anything that cannot be matched up (inline MDX, a block the two parsers split differently)
 *    keeps Sätteri's rendering, so nothing written is lost.
 *
 * The reference implementation decides, not a copy of its rules: which runs pair up depends on the
 * whole inline content (code spans, links, escapes, the rule of three), which only a parser knows.
 */

type Block = Readonly<Paragraph | Heading | TableCell>;

/** Top-level blocks that may hold a paragraph, a heading or a table cell (not front matter, code or HTML). */
const HOLDS_TEXT = new Set(['paragraph', 'heading', 'blockquote', 'list', 'table', 'footnoteDefinition']);

function pluginFor(source: string, runs: readonly number[]): MdastPluginDefinition {
	let reparsed = new Map<number, Nodes>();
	let labels: string[] | undefined;

	/** The node's counterpart in the CJK-friendly parse of its top-level block. */
	function counterpart(node: Block, ctx: MdastVisitorContext): Nodes | undefined {
		const start = node.position?.start;
		const end = node.position?.end.offset;
		if (start?.offset === undefined || end === undefined || !anyWithin(runs, start.offset, end)) return undefined;
		const path: number[] = [];
		let top: Readonly<Nodes> = node;
		for (let parent = ctx.parent(top); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
			const index = ctx.indexOf(top);
			if (index === undefined) return undefined;
			path.unshift(index);
			top = parent;
		}
		let found: Nodes | undefined;
		if (HOLDS_TEXT.has(top.type)) {
			const block = top.position?.start.offset === undefined ? undefined : reparsed.get(top.position.start.offset);
			found = block && descendantAt(block, path);
		} else if (node.type !== 'tableCell') {
			// Inside what micromark does not parse (an MDX component, a directive): the paragraph or heading alone.
			labels ??= definitionLabels(source);
			found = reparseBlocks(source, [{ startOffset: start.offset, startLine: start.line, endOffset: end }], labels).get(start.offset);
		}
		return found?.type === node.type && found.position?.start.line === start.line ? found : undefined;
	}

	/** Put the CJK-friendly inline content in place, keeping the block itself (its depth, its data) as Sätteri made it. */
	function fix(node: Block, ctx: MdastVisitorContext): undefined {
		const found = counterpart(node, ctx);
		const children = found && 'children' in found ? graftedChildren(node.children, found.children as PhrasingContent[]) : undefined;
		if (children) ctx.setProperty(node, 'children', children);
	}

	return {
		name: 'astro-pavilion:cjk-emphasis',
		// Node positions, to find a block's source: only documents that may need it pay for them.
		options: { position: true },
		before(root) {
			// The top-level blocks holding a run, all parsed again at once.
			const spans: BlockSpan[] = [];
			for (const { type, position } of root.children) {
				if (!position || !HOLDS_TEXT.has(type)) continue;
				const { start, end } = position;
				if (start.offset === undefined || end.offset === undefined || !anyWithin(runs, start.offset, end.offset)) continue;
				spans.push({ startOffset: start.offset, startLine: start.line, endOffset: end.offset });
			}
			if (spans.length > 0) reparsed = reparseBlocks(source, spans, (labels ??= definitionLabels(source)));
		},
		paragraph: fix,
		heading: fix,
		tableCell: fix,
	};
}

export const cjkEmphasisPlugin: MdastPluginEntry = (document) => {
	const runs = cjkSensitiveRuns(document.source);
	return runs.length > 0 ? pluginFor(document.source, runs) : null;
};
