import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOUDFLARE_PICTURE_SETTINGS } from '../config/adapter-images.ts';
import { pictureNotBuilt, pictureNotBuiltError } from './picture-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'pavilion-pictures-'));
mkdirSync(join(folder, '_astro'));
writeFileSync(join(folder, '_astro', 'cover.abc_1.webp'), 'made while building');
const outDir = pathToFileURL(`${folder}/`);
const site = new URL('https://expo.example.com');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('pictures the pages point to', () => {
	it('passes pictures written into the build, under the base too, and pictures on other hosts', () => {
		expect(pictureNotBuilt(['/_astro/cover.abc_1.webp'], outDir, '/')).toBeUndefined();
		expect(pictureNotBuilt(['/fair/_astro/cover.abc_1.webp'], outDir, '/fair/')).toBeUndefined();
		expect(
			pictureNotBuilt(['https://expo.example.com/_astro/cover.abc_1.webp', 'https://cdn.example.org/x.jpg?w=1'], outDir, '/', site),
		).toBeUndefined();
	});

	it('finds a picture made on request, and one the build did not write', () => {
		const onRequest = '/_image?href=%2F_astro%2Fcover.jpg&w=1200&f=webp';
		expect(pictureNotBuilt(['/_astro/cover.abc_1.webp', onRequest], outDir, '/')).toBe(onRequest);
		expect(pictureNotBuilt([`https://expo.example.com${onRequest}`], outDir, '/', site)).toBe(`https://expo.example.com${onRequest}`);
		expect(pictureNotBuilt(['/_astro/cover.abc_2.webp'], outDir, '/')).toBe('/_astro/cover.abc_2.webp');
	});

	it('stops with one line that says what happened and what to set, and no stack', () => {
		const onRequest = pictureNotBuiltError('https://expo.example.com/_image?href=%2F_astro%2Fcover.jpg&w=1200');
		expect(onRequest.message).toBe(
			`The pages point to pictures made on request (/_image?…), which a static site cannot serve: the adapter rendered the pages without making their pictures while building. With @astrojs/cloudflare, set ${CLOUDFLARE_PICTURE_SETTINGS} in astro.config.mjs`,
		);
		expect(onRequest.message).not.toContain('\n');
		expect(onRequest.stack).toBe('');
		expect(pictureNotBuiltError('/_astro/cover.abc_2.webp').message).toMatch(
			/^The pages point to a picture that the build did not write \(\/_astro\/cover\.abc_2\.webp\): .* With @astrojs\/cloudflare, set /,
		);
	});
});
