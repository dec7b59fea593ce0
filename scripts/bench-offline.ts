/**
 * The offline cache's budget: precache entries and bytes, and the size of sw.js, for the demo and
 * for generated sites; at 10,000 articles also with fragment grouping off, and what grouping does
 * to the bytes of a first online search.
 *   node scripts/bench-offline.ts [--counts 1000,10000]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { firstSearchDownloads, kib, printDownloads } from './lib/first-search.ts';

const { values } = parseArgs({ options: { counts: { type: 'string', default: '1000,10000' } } });
const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules/.bin/astro');

function build(cwd: string, env: Record<string, string> = {}): void {
	const result = spawnSync(astro, ['build'], {
		cwd,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	if (result.status !== 0) throw new Error(`build of ${cwd} failed`);
}

function measure(label: string, dist: string): void {
	const worker = readFileSync(join(dist, 'sw.js'));
	const shell = [...worker.toString().matchAll(/\{url:"([^"]+)"/g)].map(([, url]) => url!);
	const index = JSON.parse(readFileSync(join(dist, 'search-index-files.json'), 'utf8')) as string[];
	const bytes = [...shell, ...index].reduce((total, url) => total + statSync(join(dist, decodeURIComponent(url))).size, 0);
	console.log(
		`${label}: precache ${shell.length + index.length} files (${shell.length} shell, ${index.length} search index), ${kib(bytes)}; sw.js ${kib(worker.length)} (${kib(gzipSync(worker).length)} gzipped)`,
	);
}

build(root);
measure('demo', join(root, 'dist'));
for (const count of values.counts.split(',')) {
	spawnSync(process.execPath, [join(root, 'scripts/generate-corpus.ts'), '--count', count], { stdio: 'inherit' });
	const corpus = join(root, '.bench', `corpus-${count}`);
	const searches = [
		{ path: '/search/', query: '机器人' },
		{ path: '/en/search/', query: 'robotics' },
	];
	build(corpus);
	measure(`${count} articles (maxFragments 1000, the default)`, join(corpus, 'dist'));
	if (Number(count) > 2000) {
		printDownloads(await firstSearchDownloads(join(corpus, 'dist'), searches));
		build(corpus, { PAVILION_MAX_FRAGMENTS: '1000000' });
		measure(`${count} articles (no fragment grouping)`, join(corpus, 'dist'));
		printDownloads(await firstSearchDownloads(join(corpus, 'dist'), searches));
	}
}
