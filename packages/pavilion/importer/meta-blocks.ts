import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { asSpan, attribute, brRuns, elementsOf, isElement, nodesOf, prune, unitsOf, type Unit } from './html-tree.ts';
import { parseMetaLine, type MetaItem } from './meta-lines.ts';

/**
 * Where the meta lines of an old page are: in the info bar above the body (outside the article
 * container), and as the first or last lines of the body itself ("来源：临江晚报" under the text,
 * "【责任编辑：陈默】" at the end). Lines at the edges of the body are taken out of it once read;
 * the body's middle is never touched, so a quoted "来源：" in the text stays.
 */
export interface FoundItem extends MetaItem {
	/** The link on the value, such as the source's address: `来源：<a href="…">青潭日报</a>`. */
	href?: string | undefined;
	/** Above the body, in it, or below it: for the report. */
	where: 'above the body' | 'below the body' | 'at the top of the body' | 'at the end of the body';
}

const textOfNodes = (nodes: ElementContent[]) => toText(asSpan(nodes));

/** The items of every line of the nodes, or undefined when one line is not a meta line. */
function itemsOf(nodes: ElementContent[], timeZone: string, where: FoundItem['where']): FoundItem[] | undefined {
	const lines = textOfNodes(nodes)
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	if (lines.length === 0) return undefined;
	const items: FoundItem[] = [];
	const links = new Map<string, string>();
	const times: string[] = [];
	for (const node of nodes)
		for (const element of elementsOf(node)) {
			const href = attribute(element, 'href');
			if (element.tagName === 'a' && href) links.set(toText(element).trim(), href);
			const datetime = attribute(element, 'dateTime');
			if (element.tagName === 'time' && datetime) times.push(datetime);
		}
	for (const line of lines) {
		const parsed = parseMetaLine(line, timeZone);
		if (!parsed) return undefined;
		items.push(...parsed.map((item) => ({ ...item, href: links.get(item.value), where })));
	}
	if (where.endsWith('of the body')) {
		// A date on its own line inside the body is the signature of a notice (落款), not a byline: it stays.
		if (items.every((item) => item.field === 'date' && !item.label)) return undefined;
		// A credit with no front-matter field ("摄影：赵六") stays in the text rather than being lost.
		if (items.some((item) => item.field === 'unused' && item.value)) return undefined;
	}
	// <time datetime="2026-08-14T10:00:00+08:00">14 August 2026</time>: the machine-readable form is exact.
	for (const datetime of times) items.unshift({ field: 'date', label: '<time datetime>', value: datetime, where });
	return items;
}

/** Meta lines of the page outside the article container: the info bar, the editor line under it. */
export function metaAround(page: Root | Element, container: Element, timeZone: string): FoundItem[] {
	const inside = nodesOf(container);
	const found: FoundItem[] = [];
	let below = false;
	const visit = (node: Root | Element) => {
		for (const unit of unitsOf(node)) {
			if (unit.nodes.some((child) => inside.has(child))) {
				below = true;
				continue;
			}
			// A two-column layout table or a wrapper holding the container is opened, so its other lines are read.
			const holder = unit.nodes.find((child): child is Element => child.type === 'element' && nodesOf(child).has(container));
			if (holder) {
				visit(holder);
				continue;
			}
			const items = itemsOf(unit.nodes, timeZone, below ? 'below the body' : 'above the body');
			if (items) found.push(...items);
		}
	};
	visit(page);
	return found;
}

const normalized = (text: string) => text.replace(/\s+/g, '');

/**
 * Take the meta lines at the top and bottom of the body out of it, and the headline when the body
 * repeats it. Scanning stops at the first line of article text from either end.
 */
export function takeMetaAtEdges(container: Element | Root, title: string | undefined, timeZone: string): FoundItem[] {
	const units = unitsOf(container);
	const doomed = new Set<Nodes>();
	const found: FoundItem[] = [];
	const take = (unit: Unit) => {
		for (const node of unit.nodes) doomed.add(node);
		if (unit.br) doomed.add(unit.br);
	};
	const isEmpty = (unit: Unit) =>
		!textOfNodes(unit.nodes).trim() && !unit.nodes.some((node) => [...elementsOf(node)].some((element) => element.tagName === 'img'));

	let top = 0;
	for (; top < units.length; top++) {
		const unit = units[top]!;
		if (isEmpty(unit)) continue;
		if (title && top === firstFilled(units, isEmpty) && normalized(textOfNodes(unit.nodes)) === normalized(title)) {
			take(unit);
			continue;
		}
		const items = itemsOf(unit.nodes, timeZone, 'at the top of the body');
		if (items) {
			found.push(...items);
			take(unit);
			continue;
		}
		found.push(...takeRuns(unit, 'start', timeZone, doomed));
		break;
	}
	const below: FoundItem[] = [];
	for (let bottom = units.length - 1; bottom > top; bottom--) {
		const unit = units[bottom]!;
		if (isEmpty(unit)) continue;
		const items = itemsOf(unit.nodes, timeZone, 'at the end of the body');
		if (items) {
			below.unshift(...items);
			take(unit);
			continue;
		}
		below.unshift(...takeRuns(unit, 'end', timeZone, doomed));
		break;
	}
	prune(container, doomed);
	return [...found, ...below];
}

const firstFilled = (units: Unit[], isEmpty: (unit: Unit) => boolean) => units.findIndex((unit) => !isEmpty(unit));

/**
 * A paragraph whose last lines, after <br>s, are meta lines: "……正文。<br>来源：临江晚报". Those lines
 * go; the text before them stays.
 */
function takeRuns(unit: Unit, edge: 'start' | 'end', timeZone: string, doomed: Set<Nodes>): FoundItem[] {
	const element = unit.nodes.length === 1 && isElement(unit.nodes[0]) ? unit.nodes[0] : undefined;
	if (!element || !element.children.some((child) => isElement(child, 'br'))) return [];
	const runs = brRuns(element);
	const order = edge === 'end' ? [...runs.keys()].reverse() : [...runs.keys()];
	const found: FoundItem[] = [];
	const taken = new Set<number>();
	for (const index of order) {
		const run = runs[index]!;
		if (!textOfNodes(run).trim()) continue;
		const items = itemsOf(run, timeZone, edge === 'end' ? 'at the end of the body' : 'at the top of the body');
		if (!items) break;
		if (edge === 'end') found.unshift(...items);
		else found.push(...items);
		taken.add(index);
	}
	if (taken.size === 0 || taken.size === runs.filter((run) => textOfNodes(run).trim()).length) return [];
	// Remove the taken runs and the <br> that separated each from the kept text.
	const brs = element.children.filter((child) => isElement(child, 'br'));
	for (const index of taken) {
		for (const node of runs[index]!) doomed.add(node);
		const br = edge === 'end' ? brs[index - 1] : brs[index];
		if (br) doomed.add(br);
	}
	return found;
}
