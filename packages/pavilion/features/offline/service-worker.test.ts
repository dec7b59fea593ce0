import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from './service-worker.ts';

const FILES = [
	'_astro/app.js',
	'_astro/app.css',
	'_astro/logo.svg',
	'_astro/font.woff2',
	'_astro/chunks/page.js',
	'icons/logo-192.png',
	'icons/old/logo-48.png',
	'index.html',
	'search/index.html',
	'offline/index.html',
	'manifest.webmanifest',
	'en/index.html',
	'en/offline/index.html',
	'news/first/index.html',
	'pagefind/pagefind.js',
	'pagefind/pagefind-ui.js',
	'pagefind/pagefind-modular-ui.css',
	'pagefind/index/zh_1.pf_index',
	'pagefind/.DS_Store',
];

describe('writeServiceWorker', () => {
	it('precaches the shell and each language’s pages that were built, and lists the search index without Pagefind’s UI', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pavilion-sw-'));
		for (const path of FILES) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), path);
		}
		const outDir = pathToFileURL(`${dir}/`);
		const urls = { base: '/expo/', defaultLocale: 'zh', articlesBase: 'news' };
		const summary = await writeServiceWorker({ outDir, urls, locales: ['zh', 'en'], buildId: '20260101' });
		const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
		const precached = [...worker.matchAll(/url:"([^"]+)",revision:"([0-9a-f]{32})"/g)].map(([, url]) => url);
		expect(precached).toEqual([
			'/expo/_astro/app.css',
			'/expo/_astro/app.js',
			'/expo/_astro/chunks/page.js',
			'/expo/_astro/logo.svg',
			'/expo/icons/logo-192.png',
			'/expo/index.html',
			'/expo/search/index.html',
			'/expo/offline/index.html',
			'/expo/manifest.webmanifest',
			'/expo/en/index.html',
			'/expo/en/offline/index.html',
		]);
		expect(JSON.parse(readFileSync(join(dir, 'search-index-files.json'), 'utf8'))).toEqual([
			'/expo/pagefind/index/zh_1.pf_index',
			'/expo/pagefind/pagefind.js',
		]);
		expect(summary).toMatchObject({ entries: 11, searchFiles: 2 });
	});
});
