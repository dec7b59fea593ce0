import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'astro';
import { CLOUDFLARE_IMAGES_LINE, CLOUDFLARE_PICTURE_SETTINGS } from '../config/adapter-images.ts';
import { pictureNotBuiltError } from '../integrations/picture-files.ts';
import { buildFailure, buildSite, copyFixture, readSite, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * A site on @astrojs/cloudflare 14.3 under Astro 7.4 (fixtures/cloudflare). Astro 7.4 makes a
 * prerendered page's pictures in Node from what the prerenderer reports, with the `build` image
 * service: the adapter's workerd prerenderer (its default) lists the pages, and so builds
 * Pavilion's site model with its pictures, before it collects any, so its pages point to
 * `/_image?…`; its 'compile' service copies the originals. What works: the pages in Node
 * (`prerenderEnvironment: 'node'`) and sharp as the build service (`imageService: 'custom'`).
 * The files that need the project's disk or sharp in any runtime (the logo's PNGs, favicon.ico,
 * the press kit, Decap) are made in Node after the pages (integrations/node-files.ts).
 * The adapter puts the static site in dist/client/.
 */
let site: BuiltSite;
let root: string;

beforeAll(async () => {
	root = copyFixture('cloudflare', 'cloudflare');
	site = readSite(join((await buildSite(root)).outDir, 'client'));
}, 300_000);

/** The fixture with the adapter's call and the image settings replaced. */
function withAdapter(copyName: string, adapter: string, image: string): string {
	const copy = copyFixture('cloudflare', copyName);
	const config = readFileSync(join(copy, 'astro.config.mjs'), 'utf8');
	const changed = config.replace(/\tadapter: cloudflare\(.*\),\n\timage: .*,\n/, `\tadapter: ${adapter},\n${image}`);
	expect(changed).not.toBe(config);
	writeFile(copy, 'astro.config.mjs', changed);
	return copy;
}

/** The error the build stops with, as Astro prints it: its message and, when there is one, its stack. */
async function buildError(root: string): Promise<{ message: string; stack: string }> {
	try {
		await build({ root, outDir: join(root, 'dist'), logLevel: 'silent' });
	} catch (error) {
		const { message, stack } = error as Error;
		return { message, stack: stack ?? '' };
	}
	throw new Error(`the build of ${root} succeeded, but it should have stopped`);
}

it('stops a site on cloudflare() at its defaults with one line that names the settings', async () => {
	expect(await buildFailure(withAdapter('cloudflare-defaults', 'cloudflare()', ''))).toBe(CLOUDFLARE_IMAGES_LINE);
});

it('stops a site whose pages render in workerd, the adapter default, with one line that names the settings', async () => {
	const workerd = withAdapter(
		'cloudflare-workerd',
		"cloudflare({ imageService: 'custom' })",
		"\timage: { service: { build: { entrypoint: 'astro/assets/services/sharp' }, runtime: passthroughImageService() } },\n",
	);
	const { message, stack } = await buildError(workerd);
	expect(message).toBe(pictureNotBuiltError('/_image?href=x').message);
	expect(message).toContain(CLOUDFLARE_PICTURE_SETTINGS);
	expect(stack).not.toMatch(/^\s+at /m);
});

describe('a site on @astrojs/cloudflare with its pages in Node and sharp building its pictures', () => {
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
