import { classifyCharacter, isCjk, isIvs, isNonEmojiGeneralUseVS, isUnicodeWhitespace } from 'micromark-extension-cjk-friendly-util';

/**
 * Where CommonMark and markdown-cjk-friendly can disagree. The specification changes whether a
 * delimiter run is left- or right-flanking only through the characters next to it: a CJK character
 * on either side, an ideographic variation selector before it, or a general-use variation selector
 * before it (then the character before that one counts instead). A run with none of these next to it
 * flanks the same way under both rule sets, so a document or block without such a run renders the
 * same under both. The characters are classified with the reference implementation's own functions.
 *
 * Whitespace next to a run, on the other hand, settles its flanking the same way under both, unless
 * a variation selector comes before it.
 *
 * For `_` only the character before matters: whether a CJK character is next to it never changes
 * whether `_` opens or closes (the specification's implementers' notes tabulate this), but a
 * variation selector does, because the character before it then decides.
 */
const DELIMITER_RUN = /\*+|_+|~+/g;

const codePointBefore = (source: string, index: number): number | null => {
	if (index <= 0) return null;
	const last = source.charCodeAt(index - 1);
	// A low surrogate ends a character outside the BMP (𰻞, 🈂): read the whole pair.
	return last >= 0xdc00 && last <= 0xdfff && index >= 2 ? (source.codePointAt(index - 2) ?? last) : last;
};

const codePointAt = (source: string, index: number): number | null => (index < source.length ? (source.codePointAt(index) ?? null) : null);

function flanksDifferently(source: string, start: number, end: number, marker: string): boolean {
	const before = classifyCharacter(codePointBefore(source, start));
	const after = classifyCharacter(codePointAt(source, end));
	// Checked first: the reference's strikethrough reads a variation selector before `~~` as such even with whitespace after.
	if (isNonEmojiGeneralUseVS(before) || isIvs(before)) return true;
	// Whitespace on either side (the start or end of a line too) decides flanking alone, under both rule sets.
	if (isUnicodeWhitespace(before) || isUnicodeWhitespace(after)) return false;
	return marker !== '_' && (isCjk(before) || isCjk(after));
}

/** Offsets, in order, of the delimiter runs of `source` whose flanking may differ under the CJK-friendly rules. */
export function cjkSensitiveRuns(source: string): number[] {
	const offsets: number[] = [];
	for (const match of source.matchAll(DELIMITER_RUN)) {
		const start = match.index;
		const run = match[0];
		if (flanksDifferently(source, start, start + run.length, run[0] ?? '')) offsets.push(start);
	}
	return offsets;
}

/** Whether one of `offsets` (sorted) lies in [start, end). */
export function anyWithin(offsets: readonly number[], start: number, end: number): boolean {
	let low = 0;
	let high = offsets.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((offsets[middle] ?? Infinity) < start) low = middle + 1;
		else high = middle;
	}
	return low < offsets.length && (offsets[low] ?? Infinity) < end;
}
