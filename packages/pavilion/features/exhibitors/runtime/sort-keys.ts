/**
 * Names whose pinyin the organizer gave (`sortKey`), put in their place among the others. The
 * directory's order is the collation's (Intl.Collator, utils/index-letter.ts), which reads each
 * character one way and sorts every Latin text after every Chinese one: a key written in Latin
 * letters would end its letter's group. So within a group, each keyed name goes before the first
 * other name whose pinyin (pinyin-pro, which reads words in context) sorts after its key.
 */
import { pinyin } from 'pinyin-pro';

export function placeSortKeys<T>(group: readonly T[], sortKeyOf: (item: T) => string | undefined, nameOf: (item: T) => string): T[] {
	const keyed = group.filter((item) => sortKeyOf(item) !== undefined);
	if (keyed.length === 0) return [...group];
	const latin = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
	const placed = group.filter((item) => sortKeyOf(item) === undefined);
	const readingOf = (item: T) => sortKeyOf(item) ?? pinyin(nameOf(item), { toneType: 'none', type: 'array' }).join(' ');
	for (const item of [...keyed].sort((a, b) => latin.compare(sortKeyOf(a)!, sortKeyOf(b)!))) {
		const at = placed.findIndex((other) => latin.compare(readingOf(other), sortKeyOf(item)!) > 0);
		placed.splice(at === -1 ? placed.length : at, 0, item);
	}
	return placed;
}
