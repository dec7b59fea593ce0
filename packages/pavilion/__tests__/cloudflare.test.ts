import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOUDFLARE_IMAGES_LINE } from '../config/adapter-images.ts';
import { buildFailure, buildSite, copyFixture, readSite, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * A site on @astrojs/cloudflare (fixtures/cloudflare): the adapter renders the prerendered pages
 * in workerd, which has neither the project's disk nor sharp. The files that need them (the
 * logo's PNGs, favicon.ico, the press kit, Decap) are made in Node after the pages
 * (integrations/node-files.ts). Its pictures are made with sharp (`imageService: 'compile'`);
 * at its defaults it would ship every picture's original, and the build stops at config time.
 * The adapter puts the static site in dist/client/.
 */
let site: BuiltSite;
let root: string;

beforeAll(async () => {
	root = copyFixture('cloudflare', 'cloudflare');
	site = readSite(join((await buildSite(root)).outDir, 'client'));
}, 300_000);

it('stops a site on cloudflare() at its defaults with one line that names the option to set', async () => {
	const defaults = copyFixture('cloudflare', 'cloudflare-defaults');
	const config = readFileSync(join(defaults, 'astro.config.mjs'), 'utf8');
	writeFile(defaults, 'astro.config.mjs', config.replace("cloudflare({ imageService: 'compile' })", 'cloudflare()'));
	expect(await buildFailure(defaults)).toBe(CLOUDFLARE_IMAGES_LINE);
});

describe("a site on @astrojs/cloudflare with imageService: 'compile'", () => {
	it('has the logo as PNG in every size, and as favicon.ico', async () => {
		for (const size of [144, 192, 512]) {
			const png = readFileSync(join(site.outDir, `icons/logo-${size}.png`));
			expect(await sharp(png).metadata(), `logo-${size}.png`).toMatchObject({ format: 'png', width: size, height: size });
		}
		const ico = readFileSync(join(site.outDir, 'favicon.ico'));
		expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
		expect(ico.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
	});

	it('renders the pages of both languages', () => {
		expect(site.page('/news/hall-map/').querySelector('h1')?.textContent).toBe('展馆地图发布');
		expect(site.page('/en/').querySelector('html')?.getAttribute('lang')).toBe('en');
		expect(site.exists('/pavilion-site-facts.json')).toBe(false);
	});

	it('writes the feed, with its enclosure measured', () => {
		const feed = site.text('/rss.xml');
		expect(feed).toContain('<link>https://fair.example.com/news/hall-map/</link>');
		const enclosure = /<enclosure url="https:\/\/fair\.example\.com([^"]+)" length="(\d+)"/.exec(feed);
		expect(enclosure).not.toBeNull();
		expect(Number(enclosure![2])).toBe(statSync(join(site.outDir, decodeURI(enclosure![1]!))).size);
	});

	it('ships the press kit and the editor, read from the project in Node', () => {
		expect(site.text('/press/downloads/fact-sheet.pdf')).toContain('Fact sheet of the fixture fair');
		expect(site.exists('/admin/decap/decap-cms.js')).toBe(true);
	});

	it('ships no picture as its original', () => {
		const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
		const cover = digest(readFileSync(join(root, 'site/images/cover.jpg')));
		const shipped = site.files().filter((file) => digest(readFileSync(join(site.outDir, file))) === cover);
		expect(site.page('/news/hall-map/').querySelector('img.cover')?.getAttribute('src')).toMatch(/^\/_astro\/cover\./);
		expect(shipped).toEqual([]);
	});

	it('writes the header-only policy into the _headers file Cloudflare reads', () => {
		expect(site.text('/_headers')).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'/m);
	});
});
