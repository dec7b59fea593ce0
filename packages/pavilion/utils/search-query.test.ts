import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, filtersOf, isCompoundQuery, paramsFromState, phraseFirst, quoted, stateFromParams } from './search-query.ts';

describe('search state in the URL', () => {
	it('round-trips every field', () => {
		const state = { query: '协作机器人', category: '展商风采', year: '2026', sort: 'newest' as const, exact: true };
		expect(stateFromParams(paramsFromState(state))).toEqual(state);
		expect(paramsFromState(state).toString()).toBe(
			'q=%E5%8D%8F%E4%BD%9C%E6%9C%BA%E5%99%A8%E4%BA%BA&category=%E5%B1%95%E5%95%86%E9%A3%8E%E9%87%87&year=2026&sort=newest&exact=1',
		);
	});
	it('leaves defaults out of the URL and tolerates junk', () => {
		expect(paramsFromState(EMPTY_SEARCH).toString()).toBe('');
		expect(stateFromParams(new URLSearchParams('q=%20展位%20&sort=oldest'))).toEqual({ ...EMPTY_SEARCH, query: '展位' });
	});
	it('turns set filters into Pagefind filters', () => {
		expect(filtersOf({ ...EMPTY_SEARCH, category: 'Industry', year: '2026' })).toEqual({ category: ['Industry'], year: ['2026'] });
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
