import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import options from './fixtures/basic/options.mjs';
import { buildSite, copyFixture, jsonLdOf, withOptions, type BuiltSite } from './test-utils.ts';

/** A fair that has been rescheduled: every page must say so, in each language. */
let root: string;
let site: BuiltSite;
beforeAll(async () => {
	root = copyFixture('basic', 'status-rescheduled');
	const expo = {
		...options.expo,
		status: 'rescheduled',
		previousStartDate: '2027-03-10',
		statusNote: { zh: '因场馆改造调整日期。', en: 'The halls are being renovated.' },
	};
	withOptions(root, { expo });
	site = await buildSite(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a fair whose status is not "scheduled"', () => {
	it('shows the banner with the new dates, the old ones and the note on every page', () => {
		for (const path of ['/', '/news/', '/news/expo-opens/', '/news/archive/']) {
			const banner = site.page(path).querySelector('.status-banner');
			expect(banner?.getAttribute('role'), path).toBe('status');
			expect(banner?.text.trim(), path).toBe('重要通知：本届展会日期调整为 2027.4.21–24（原定 2027.3.10）。因场馆改造调整日期。');
		}
		expect(site.page('/en/').querySelector('.status-banner')?.text.trim()).toBe(
			'Notice: this edition now takes place April 21\u2009–\u200924, 2027 (originally March 10, 2027). The halls are being renovated.',
		);
	});

	it('tells search engines the event was rescheduled, and from when', () => {
		const [event] = jsonLdOf(site.page('/'));
		expect(event).toMatchObject({
			'@type': 'ExhibitionEvent',
			eventStatus: 'https://schema.org/EventRescheduled',
			previousStartDate: '2027-03-10',
		});
	});
});
