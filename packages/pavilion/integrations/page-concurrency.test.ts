import { describe, expect, it } from 'vitest';
import { PAGES_AT_ONCE, pageConcurrency } from './page-concurrency.ts';

describe('page concurrency', () => {
	it("raises Astro's default of one page at a time", () => {
		expect(pageConcurrency(1)).toEqual({ concurrency: PAGES_AT_ONCE });
		expect(PAGES_AT_ONCE).toBeGreaterThan(1);
	});

	it('keeps a number the site chose', () => {
		expect(pageConcurrency(2)).toEqual({});
		expect(pageConcurrency(16)).toEqual({});
	});
});
