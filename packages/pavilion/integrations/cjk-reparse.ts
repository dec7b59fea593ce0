import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfmStrikethroughCjkFriendly } from 'micromark-extension-cjk-friendly-gfm-strikethrough';
import { gfm } from 'micromark-extension-gfm';

/**
 * A top-level block of an article parsed again by the reference implementation of
 * markdown-cjk-friendly (micromark with its extensions, and GFM as Sätteri has it on).
 *
 * The whole top-level block is parsed, not the paragraph alone: a paragraph inside a block quote or a
 * list has the quote markers and indentation of its later lines in its source, which only the
 * containers' own parsing removes. Parsed this way, a block quote continued lazily over several lines,
 * a list item or a table cell get exactly the inline source Sätteri gave them.
 */

// Only `~~` strikes through: the theme puts Sätteri's single-tilde strikethrough back as the text it
// was (`4月21日~24日` is a range; single-tilde.ts, which runs first). The two parses must differ in
// what the CJK-friendly rules change and in nothing else, or a graft would strike the range through again.
const extensions = [gfm({ singleTilde: false }), cjkFriendlyExtension(), gfmStrikethroughCjkFriendly({ singleTilde: false })];
const mdastExtensions = [gfmFromMarkdown()];

/** Where a top-level block starts and ends in the document, as Sätteri reports it. */
export interface BlockSpan {
	readonly startOffset: number;
	readonly startLine: number;
	readonly endOffset: number;
}

// A reference or footnote defined anywhere in the document: `[label]:` at the start of a line.
const DEFINITION = /^ {0,3}\[((?:[^\\[\]\n]|\\.){1,999})\]:/gm;

/**
 * The labels defined in `source`, to define again after a block parsed alone: a reference
 * (`[说明][ref]`) or footnote (`[^1]`) is recognized only when its definition is in the same parse.
 * The grafted node keeps the label, and Sätteri resolves it against the document's own definition.
 */
export function definitionLabels(source: string): string[] {
	return [...new Set(Array.from(source.matchAll(DEFINITION), (match) => match[1] ?? ''))];
}

/** Move positions from the parsed fragment into the document. */
function shiftPositions(node: Nodes, offset: number, lines: number): void {
	const { position } = node;
	if (position) {
		for (const point of [position.start, position.end]) {
			point.line += lines;
			if (point.offset !== undefined) point.offset += offset;
		}
	}
	if ('children' in node) for (const child of node.children) shiftPositions(child, offset, lines);
}

// Between two blocks parsed together: a blank line, then a line no container continues into (no
// `>`, no indentation) and that closes on itself, then a blank line. Each block starts afresh after it.
const SEPARATOR = '\n\n<!---->\n\n';

/**
 * The blocks at `spans` (in document order) under the CJK-friendly rules, positioned in the
 * document and keyed by their start offset; a block that does not come back whole where it was is
 * left out. They are parsed together, as one fragment: each parse sets micromark up again, which
 * costs as much as parsing a paragraph.
 */
export function reparseBlocks(source: string, spans: readonly BlockSpan[], labels: readonly string[]): Map<number, Nodes> {
	const pieces: string[] = [];
	// Where each block's first line lands in the fragment, and how far its lines and offsets move back.
	const placed = new Map<number, { span: BlockSpan; lines: number; offset: number }>();
	let fragmentLine = 1;
	let fragmentOffset = 0;
	for (const span of spans) {
		// From the start of the line, so that columns, and the indentation lists depend on, stay as written.
		const lineStart = source.lastIndexOf('\n', span.startOffset - 1) + 1;
		const piece = source.slice(lineStart, span.endOffset);
		placed.set(fragmentLine, { span, lines: span.startLine - fragmentLine, offset: lineStart - fragmentOffset });
		pieces.push(piece);
		fragmentLine += (piece.match(/\n/g)?.length ?? 0) + (SEPARATOR.match(/\n/g)?.length ?? 0);
		fragmentOffset += piece.length + SEPARATOR.length;
	}
	let fragment = pieces.join(SEPARATOR);
	if (labels.length > 0 && fragment.includes('[')) fragment += `\n\n${labels.map((label) => `[${label}]: #`).join('\n')}`;
	const blocks = new Map<number, Nodes>();
	for (const block of fromMarkdown(fragment, { extensions, mdastExtensions }).children) {
		const place = block.position && placed.get(block.position.start.line);
		if (!place || blocks.has(place.span.startOffset)) continue;
		shiftPositions(block, place.offset, place.lines);
		blocks.set(place.span.startOffset, block);
	}
	return blocks;
}

/** The node reached from `block` by taking, at each level, the child at the given index. */
export function descendantAt(block: Nodes, path: readonly number[]): Nodes | undefined {
	let node: Nodes | undefined = block;
	for (const index of path) node = node && 'children' in node ? node.children[index] : undefined;
	return node;
}
