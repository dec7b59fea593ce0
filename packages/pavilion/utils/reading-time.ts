/**
 * How long an article takes to read, counting each script at its own speed: adults read Chinese
 * at about 255 characters a minute (Trauzettel-Klosinski & Dietz, 2012, IReST) and English
 * non-fiction at about 238 words a minute (Brysbaert, 2019). A bilingual text is the sum of both.
 */
export const HAN_PER_MINUTE = 255;
export const WORDS_PER_MINUTE = 238;

const HAN = /\p{Script=Han}/gu;
// Runs of letters or digits of any other script: English words, numbers, pinyin.
const WORD = /[\p{L}\p{N}]+/gu;

export interface ReadingCount {
	han: number;
	words: number;
}

export function countForReading(text: string): ReadingCount {
	const han = text.match(HAN)?.length ?? 0;
	const words = text.replace(HAN, ' ').match(WORD)?.length ?? 0;
	return { han, words };
}

/** Whole minutes, at least one. */
export function readingMinutes(text: string): number {
	const { han, words } = countForReading(text);
	return Math.max(1, Math.round(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}
