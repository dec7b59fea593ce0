import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../e2e/browser.ts';
import { serveStatic } from '../../e2e/static-server.ts';

export interface Download {
	label: string;
	files: number;
	bytes: number;
	gzip: number;
}

/** What a first search downloads, by kind. */
const KINDS: [string, RegExp][] = [
	['Pagefind runtime (JS, WASM, entry, meta)', /\/pagefind\/(pagefind(-worker)?\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*)$/],
	['index chunks', /\.pf_index$/],
	['filters', /\.pf_filter$/],
	['fragments (results)', /\.pf_fragment$/],
	['our search UI JS', /\/_astro\/.*\.js$/],
];

/**
 * Open the search page of a built site in a fresh Chromium context, run one query and add up every
 * response by kind. The local server does not compress, so each file is also gzipped here.
 */
export async function firstSearchDownloads(dist: string, searches: { path: string; query: string }[]): Promise<Map<string, Download[]>> {
	const server = await serveStatic(dist);
	const browser = await launchChromium();
	const measured = new Map<string, Download[]>();
	try {
		for (const { path, query } of searches) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const responses: { url: string; bytes: number; gzip: number }[] = [];
			page.on('response', async (response) => {
				const body = await response.body().catch(() => Buffer.alloc(0));
				responses.push({ url: response.url(), bytes: body.length, gzip: gzipSync(body).length });
			});
			await page.goto(`${server.url}${path}?q=${encodeURIComponent(query)}`);
			await page.waitForFunction(() => document.querySelectorAll('main .pv-result').length > 0);
			await page.waitForLoadState('networkidle');
			measured.set(
				`${path} "${query}"`,
				KINDS.map(([label, pattern]) => {
					const matched = responses.filter((entry) => pattern.test(entry.url));
					return {
						label,
						files: matched.length,
						bytes: matched.reduce((t, e) => t + e.bytes, 0),
						gzip: matched.reduce((t, e) => t + e.gzip, 0),
					};
				}),
			);
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return measured;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function printDownloads(measured: Map<string, Download[]>): void {
	for (const [search, kinds] of measured) {
		console.log(`first search ${search}:`);
		for (const kind of kinds) console.log(`  ${kind.label}: ${kind.files} files, ${kib(kind.bytes)} (${kib(kind.gzip)} gzipped)`);
	}
}
