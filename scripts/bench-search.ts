/**
 * Search at scale: builds a generated site, re-runs the indexing step alone to time it and to read
 * the Pagefind process's peak memory, measures the index, then downloads a first Chinese and a
 * first English search in Chromium and splits the bytes by what they are.
 *   node scripts/bench-search.ts --count 1000   (then --count 10000)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { indexSite } from '../packages/pavilion/features/search/pagefind.ts';
import { firstSearchDownloads, kib, printDownloads } from './lib/first-search.ts';

const { values } = parseArgs({
	options: { count: { type: 'string', default: '1000' }, 'skip-build': { type: 'boolean', default: false } },
});
const root = resolve(import.meta.dirname, '..');
const corpus = join(root, '.bench', `corpus-${values.count}`);
const dist = join(corpus, 'dist');

if (!values['skip-build']) {
	spawnSync(process.execPath, [join(root, 'scripts/generate-corpus.ts'), '--count', values.count], { stdio: 'inherit' });
	const started = performance.now();
	const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
		cwd: corpus,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) throw new Error('build failed');
	console.log(`full build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Peak resident memory of the running Pagefind service, from /proc (it is a separate binary). */
function pagefindPeakKiB(): number {
	let peak = 0;
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--service')) continue;
			const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			peak = Math.max(peak, Number(match?.[1] ?? 0));
		} catch {
			// The process can exit between listing and reading.
		}
	}
	return peak;
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, pagefindPeakKiB())), 25);
const quiet = {
	info: () => undefined,
	warn: console.warn,
	error: console.error,
	debug: () => undefined,
} as unknown as AstroIntegrationLogger;
// The corpus always has articles; the count only matters when there are none.
const { pages, seconds } = await indexSite(pathToFileURL(`${dist}/`), quiet, {
	locales: [
		{ prefix: '', indexed: Number(values.count) / 2 },
		{ prefix: 'en', indexed: Number(values.count) / 2 },
	],
});
clearInterval(sampler);

const files = readdirSync(join(dist, 'pagefind'), { recursive: true })
	.map(String)
	.filter((file) => statSync(join(dist, 'pagefind', file)).isFile());
const size = (filter: (file: string) => boolean) =>
	files.filter(filter).reduce((total, file) => total + statSync(join(dist, 'pagefind', file)).size, 0);
console.log(`indexing: ${pages} pages in ${seconds.toFixed(1)} s; Pagefind peak memory ${(peak / 1024).toFixed(0)} MiB`);
console.log(
	`index: ${files.length} files, ${kib(size(() => true))} (fragments ${files.filter((f) => f.endsWith('.pf_fragment')).length}, index chunks ${files.filter((f) => f.endsWith('.pf_index')).length})`,
);

printDownloads(
	await firstSearchDownloads(dist, [
		{ path: '/search/', query: '机器人' },
		{ path: '/en/search/', query: 'robotics' },
	]),
);

// The search UI's own CSS: the built rules for results, the search page and the dialog.
const css = readdirSync(join(dist, '_astro'))
	.filter((file) => file.endsWith('.css'))
	.map((file) => readFileSync(join(dist, '_astro', file), 'utf8'))
	.join('');
const searchRules = (css.match(/[^{}]+\{[^{}]*\}/g) ?? []).filter((rule) => /search|pv-result|pagefind/.test(rule.split('{')[0]!)).join('');
console.log(`our search UI CSS: ${kib(searchRules.length)} (${kib(gzipSync(searchRules).length)} gzipped)`);
