import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder, MAX_PRECACHED_BYTES, precacheManifest } from './precache-manifest.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function output(files: Record<string, string>): URL {
	const dir = mkdtempSync(join(tmpdir(), 'pavilion-precache-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return pathToFileURL(`${dir}/`);
}

describe('filesUnder', () => {
	it('lists the files of a folder and its subfolders, sorted, without dot names', () => {
		const outDir = output({
			'_astro/b.js': 'b',
			'_astro/a.css': 'a',
			'_astro/chunks/c.js': 'c',
			'_astro/.cache/d.js': 'd',
			'_astro/.hidden.js': 'e',
			'index.html': 'home',
		});
		expect(filesUnder(outDir, '_astro/')).toEqual(['_astro/a.css', '_astro/b.js', '_astro/chunks/c.js']);
	});

	it('lists nothing for a folder the build did not write', () => {
		expect(filesUnder(output({ 'index.html': '' }), 'pagefind/')).toEqual([]);
	});
});

describe('precacheManifest', () => {
	it('gives each file its address under the base and the MD5 of its bytes as its revision, as Workbox does', () => {
		const outDir = output({ '_astro/app.js': 'console.log(1)', 'en/index.html': '<p>hi</p>' });
		expect(precacheManifest(outDir, ['_astro/app.js', 'en/index.html'], '/expo/')).toEqual({
			entries: [
				{ url: '/expo/_astro/app.js', revision: md5('console.log(1)') },
				{ url: '/expo/en/index.html', revision: md5('<p>hi</p>') },
			],
			bytes: 'console.log(1)'.length + '<p>hi</p>'.length,
		});
	});

	it('changes the revision when the bytes change', () => {
		const [before] = precacheManifest(output({ 'index.html': 'a' }), ['index.html'], '/').entries;
		const [after] = precacheManifest(output({ 'index.html': 'b' }), ['index.html'], '/').entries;
		expect(before!.revision).not.toBe(after!.revision);
	});

	it('stops at a file too large to precache, naming it', () => {
		const outDir = output({ 'pagefind/huge.pf_index': 'x'.repeat(MAX_PRECACHED_BYTES + 1) });
		expect(() => precacheManifest(outDir, ['pagefind/huge.pf_index'], '/')).toThrow(/pagefind\/huge\.pf_index is 8\.0 MiB/);
	});
});
