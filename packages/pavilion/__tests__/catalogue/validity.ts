import { expect } from 'vitest';
import { zh, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';

/** Output validity and the Content-Security-Policy. */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [
	{
		name: 'a title and an author that read as numbers stay as written in the feed',
		why: 'The feed library reads custom feed data as numbers: an author "007" became 7 and a title "1.50" became 1.5.',
		area: 'Publishing',
		setup: (root) => zh(root, 'numbers.md', "title: '1.50'\ndate: 2026-09-01\nauthor: '007'"),
		check: (site) => {
			const feed = site.text('/rss.xml');
			expect(feed).toContain('<dc:creator>007</dc:creator>');
			expect(feed).toMatch(/<xhtml:a href="[^"]+\/news\/numbers\/">1\.50<\/xhtml:a>/);
			expect(feed).not.toContain('pavilion-verbatim');
		},
	},
];
