import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * Astro lets an adapter render the pages somewhere else than the integration runs
 * (`setPrerenderer`: @astrojs/cloudflare renders them in workerd). The fixture renders every page
 * on a worker thread with its own globals and no environment (prerender-elsewhere/), so what the
 * post-build steps and the pages need must travel through the build itself: the site model's
 * facts as a file the build writes, the build's instant in a virtual module.
 */
// After every fixture article but the one from 2099, and not the day the test runs.
const EPOCH = 1_799_978_400; // 2027-01-15T02:00:00Z
let site: BuiltSite;

beforeAll(async () => {
	const root = copyFixture('basic', 'prerender-elsewhere');
	const elsewhere = new URL('./prerender-elsewhere/integration.mjs', import.meta.url).href;
	writeFile(
		root,
		'astro.config.mjs',
		[
			"import { defineConfig } from 'astro/config';",
			"import pavilion from 'astro-pavilion';",
			`import renderElsewhere from ${JSON.stringify(elsewhere)};`,
			"import options from './options.mjs';",
			"export default defineConfig({ site: 'https://expo.example.com', publicDir: './site/public', integrations: [pavilion(options), renderElsewhere()] });",
			'',
		].join('\n'),
	);
	const before = process.env.SOURCE_DATE_EPOCH;
	process.env.SOURCE_DATE_EPOCH = String(EPOCH);
	try {
		site = await buildSite(root);
	} finally {
		if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
		else process.env.SOURCE_DATE_EPOCH = before;
	}
}, 300_000);

describe('a site whose pages are rendered outside the integration', () => {
	it('pairs translations in the sitemap', () => {
		const xml = site.text('/sitemap-0.xml');
		const entry = /<url><loc>https:\/\/expo\.example\.com\/news\/expo-opens\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
		expect(entry).toContain('hreflang="en" href="https://expo.example.com/en/news/the-expo-opens/"');
		expect(entry).toContain('hreflang="x-default"');
		expect(site.exists('/pavilion-site-facts.json')).toBe(false);
	});

	it('writes the save lists of every language', () => {
		const list = JSON.parse(site.text('/offline-articles.json')) as { pages: { url: string }[]; images: string[] };
		expect(list.pages.map((article) => article.url)).toContain('/news/expo-opens/');
		expect(list.images.length).toBeGreaterThan(0);
		for (const image of list.images) expect(site.exists(image)).toBe(true);
		expect(site.exists('/en/offline-articles.json')).toBe(true);
	});

	it('draws the link previews', () => {
		const image = /<meta property="og:image" content="https:\/\/expo\.example\.com(\/previews\/[\w-]+\.png)"/.exec(
			site.text('/news/policy-notes/'),
		)?.[1];
		expect(image).toBeDefined();
		expect(statSync(join(site.outDir, image!)).size).toBeGreaterThan(0);
	});

	it('gives the feed enclosures their byte lengths', () => {
		const enclosure = /<enclosure url="https:\/\/expo\.example\.com([^"]+)" length="(\d+)"/.exec(site.text('/rss.xml'));
		expect(enclosure).not.toBeNull();
		expect(Number(enclosure![2])).toBe(statSync(join(site.outDir, decodeURI(enclosure![1]!))).size);
	});

	it('dates everything at the pinned build time', () => {
		expect(site.text('/expo.ics')).toContain('DTSTAMP:20270115T020000Z');
	});
});
