/**
 * What the RSS feeds add to a build: builds a generated site with feeds off and on, alternating,
 * after one warm-up build (so the image cache is equally warm), and prints wall times.
 *   node scripts/bench-feeds.ts --count 1000 [--runs 2]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '2' } } });
const root = resolve(import.meta.dirname, '..');
const corpus = join(root, '.bench', `corpus-${values.count}`);

function run(command: string, args: string[], env: Record<string, string> = {}): number {
	const started = performance.now();
	const result = spawnSync(command, args, {
		cwd: corpus,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
	return (performance.now() - started) / 1000;
}

spawnSync(process.execPath, [join(root, 'scripts/generate-corpus.ts'), '--count', values.count], { stdio: 'inherit' });
const astro = join(root, 'node_modules/.bin/astro');
console.log('warm-up build…');
run(astro, ['build']);
const times = { off: [] as number[], on: [] as number[] };
for (let index = 0; index < Number(values.runs); index++) {
	times.off.push(run(astro, ['build'], { PAVILION_FEED: 'off' }));
	times.on.push(run(astro, ['build']));
}
const feeds = readdirSync(join(corpus, 'dist'), { recursive: true }).filter((file) => String(file).endsWith('rss.xml'));
const bytes = feeds.reduce((total, file) => total + statSync(join(corpus, 'dist', String(file))).size, 0);
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(`articles: ${values.count}; runs: ${values.runs}`);
console.log(`build without feeds: ${times.off.map((t) => t.toFixed(1)).join(', ')} s (median ${median(times.off).toFixed(1)} s)`);
console.log(`build with feeds:    ${times.on.map((t) => t.toFixed(1)).join(', ')} s (median ${median(times.on).toFixed(1)} s)`);
console.log(
	`feeds add: ${(median(times.on) - median(times.off)).toFixed(1)} s; ${feeds.length} feed files, ${(bytes / 1024).toFixed(0)} KiB`,
);
