/**
 * Summaries derived from an article body, for cards, meta descriptions and feeds. Length is
 * counted in display width: a CJK character is as wide as two Latin letters, so a Chinese
 * summary of ~80 characters and an English one of ~160 fill a card alike.
 */
const CJK = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += CJK.test(char) ? 2 : 1;
	return width;
}

/** Whether the text is wider than `maxWidth`, without measuring past it: bodies are long, summaries short. */
function widerThan(text: string, maxWidth: number): boolean {
	let width = 0;
	for (const char of text) {
		width += CJK.test(char) ? 2 : 1;
		if (width > maxWidth) return true;
	}
	return false;
}

/** Markdown/MDX source to plain prose: no imports, components, code, images, link targets or markup. */
export function markdownToText(source: string): string {
	return (
		source
			// HTML comments are notes to colleagues, never published (utils/body-policy.ts).
			.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
			.replace(/^\s*(import|export)\s[^\n]*$/gm, '')
			.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, '')
			.replace(/<[A-Z][\w.]*[^>]*\/>/g, '')
			.replace(/<\/?[A-Za-z][^>]*>/g, '')
			.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
			.replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
			.replace(/\|/g, ' ')
			.replace(/(\*\*|__|\*|_|`|~~)/g, '')
			.replace(/\{[^}]*\}/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

const SENTENCE_END = /[。！？!?…]|\.(\s|$)/g;

/** The first sentences that fit in `maxWidth`; cut at a word or character with an ellipsis when even the first does not. */
export function summarize(text: string, maxWidth = 180): string {
	if (!widerThan(text, maxWidth)) return text;
	let best = 0;
	for (const match of text.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].trimEnd().length;
		if (widerThan(text.slice(0, end), maxWidth)) break;
		best = end;
	}
	if (best >= 1 && displayWidth(text.slice(0, best)) >= maxWidth / 3) return text.slice(0, best);
	let width = 0;
	let cut = 0;
	let lastSpace = -1;
	for (const char of text) {
		width += CJK.test(char) ? 2 : 1;
		if (width > maxWidth - 1) break;
		cut += char.length;
		if (char === ' ') lastSpace = cut - 1;
	}
	const head = lastSpace > cut * 0.6 && !CJK.test(text.slice(0, cut)) ? text.slice(0, lastSpace) : text.slice(0, cut);
	return `${head.replace(/[\s,，、;；:：]+$/u, '')}…`;
}
