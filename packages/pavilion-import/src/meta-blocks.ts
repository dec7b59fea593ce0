import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { asSpan, attribute, brRuns, elementsOf, isElement, nodesOf, prune, unitsOf, type Unit } from './html-tree.ts';
import { isPlainDateLabel, parseMetaLine, type MetaItem } from './meta-lines.ts';

/**
 * Where the meta lines of an old page are: in the info bar above the body (outside the article
 * container), and as the first or last lines of the body itself ("来源：临江晚报" under the text,
 * "【责任编辑：陈默】" at the end). Lines at the edges of the body are read, and taken out of it only
 * once what they say is in the front matter (see takeStoredLines); the body's middle is never
 * touched, so a quoted "来源：" in the text stays.
 */
export interface FoundItem extends MetaItem {
	/** The link on the value, such as the source's address: `来源：<a href="…">青潭日报</a>`. */
	href?: string | undefined;
	/** Above the body, in it, or below it: for the report. */
	where: 'above the body' | 'below the body' | 'at the top of the body' | 'at the end of the body';
	/** The value went into a front-matter field (set by markStored in meta-fields.ts). */
	stored?: boolean | undefined;
}

/** A meta line at the top or the end of the body, with the nodes that go when it is taken out. */
export interface EdgeLine {
	/** The line as written, for the report. */
	text: string;
	items: FoundItem[];
	/** Its block, or its run of a paragraph with the <br> that separated it from the kept text. */
	nodes: Nodes[];
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
		// "时间：2026年9月18日 9:00" at the top of a notice is the event's time: in the text, a labelled
		// date counts only when the label says it is the publication date (发布时间, 发布日期, Published).
		if (items.some((item) => item.field === 'date' && isPlainDateLabel(item.label))) return undefined;
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
const lineText = (nodes: ElementContent[]) => textOfNodes(nodes).replace(/\s+/g, ' ').trim();

/**
 * The meta lines at the top and bottom of the body, and the headline when the body repeats it (taken
 * out at once: it is the title). Scanning stops at the first line of article text from either end.
 * The lines stay in the body until takeStoredLines takes out those whose values were used.
 */
export function findMetaAtEdges(container: Element | Root, title: string | undefined, timeZone: string): EdgeLine[] {
	const units = unitsOf(container);
	const headline = new Set<Nodes>();
	const lineOf = (unit: Unit, items: FoundItem[]): EdgeLine => ({
		text: lineText(unit.nodes),
		items,
		nodes: unit.br ? [...unit.nodes, unit.br] : [...unit.nodes],
	});
	const isEmpty = (unit: Unit) =>
		!textOfNodes(unit.nodes).trim() && !unit.nodes.some((node) => [...elementsOf(node)].some((element) => element.tagName === 'img'));

	const above: EdgeLine[] = [];
	let top = 0;
	for (; top < units.length; top++) {
		const unit = units[top]!;
		if (isEmpty(unit)) continue;
		if (title && top === firstFilled(units, isEmpty) && normalized(textOfNodes(unit.nodes)) === normalized(title)) {
			for (const node of unit.nodes) headline.add(node);
			if (unit.br) headline.add(unit.br);
			continue;
		}
		const items = itemsOf(unit.nodes, timeZone, 'at the top of the body');
		if (items) {
			above.push(lineOf(unit, items));
			continue;
		}
		above.push(...runsAtEdge(unit, 'start', timeZone));
		break;
	}
	const below: EdgeLine[] = [];
	for (let bottom = units.length - 1; bottom > top; bottom--) {
		const unit = units[bottom]!;
		if (isEmpty(unit)) continue;
		const items = itemsOf(unit.nodes, timeZone, 'at the end of the body');
		if (items) {
			below.unshift(lineOf(unit, items));
			continue;
		}
		below.unshift(...runsAtEdge(unit, 'end', timeZone));
		break;
	}
	prune(container, headline);
	return [...above, ...below];
}

const firstFilled = (units: Unit[], isEmpty: (unit: Unit) => boolean) => units.findIndex((unit) => !isEmpty(unit));

/**
 * A paragraph whose last lines, after <br>s, are meta lines: "……正文。<br>来源：临江晚报". Those lines
 * are meta lines of their own; the text before them stays.
 */
function runsAtEdge(unit: Unit, edge: 'start' | 'end', timeZone: string): EdgeLine[] {
	const element = unit.nodes.length === 1 && isElement(unit.nodes[0]) ? unit.nodes[0] : undefined;
	if (!element || !element.children.some((child) => isElement(child, 'br'))) return [];
	const runs = brRuns(element);
	const brs = element.children.filter((child) => isElement(child, 'br'));
	const order = edge === 'end' ? [...runs.keys()].reverse() : [...runs.keys()];
	const found: EdgeLine[] = [];
	for (const index of order) {
		const run = runs[index]!;
		if (!textOfNodes(run).trim()) continue;
		const items = itemsOf(run, timeZone, edge === 'end' ? 'at the end of the body' : 'at the top of the body');
		if (!items) break;
		// The <br> between the run and the kept text goes with it.
		const br = edge === 'end' ? brs[index - 1] : brs[index];
		const line: EdgeLine = { text: lineText(run), items, nodes: br ? [...run, br] : [...run] };
		if (edge === 'end') found.unshift(line);
		else found.push(line);
	}
	if (found.length === 0 || found.length === runs.filter((run) => textOfNodes(run).trim()).length) return [];
	return found;
}

/**
 * Take out of the body the meta lines whose every value is in the front matter (or is a widget such as
 * 浏览次数, or empty). A line with one value not stored stays whole: nothing press staff wrote is lost.
 * Returns the lines taken, for the report: those moved to the front matter, and widgets removed.
 */
export function takeStoredLines(container: Element | Root, lines: EdgeLine[]): { moved: string[]; removed: string[] } {
	const doomed = new Set<Nodes>();
	const moved: string[] = [];
	const removed: string[] = [];
	for (const line of lines) {
		if (line.items.some((item) => item.value && item.field !== 'widget' && !item.stored)) continue;
		for (const node of line.nodes) doomed.add(node);
		if (line.items.some((item) => item.value && item.field !== 'widget')) moved.push(line.text);
		else if (line.text) removed.push(line.text);
	}
	prune(container, doomed);
	return { moved, removed };
}

/** Lines of the body labelled 时间/日期 with a date: not publication dates, named when a page has no other date. */
export function plainDateLines(container: Element | Root, timeZone: string): string[] {
	return unitsOf(container)
		.flatMap((unit) => textOfNodes(unit.nodes).split('\n'))
		.filter((line) => parseMetaLine(line, timeZone)?.some((item) => item.field === 'date' && isPlainDateLabel(item.label)))
		.map((line) => line.replace(/\s+/g, ' ').trim());
}
