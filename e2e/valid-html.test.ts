import { describe, expect, inject, it } from 'vitest';
import { htmlProblems } from '../packages/pavilion/__tests__/html-rules.ts';
import { readSite } from '../packages/pavilion/__tests__/test-utils.ts';

/** Every page of the built demo against the HTML standard's rules (packages/pavilion/__tests__/html-rules.ts), one test per page. */
const site = readSite(inject('demoDist'));
const pages = site.files().filter((file) => file.endsWith('.html'));

describe('the demo as the W3C checker reads it', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it.each(pages)('%s is valid HTML', async (file) => {
		expect(await htmlProblems(site.text(file), file)).toEqual([]);
	});
});
