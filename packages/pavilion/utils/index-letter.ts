/**
 * The A–Z heading a name is listed under in a directory (the exhibitors' 展商名录), in the order
 * readers of the language expect. Chinese names go under the first letter of their pinyin as the
 * language's collation reads them: CLDR's Chinese (pinyin) collation carries an index marker per
 * letter (U+FDD0 followed by the letter), sorted just before the first syllable of that letter, so
 * a name's heading is the last marker it does not sort before. No dictionary is shipped, and the
 * headings can never disagree with the order the names are sorted in (Intl.Collator). Latin names
 * go under their first letter, accents aside; anything else under "#".
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const MARKERS = LETTERS.map((letter) => `\uFDD0${letter}`);
export const OTHER_HEADING = '#';

export function indexLetter(name: string, collator: Intl.Collator): string {
	const first = name.trim().normalize('NFKD').charAt(0);
	if (/^[A-Za-z]$/.test(first)) return first.toUpperCase();
	if (!/^\p{Script=Han}$/u.test(first) || !collator.resolvedOptions().locale.startsWith('zh')) return OTHER_HEADING;
	let heading = OTHER_HEADING;
	for (const [index, marker] of MARKERS.entries()) if (collator.compare(name, marker) >= 0) heading = LETTERS[index]!;
	return heading;
}

/** Items grouped under their headings, A to Z then "#", each group in the collator's order. */
export function byIndexLetter<T>(items: readonly T[], nameOf: (item: T) => string, lang: string): { letter: string; items: T[] }[] {
	const collator = new Intl.Collator(lang);
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const letter = indexLetter(nameOf(item), collator);
		if (!groups.has(letter)) groups.set(letter, []);
		groups.get(letter)!.push(item);
	}
	return [...LETTERS, OTHER_HEADING]
		.filter((letter) => groups.has(letter))
		.map((letter) => ({ letter, items: groups.get(letter)!.sort((a, b) => collator.compare(nameOf(a), nameOf(b))) }));
}
