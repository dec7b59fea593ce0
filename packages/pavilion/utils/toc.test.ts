import { describe, expect, it } from 'vitest';
import { tableOfContents, wantsTableOfContents } from './toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('table of contents', () => {
	it('nests subsections under their section and leaves deeper headings out', () => {
		expect(tableOfContents([h(3, 'orphan'), h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(3, 'a2'), h(2, 'b')])).toEqual([
			{ ...h(2, 'a'), children: [h(3, 'a1'), h(3, 'a2')] },
			{ ...h(2, 'b'), children: [] },
		]);
	});

	it('is wanted from three sections on', () => {
		expect(wantsTableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b')])).toBe(false);
		expect(wantsTableOfContents([h(2, 'a'), h(2, 'b'), h(2, 'c')])).toBe(true);
	});
});
