import { describe, expect, it } from 'vitest';
import { matching, paramsFromQuery, queryFromParams, type DirectoryItem } from './data.ts';

const item = (s: string, n: string, h: string, se: string[], r: string, st: string, l?: string): DirectoryItem => ({
	s,
	n,
	l,
	u: `/exhibitors/${s}/`,
	h,
	st,
	se,
	r,
	sl: '',
	a: '',
});
const items = [
	item('lanqi', '澜启机器人', 'hall-2', ['robotics'], 'cn', '2B21'),
	item('heshan', '鹤山数控', 'hall-3', ['machine-tools'], 'cn', '3A08'),
	item('alpen', 'Alpenfeld Precision', 'hall-2', ['sensors', 'robotics'], 'de', '2A04', '阿尔彭菲尔德精密'),
];
const slugs = (found: DirectoryItem[]) => found.map((found) => found.s);
const none = { hall: '', sector: '', region: '', words: '' };

describe('the instant filters', () => {
	it('combine a hall, a sector and a region, keeping the directory’s order', () => {
		expect(slugs(matching(items, { ...none, hall: 'hall-2' }))).toEqual(['lanqi', 'alpen']);
		expect(slugs(matching(items, { ...none, hall: 'hall-2', sector: 'sensors' }))).toEqual(['alpen']);
		expect(slugs(matching(items, { ...none, region: 'cn', sector: 'robotics' }))).toEqual(['lanqi']);
		expect(slugs(matching(items, none))).toEqual(['lanqi', 'heshan', 'alpen']);
	});

	it('find words of a name, of the registered name, or of a stand, whatever their width, case and spaces', () => {
		expect(slugs(matching(items, { ...none, words: '澜启' }))).toEqual(['lanqi']);
		expect(slugs(matching(items, { ...none, words: 'ＡＬＰＥＮ feld' }))).toEqual(['alpen']);
		expect(slugs(matching(items, { ...none, words: '阿尔彭' }))).toEqual(['alpen']);
		expect(slugs(matching(items, { ...none, words: '3a08' }))).toEqual(['heshan']);
	});

	it('live in the URL, and leave out what is not asked', () => {
		const query = { hall: 'hall-2', sector: '', region: 'de', words: '精密' };
		expect(paramsFromQuery(query).toString()).toBe('hall=hall-2&region=de&q=%E7%B2%BE%E5%AF%86');
		expect(queryFromParams(paramsFromQuery(query))).toEqual(query);
		expect(queryFromParams(new URLSearchParams(''))).toEqual(none);
	});
});
