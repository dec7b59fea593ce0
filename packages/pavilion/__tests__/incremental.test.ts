import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, readSite, shellEnv, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * Astro's incremental build copies a page from its cache when the page's cache key and code are
 * unchanged. A key that misses a fact the page shows leaves that page stale, so the rebuild after
 * an edit must give exactly the files a cold build of the edited site gives.
 */
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Both builds must agree on "now" (the countdown, the copyright year, the service worker's build id).
const sourceDateEpoch = String(Math.floor(Date.now() / 1000));

/** `launcher` stands for the shell's `_`: the path of the command that started the build, which differs between `pnpm build` and `npx astro build`. */
function astroBuild(root: string, launcher = '/usr/bin/pnpm'): string {
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: shellEnv({ SOURCE_DATE_EPOCH: sourceDateEpoch, _: launcher }),
		timeout: 240_000,
	});
	expect(result.status, result.stderr).toBe(0);
	return result.stdout;
}

/** Every file of a built site with its bytes. */
function snapshot(site: BuiltSite): Map<string, Buffer> {
	return new Map(site.files().map((path) => [path, readFileSync(join(site.outDir, path))]));
}

const article = 'site/articles/zh/expo-opens.md';
let rebuildLog = '';
let coldLog = '';
let rebuilt: Map<string, Buffer>;
let cold: Map<string, Buffer>;

beforeAll(() => {
	const root = copyFixture('basic', 'incremental');
	astroBuild(root);
	// The title shows on other pages (its neighbours' links, related cards, lists, feeds); the body on its own page.
	const source = readFileSync(join(root, article), 'utf8');
	writeFile(root, article, `${source.replace(/^title: .*$/m, "title: '展会开幕：改过的标题'")}\n改过以后新加的一段，只在这篇文章里。\n`);
	rebuildLog = astroBuild(root, '/usr/bin/npx');
	rebuilt = snapshot(readSite(join(root, 'dist')));

	renameSync(join(root, 'dist'), join(root, 'dist-rebuilt'));
	rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
	coldLog = astroBuild(root);
	cold = snapshot(readSite(join(root, 'dist')));
}, 600_000);

describe('a rebuild after one article is edited', () => {
	it('reuses the pages the edit does not touch', () => {
		// Astro renders several pages at once (integrations/page-concurrency.ts), so the lines of pages it
		// renders run into each other; a copied page's path and its "(restored)" are always written together.
		const reused = [...rebuildLog.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map(([, path]) => path!);
		expect(reused.length).toBeGreaterThan(5);
		// The edited article's own page is rendered again, in every build.
		expect(reused).not.toContain('/news/expo-opens/index.html');
		// An English article shows nothing of the Chinese one, so it is copied, even though another command started this build.
		expect(reused).toContain('/en/news/hello-exhibitors/index.html');
	});

	it('renders several pages at once', () => {
		// Astro ends a page's log line when the page is written: at one page at a time
		// (Astro's default), the next page's line never starts before that (integrations/page-concurrency.ts).
		expect(coldLog).toMatch(/├─[^\n]*├─/);
	});

	it('gives the same files as a cold build, byte for byte', () => {
		expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
		const differing = [...cold].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes)).map(([path]) => path);
		expect(differing).toEqual([]);
	});

	it('shows the edit on the pages that link to the article', () => {
		const linking = [...rebuilt]
			.filter(([path, bytes]) => /^\/news\/[^/]+\/index\.html$/.test(path) && bytes.toString('utf8').includes('展会开幕：改过的标题'))
			.map(([path]) => path);
		expect(linking).toContain('/news/expo-opens/index.html');
		expect(linking.length).toBeGreaterThan(1);
		expect(rebuilt.get('/news/expo-opens/index.html')?.toString('utf8')).toContain('改过以后新加的一段');
	});
});
