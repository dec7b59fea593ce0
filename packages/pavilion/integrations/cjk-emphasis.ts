import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { Heading, Nodes, Paragraph, PhrasingContent, TableCell } from 'mdast';
import { anyWithin, cjkSensitiveRuns } from './cjk-delimiter-runs.ts';
import { graftedChildren } from './cjk-graft.ts';
import { definitionLabels, descendantAt, reparseBlock } from './cjk-reparse.ts';

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
 * 2. Each paragraph, heading and table cell holding such a run gets its counterpart from the
 *    reference implementation: its top-level block (the whole block quote, list or table) parsed
 *    again with micromark and the CJK-friendly extensions (cjk-reparse.ts), followed down by the
 *    same child indexes.
 * 3. The counterpart's inline content replaces Sätteri's when the two differ in emphasis and in
 *    nothing else, with Sätteri's typographic quotes, ellipses and dashes carried over (cjk-graft.ts).
 *    Anything that cannot be matched up (MDX, a block the two parsers split differently) keeps
 *    Sätteri's rendering, so nothing written is lost.
 */

type Block = Readonly<Paragraph | Heading | TableCell>;

function pluginFor(source: string, runs: readonly number[]): MdastPluginDefinition {
	const reparsed = new Map<number, Nodes | undefined>();
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
		const span = top.position;
		if (span?.start.offset === undefined || span.end.offset === undefined) return undefined;
		if (!reparsed.has(span.start.offset)) {
			labels ??= definitionLabels(source);
			const block = { startOffset: span.start.offset, startLine: span.start.line, endOffset: span.end.offset };
			reparsed.set(span.start.offset, reparseBlock(source, block, labels));
		}
		const block = reparsed.get(span.start.offset);
		const found = block && descendantAt(block, path);
		return found?.type === node.type && found.position?.start.line === start.line ? found : undefined;
	}

	function fixedChildren(node: Block, ctx: MdastVisitorContext): PhrasingContent[] | undefined {
		const found = counterpart(node, ctx);
		return found && 'children' in found ? graftedChildren(node.children, found.children as PhrasingContent[]) : undefined;
	}

	return {
		name: 'astro-pavilion:cjk-emphasis',
		// Node positions, to find a block's source: only documents that may need it pay for them.
		options: { position: true },
		paragraph(node, ctx) {
			const children = fixedChildren(node, ctx);
			return children ? { type: 'paragraph', children } : undefined;
		},
		heading(node, ctx) {
			const children = fixedChildren(node, ctx);
			return children ? { type: 'heading', depth: node.depth, children } : undefined;
		},
		tableCell(node, ctx) {
			const children = fixedChildren(node, ctx);
			return children ? { type: 'tableCell', children } : undefined;
		},
	};
}

export const cjkEmphasisPlugin: MdastPluginEntry = (document) => {
	const runs = cjkSensitiveRuns(document.source);
	return runs.length > 0 ? pluginFor(document.source, runs) : null;
};
