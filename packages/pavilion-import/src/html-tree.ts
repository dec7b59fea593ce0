import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * Small helpers over hast trees. The importer walks old pages by hand (no unist-util-visit in the
 * theme's dependencies), and every step that removes something from a body goes through `prune`,
 * so nothing disappears without the caller having chosen it.
 */

export const isElement = (node: Nodes | undefined, ...names: string[]): node is Element =>
	node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));

/** An attribute as text: hast keeps class lists and similar as arrays, and numbers as numbers. */
export function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	if (Array.isArray(value)) return value.join(' ');
	return String(value);
}

/** Every element under `node`, in document order, `node` included. */
export function* elementsOf(node: Nodes): Generator<Element> {
	if (node.type === 'element') yield node;
	if (node.type === 'element' || node.type === 'root') for (const child of node.children) yield* elementsOf(child);
}

/** Every node under `node`, text included: to tell whether a node lies inside a subtree. */
export function nodesOf(node: Nodes): Set<Nodes> {
	const all = new Set<Nodes>([node]);
	if (node.type === 'element' || node.type === 'root')
		for (const child of node.children) for (const inner of nodesOf(child)) all.add(inner);
	return all;
}

/** The elements on the way from the root down to `target`, the root's children first; undefined when it is not in the tree. */
export function ancestorsOf(root: Parents, target: Nodes): Element[] | undefined {
	for (const child of root.children) {
		if (child === target) return [];
		if (child.type === 'element') {
			const below = ancestorsOf(child, target);
			if (below) return [child, ...below];
		}
	}
	return undefined;
}

/** Remove every node of `doomed` from the tree. */
export function prune(node: Parents, doomed: ReadonlySet<Nodes>): void {
	if (doomed.size === 0) return;
	(node.children as Nodes[]) = (node.children as Nodes[]).filter((child) => !doomed.has(child));
	for (const child of node.children) if (child.type === 'element') prune(child, doomed);
}

/** Text on one line, runs of white space (but not the ideographic space) made one space. */
export const textOf = (node: Nodes): string =>
	toText(node)
		.replace(/[ \t\n\r\f]+/g, ' ')
		.trim();

const BLOCK_TAGS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'center',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul',
]);

/** Blocks that hold content as a whole: a paragraph, a list or a data table is one unit, whatever is inside. */
const CONTENT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'pre', 'blockquote', 'figure', 'table', 'hr']);

const hasBlockInside = (element: Element) =>
	[...elementsOf(element)].some((inner) => inner !== element && (BLOCK_TAGS.has(inner.tagName) || inner.tagName === 'br'));

/** One line of an old page: a block element, or a run of text and inline elements between blocks or <br>s. */
export interface Unit {
	nodes: ElementContent[];
	/** The <br> before the run, removed with it. */
	br?: Element | undefined;
}

/**
 * The lines an old page is made of, in document order. Paragraphs, lists and data tables are one
 * unit each; wrappers (a <div> of paragraphs, a <font> around them, the one-column layout tables of
 * old government pages) are opened; loose text between blocks and <br>s makes units of its own.
 */
export function unitsOf(node: Element | Root): Unit[] {
	const units: Unit[] = [];
	let run: Unit = { nodes: [] };
	const flush = (br?: Element) => {
		if (run.nodes.some((child) => (child.type === 'text' ? child.value.trim() : child.type === 'element'))) units.push(run);
		run = { nodes: [], br };
	};
	for (const child of node.children) {
		if (child.type === 'text') {
			run.nodes.push(child);
			continue;
		}
		if (!isElement(child)) continue;
		if (child.tagName === 'br') {
			flush(child);
			continue;
		}
		const isLayout = child.tagName === 'table' && isLayoutTable(child);
		if (CONTENT_BLOCKS.has(child.tagName) && !isLayout) {
			flush();
			units.push({ nodes: [child] });
		} else if (isLayout || hasBlockInside(child)) {
			flush();
			units.push(...unitsOf(child));
		} else if (BLOCK_TAGS.has(child.tagName)) {
			flush();
			units.push({ nodes: [child] });
		} else run.nodes.push(child);
	}
	flush();
	return units;
}

/**
 * Old government pages lay the whole article out in a one-column table (title row, meta row, body
 * row): such a table is page structure, opened like a <div>. A table with several cells in a row
 * is data and stays whole.
 */
function isLayoutTable(table: Element): boolean {
	const rows = [...elementsOf(table)].filter((element) => element.tagName === 'tr');
	return rows.every((row) => row.children.filter((cell) => isElement(cell, 'td', 'th')).length <= 1);
}

/** The children of `element` cut at each <br>: the lines of a paragraph, as nodes. */
export function brRuns(element: Element): ElementContent[][] {
	const runs: ElementContent[][] = [[]];
	for (const child of element.children) {
		if (isElement(child, 'br')) runs.push([]);
		else runs.at(-1)!.push(child);
	}
	return runs;
}

/** A run of nodes as one element, so that toText and the selectors can read it. */
export const asSpan = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: {}, children });
