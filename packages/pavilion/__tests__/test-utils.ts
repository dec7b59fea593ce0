import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { parse, type HTMLElement } from 'node-html-parser';
import fixtureOptions from './fixtures/basic/options.mjs';

const testsDir = fileURLToPath(new URL('.', import.meta.url));

/** What Vitest adds to process.env: its own flags and a copy of Vite's import.meta.env. */
const VITEST_ENV = [
	'TEST',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
	'FORCE_TTY',
	'NODE_ENV',
	'MODE',
	'BASE_URL',
	'SITE',
	'DEV',
	'PROD',
	'SSR',
];

/**
 * The environment of a build started from a shell, for tests that run `astro build` in a child
 * process: Astro writes some environment variables into the pages' code, so Vitest's would make
 * the build unlike an organizer's.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
	return Object.fromEntries(Object.entries(env).filter(([name]) => !VITEST_ENV.includes(name)));
}

/** A built site's output, read the way a browser or a crawler would. */
export interface BuiltSite {
	outDir: string;
	exists: (path: string) => boolean;
	text: (path: string) => string;
	/** The page at a URL path such as /news/expo-opens/. */
	page: (urlPath: string) => HTMLElement;
	/** Every file below dist, as URL paths ("/news/expo-opens/index.html"). */
	files: () => string[];
}

export function fixturePath(name: string): string {
	return join(testsDir, 'fixtures', name);
}

/** Build a site and wrap its dist folder. Builds are slow: call once per file, in beforeAll. */
export async function buildSite(root: string): Promise<BuiltSite> {
	const outDir = join(root, 'dist');
	rmSync(outDir, { recursive: true, force: true });
	await build({ root, outDir, logLevel: 'error' });
	return readSite(outDir);
}

export function readSite(outDir: string): BuiltSite {
	const fileOf = (urlPath: string) => join(outDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
	return {
		outDir,
		exists: (urlPath) => existsSync(fileOf(urlPath)),
		text: (urlPath) => readFileSync(fileOf(urlPath), 'utf8'),
		page: (urlPath) => parse(readFileSync(fileOf(urlPath), 'utf8')),
		files: () => listFiles(outDir).map((file) => `/${relative(outDir, file).split('\\').join('/')}`),
	};
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

/**
 * A fresh copy of a fixture under __tests__/.tmp/ (inside the package, so `astro-pavilion`,
 * astro and sharp resolve as they do for the fixture itself).
 */
export function copyFixture(name: string, copyName: string): string {
	const target = join(testsDir, '.tmp', copyName);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	cpSync(fixturePath(name), target, { recursive: true, filter: (source) => !/[\\/](dist|\.astro|node_modules)$/.test(source) });
	return target;
}

/** The fixture's pavilion() options with some changed, written into a copy of the fixture. */
export function withOptions(root: string, changed: Record<string, unknown>): void {
	writeFile(root, 'options.mjs', `export default ${JSON.stringify({ ...fixtureOptions, ...changed }, null, 2)};\n`);
}

export function writeFile(root: string, path: string, content: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), content);
}

/** The JSON-LD objects of a page, parsed, in document order. */
export function jsonLdOf(page: HTMLElement): Record<string, unknown>[] {
	return page
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

/** Build and return the error message the organizer would see; fails the test if the build succeeds. */
export async function buildFailure(root: string): Promise<string> {
	try {
		await build({ root, outDir: join(root, 'dist'), logLevel: 'silent' });
	} catch (error) {
		const { message, hint } = error as { message: string; hint?: string };
		return [message, hint].filter(Boolean).join('\n');
	}
	throw new Error(`the build of ${root} succeeded, but it should have stopped`);
}

export interface IndexedPage {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** What Pagefind stored for each page: its fragments are gzip'd JSON after a "pagefind_dcd" marker. */
export function indexedPages(site: BuiltSite): IndexedPage[] {
	const fragments = site.files().filter((file) => file.startsWith('/pagefind/fragment/'));
	const pages = fragments.map((file) => {
		const json = gunzipSync(readFileSync(join(site.outDir, file)))
			.toString('utf8')
			.replace(/^pagefind_dcd/, '');
		return JSON.parse(json) as IndexedPage;
	});
	// Chinese content comes back segmented with zero-width spaces between words: compare the text itself.
	return pages.map((page) => ({ ...page, content: page.content.replace(/\u200b/g, '') }));
}
