import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, withOptions, type BuiltSite } from './test-utils.ts';

/** Feeds, search, offline reading and drawn link previews each have an option that turns them off, leaving no trace. */
let root: string;
let site: BuiltSite;
beforeAll(async () => {
	root = copyFixture('basic', 'options-off');
	withOptions(root, { feed: false, search: false, offline: false, linkPreviews: false });
	site = await buildSite(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('with feed, search, offline and link previews turned off', () => {
	it('writes no feeds, no search index or page, no service worker, manifest or offline page, and no press centre or editor (off unless asked for)', () => {
		const files = site.files();
		expect(
			files.filter((file) =>
				/rss\.(xml|css)$|\/subscribe\/|^\/(en\/)?(press|admin)\/|\/previews\/|\/pagefind\/|sw\.js$|manifest\.webmanifest$|\/offline\/|\/search\/|offline-articles\.json$/.test(
					file,
				),
			),
		).toEqual([]);
	});
	it('links none of them from the pages', () => {
		const html = site.text('/news/expo-opens/');
		expect(html).not.toMatch(/application\/rss\+xml|rel="manifest"|data-open-search|data-update-notice|data-pagefind-body|pv-feed-link/);
		expect(site.page('/').querySelector('[data-save-offline]')).toBeNull();
		expect(
			site
				.page('/')
				.querySelectorAll('.main-nav a')
				.map((link) => link.getAttribute('href')),
		).not.toContain('/press/');
	});
	it('shows the site image as the link preview of an article without a cover', () => {
		const image = site.page('/news/policy-notes/').querySelector('meta[property="og:image"]')?.getAttribute('content');
		expect(image).toMatch(/^https:\/\/expo\.example\.com\/_astro\/cover\.[^/]+\.jpeg$/);
	});
	it('still builds every page', () => {
		for (const path of ['/', '/en/', '/news/', '/news/expo-opens/', '/en/news/the-expo-opens/', '/news/archive/'])
			expect(site.exists(path), path).toBe(true);
	});
});
