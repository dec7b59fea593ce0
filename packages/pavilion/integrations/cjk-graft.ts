import type { Nodes, PhrasingContent } from 'mdast';

/**
 * Putting the CJK-friendly parse of a block's inline content in place of Sätteri's, when the two
 * differ in emphasis only.
 *
 * The re-parse has its structure right but not quite its text: Sätteri applies smart punctuation as
 * it parses (Astro's `smartypants`, on by default), turning `"` and `'` into curly quotes, `...` into
 * `…` and `--`/`---` into dashes, and it chooses between opening and closing quotes itself. Rather
 * than imitate those choices, the re-parse's text takes Sätteri's characters, aligned character by
 * character: straight quotes, dots and hyphens of the re-parse may stand for Sätteri's typographic
 * ones, and a delimiter left as text by one parser may be missing from the other. Anything else that
 * differs (a link, code, HTML, a character) leaves Sätteri's rendering as it is.
 */

const DELIMITERS = new Set(['*', '_', '~']);
const DELIMITER_CHARACTERS = /[*_~]/g;

/** A piece of a block's text: the `value` of text, code and HTML, the `alt` of images. */
interface Leaf {
	readonly node: Nodes;
	readonly field: 'value' | 'alt';
	/** Text that smart punctuation may have changed, as opposed to code and HTML, which it leaves. */
	readonly smart: boolean;
}

const CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const WRAPPERS = new Set(['emphasis', 'strong', 'delete']);

/** The leaves of `nodes` in reading order, or undefined when a node is of a kind not handled here (MDX, math, directives). */
function leavesOf(nodes: readonly Nodes[], leaves: Leaf[] = []): Leaf[] | undefined {
	for (const node of nodes) {
		if (node.type === 'text') leaves.push({ node, field: 'value', smart: true });
		else if (node.type === 'inlineCode' || node.type === 'html') leaves.push({ node, field: 'value', smart: false });
		else if (node.type === 'image' || node.type === 'imageReference') leaves.push({ node, field: 'alt', smart: true });
		else if (CONTAINERS.has(node.type) && 'children' in node) {
			if (!leavesOf(node.children, leaves)) return undefined;
		} else if (node.type !== 'break' && node.type !== 'footnoteReference') return undefined;
	}
	return leaves;
}

const read = (leaf: Leaf): string =>
	leaf.field === 'value' ? (leaf.node as { value: string }).value : ((leaf.node as { alt?: string | null }).alt ?? '');

/** How many characters of the re-parse's `straight` text, from `index`, smart punctuation may have written as `typographic` (0: none). */
function smartened(straight: string, index: number, typographic: string): number {
	const character = straight[index];
	if (character === '"') return typographic === '“' || typographic === '”' ? 1 : 0;
	if (character === "'") return typographic === '‘' || typographic === '’' ? 1 : 0;
	if (typographic === '…') return straight.startsWith('...', index) ? 3 : 0;
	if (typographic === '—') return straight.startsWith('---', index) ? 3 : 0;
	if (typographic === '–') return straight.startsWith('--', index) ? 2 : 0;
	return 0;
}

/**
 * `reparsed` with the characters of Sätteri's text `written`, or undefined when the two texts do not
 * align. The delimiters are the re-parse's: those Sätteri left as text are dropped, and those it
 * consumed but the CJK-friendly rules leave as text are kept.
 */
function withWrittenText(reparsed: PhrasingContent[], written: string): PhrasingContent[] | undefined {
	// Changed in place: each re-parsed block is grafted once at most, and never read again.
	const children = reparsed;
	const leaves = leavesOf(children);
	if (!leaves) return undefined;
	let index = 0;
	for (const leaf of leaves) {
		const straight = read(leaf);
		let result = '';
		let at = 0;
		while (at < straight.length) {
			const character = straight[at] ?? '';
			const other = written[index];
			if (character === other) {
				result += other;
				at++;
				index++;
			} else if (other !== undefined && DELIMITERS.has(other)) {
				index++;
			} else if (DELIMITERS.has(character)) {
				result += character;
				at++;
			} else {
				// A quote, ellipsis or dash split across two leaves cannot have been one typographic character.
				if (!leaf.smart || other === undefined) return undefined;
				const length = smartened(straight, at, other);
				if (length === 0) return undefined;
				result += other;
				at += length;
				index++;
			}
		}
		if (leaf.field === 'value') (leaf.node as { value: string }).value = result;
		else (leaf.node as { alt: string }).alt = result;
	}
	while (index < written.length && DELIMITERS.has(written[index] ?? '')) index++;
	return index === written.length ? children : undefined;
}

type Token = string | Token[];

/**
 * A comparable picture of inline content: with `emphasis` false, emphasis, strong emphasis and
 * strikethrough are unwrapped and delimiter characters dropped, so two parses that differ in those
 * only look the same.
 */
function picture(nodes: readonly Nodes[], emphasis: boolean, tokens: Token[] = []): Token[] {
	const plain = (text: string | null | undefined) => (emphasis ? (text ?? '') : (text ?? '').replace(DELIMITER_CHARACTERS, ''));
	for (const node of nodes) {
		if (node.type === 'text') {
			const text = plain(node.value);
			const last = tokens.at(-1);
			// Parsers split text differently, and unwrapping joins texts that were apart: compare them joined.
			if (Array.isArray(last) && last[0] === 'text') last[1] = `${String(last[1])}${text}`;
			else if (text) tokens.push(['text', text]);
		} else if (WRAPPERS.has(node.type) && !emphasis && 'children' in node) picture(node.children, emphasis, tokens);
		else if ('children' in node) {
			const head = [
				node.type,
				'url' in node ? node.url : '',
				'title' in node ? (node.title ?? '') : '',
				'identifier' in node ? node.identifier.toLowerCase() : '',
			];
			tokens.push([...head, picture(node.children, emphasis)]);
		} else if (node.type === 'image') tokens.push([node.type, node.url, node.title ?? '', plain(node.alt)]);
		else if (node.type === 'imageReference') tokens.push([node.type, node.identifier.toLowerCase(), plain(node.alt)]);
		else if (node.type === 'footnoteReference') tokens.push([node.type, node.identifier.toLowerCase()]);
		else tokens.push([node.type, 'value' in node ? node.value : '']);
	}
	return tokens;
}

const same = (a: Token[], b: Token[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The re-parsed inline content to put in place of Sätteri's `current`, or undefined when Sätteri's
 * is already the same or when the two differ in more than emphasis.
 */
export function graftedChildren(current: readonly Nodes[], reparsed: PhrasingContent[]): PhrasingContent[] | undefined {
	const currentLeaves = leavesOf(current);
	if (!currentLeaves) return undefined;
	const children = withWrittenText(reparsed, currentLeaves.map((leaf) => read(leaf)).join(''));
	if (!children || same(picture(current, true), picture(children, true))) return undefined;
	return same(picture(current, false), picture(children, false)) ? children : undefined;
}
