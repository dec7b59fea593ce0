import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'astro';
import { parse, type HTMLElement } from 'node-html-parser';

/** For the importer's build tests: the test site, copied, built with Astro and the theme, and read the way a browser or a crawler reads it. */

const testsDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * A fresh copy of the test site (`src/__fixtures__/site/`) under `__tests__/.tmp/`, with a node_modules
 * that holds the theme and the theme's own dependencies, as npm lays out a site that installed it.
 * Inside the package, not the system's temporary folder: Astro compiles the theme's components only
 * when they share a folder with the site other than `/`. Its own node_modules, not this package's: Vite
 * bundles a dependency of the theme that the site cannot resolve, and leaves that dependency's own
 * imports to Node, which would find this package's copies of them (entities 8 where parse5 needs 9).
 */
export function copySite(copyName: string): string {
	const target = join(testsDir, '.tmp', copyName);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	cpSync(fileURLToPath(new URL('../src/__fixtures__/site/', import.meta.url)), target, { recursive: true });
	const theme = dirname(createRequire(import.meta.url).resolve('astro-pavilion/package.json'));
	const modules = join(target, 'node_modules');
	mkdirSync(modules);
	symlinkSync(theme, join(modules, 'astro-pavilion'), 'dir');
	for (const name of readdirSync(join(theme, 'node_modules')).filter((name) => !name.startsWith('.')))
		symlinkSync(join(theme, 'node_modules', name), join(modules, name), 'dir');
	return target;
}

export interface BuiltSite {
	outDir: string;
	exists: (urlPath: string) => boolean;
	text: (urlPath: string) => string;
	/** The page at a URL path such as /news/expo-opens/. */
	page: (urlPath: string) => HTMLElement;
	/** Every file below dist, as URL paths ("/news/expo-opens/index.html"). */
	files: () => string[];
}

/** Build the site at `root` into `root/dist`. Builds are slow: call once per file, in beforeAll. */
export async function buildSite(root: string): Promise<BuiltSite> {
	const outDir = join(root, 'dist');
	await build({ root, outDir, logLevel: 'error' });
	const fileOf = (urlPath: string) => join(outDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
	return {
		outDir,
		exists: (urlPath) => existsSync(fileOf(urlPath)),
		text: (urlPath) => readFileSync(fileOf(urlPath), 'utf8'),
		page: (urlPath) => parse(readFileSync(fileOf(urlPath), 'utf8')),
		files: () =>
			readdirSync(outDir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => `/${relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/')}`),
	};
}

/** What Pagefind stored for a page. */
export interface IndexedPage {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** The search index's records: Pagefind's fragments are gzip'd JSON after a "pagefind_dcd" marker. */
export function indexedPages(site: BuiltSite): IndexedPage[] {
	return site
		.files()
		.filter((file) => file.startsWith('/pagefind/fragment/'))
		.map((file) => {
			const json = gunzipSync(readFileSync(join(site.outDir, file)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, '');
			const page = JSON.parse(json) as IndexedPage;
			// Chinese content comes back segmented with zero-width spaces between words: compare the text itself.
			return { ...page, content: page.content.replace(/\u200b/g, '') };
		});
}
