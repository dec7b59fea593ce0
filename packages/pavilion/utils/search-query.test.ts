import { describe, expect, it } from 'vitest';
import {
	bestSection,
	EMPTY_SEARCH,
	filtersOf,
	isCompoundQuery,
	normalizeQuotes,
	paramsFromState,
	phraseFirst,
	quoted,
	stateFromParams,
	type MatchedSection,
} from './search-query.ts';

describe('search state in the URL', () => {
	it('round-trips every field', () => {
		const state = { query: '协作机器人', category: '展商风采', year: '2026', kind: 'exhibitor', sort: 'newest' as const, exact: true };
		expect(stateFromParams(paramsFromState(state))).toEqual(state);
		expect(paramsFromState(state).toString()).toBe(
			'q=%E5%8D%8F%E4%BD%9C%E6%9C%BA%E5%99%A8%E4%BA%BA&category=%E5%B1%95%E5%95%86%E9%A3%8E%E9%87%87&year=2026&kind=exhibitor&sort=newest&exact=1',
		);
	});
	it('leaves defaults out of the URL and tolerates junk', () => {
		expect(paramsFromState(EMPTY_SEARCH).toString()).toBe('');
		expect(stateFromParams(new URLSearchParams('q=%20展位%20&sort=oldest'))).toEqual({ ...EMPTY_SEARCH, query: '展位' });
	});
	it('turns set filters into Pagefind filters', () => {
		expect(filtersOf({ ...EMPTY_SEARCH, category: 'Industry', year: '2026' })).toEqual({ category: ['Industry'], year: ['2026'] });
		expect(filtersOf({ ...EMPTY_SEARCH, kind: 'exhibitor' })).toEqual({ kind: ['exhibitor'] });
		expect(filtersOf(EMPTY_SEARCH)).toEqual({});
	});
});

describe('Chinese compound queries', () => {
	it('treats runs of three or more Han characters as compounds', () => {
		expect(isCompoundQuery('服务器端渲染')).toBe(true);
		expect(isCompoundQuery('协作机器人 新品')).toBe(true);
		expect(isCompoundQuery('展位')).toBe(false);
		expect(isCompoundQuery('展')).toBe(false);
		expect(isCompoundQuery('robot arm')).toBe(false);
		expect(isCompoundQuery('"协作机器人"')).toBe(false);
	});
	it('quotes a phrase for Pagefind', () => {
		expect(quoted('协作"机器人')).toBe('"协作机器人"');
	});
	it('puts phrase matches first, in word-search rank, without repeating them', () => {
		const [a, b, c, d] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
		// Pagefind returns phrase matches in no useful order: [c, a]; the word search ranks a above c.
		expect(phraseFirst([c, a], [a, b, c, d])).toEqual([a, c, b, d]);
		expect(phraseFirst([d, c], [a, b])).toEqual([d, c, a, b]);
	});
});

describe('quote marks of Chinese and typographic input', () => {
	it('mark a phrase as ASCII quotes do', () => {
		for (const query of ['“智能装备”', '「智能装备」', '『智能装备』', '＂智能装备＂', '〝智能装备〞'])
			expect(normalizeQuotes(query)).toBe('"智能装备"');
		expect(normalizeQuotes('“robot arm” hall 8')).toBe('"robot arm" hall 8');
	});

	it('leave apostrophes and plain queries alone', () => {
		expect(normalizeQuotes('Qingtan’s expo')).toBe('Qingtan’s expo');
		expect(normalizeQuotes('机器人')).toBe('机器人');
	});
});

describe('the section a result leads to', () => {
	const section = (title: string, score: number, id?: string): MatchedSection => ({
		title,
		url: id ? `/news/a/#${id}` : '/news/a/',
		excerpt: title,
		anchor: id ? { id } : undefined,
		weighted_locations: [{ balanced_score: score }],
	});

	it('is the heading under which the query scores highest', () => {
		expect(bestSection([section('Top', 1), section('Halls', 5, 'halls'), section('Hotels', 2, 'hotels')])?.url).toBe('/news/a/#halls');
	});

	it('is none when the best match is above the first heading, or there are no sections', () => {
		expect(bestSection([section('Top', 9), section('Halls', 5, 'halls')])).toBeUndefined();
		expect(bestSection([])).toBeUndefined();
		expect(bestSection(undefined)).toBeUndefined();
	});
});
