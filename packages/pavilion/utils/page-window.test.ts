import { describe, expect, it } from 'vitest';
import { pageWindow } from './page-window.ts';

describe('pageWindow', () => {
	it('shows every page of a short list', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
	it('keeps the first, the last and two either side of the current page, with gaps between', () => {
		expect(pageWindow(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
		expect(pageWindow(100, 200)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 200]);
		expect(pageWindow(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
	});
	it('shows a lone left-out page rather than a gap that hides just one', () => {
		expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
		expect(pageWindow(6, 10)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 9, 10]);
	});
	it('gives each page once, in order, at any size', () => {
		for (let last = 1; last <= 30; last++)
			for (let current = 1; current <= last; current++) {
				const pages = pageWindow(current, last).filter((item) => item !== 'gap');
				expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
				expect(pages).toContain(current);
				expect(pages[0]).toBe(1);
				expect(pages.at(-1)).toBe(last);
				expect(pages.length).toBeLessThanOrEqual(9);
			}
	});
});
