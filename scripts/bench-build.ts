/**
 * Build time and memory of Pavilion (A) beside a plain Astro site (B) and Hugo (C), on the same
 * generated articles, in the same run, alternating A, B, C for each round so that machine noise
 * hits all three alike. B and C each run Pagefind after the build, as A does within its own.
 * A+E is Pavilion on the same articles with the exhibitor directory on and 3,000 exhibitors
 * (--exhibitors 0 leaves it out): the directory's cost is A+E beside A, in the same round.
 *   node scripts/bench-build.ts --count 1000 [--rounds 3] [--exhibitors 3000] [--profile]
 * Hugo runs when `hugo` is on the PATH (Debian: apt-get install hugo). --profile writes a CPU
 * profile of one more Pavilion build and prints where its time goes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchEnv, measure, type Run } from './lib/measure.ts';

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '1000' },
		rounds: { type: 'string', default: '3' },
		exhibitors: { type: 'string', default: '3000' },
		profile: { type: 'boolean', default: false },
	},
});
const count = Number(values.count);
const root = resolve(import.meta.dirname, '..');
const bench = join(root, '.bench');
const corpus = join(bench, `corpus-${count}`);
const exhibitorCount = Number(values.exhibitors);
const withExhibitors = join(bench, `corpus-${count}-exhibitors-${exhibitorCount}`);
const plain = join(bench, `plain-${count}`);
const hugoSite = join(bench, `hugo-${count}`);
const astroBin = join(root, 'node_modules/.bin/astro');
const pagefindBin = join(root, 'packages/pavilion/node_modules/.bin/pagefind');

const hasHugo = spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;

// The same articles for everyone: Pavilion's corpus, copied for B (with a local Callout) and C
// (MDX made Markdown, images where Hugo's image pipeline reads them).
spawnSync(process.execPath, [join(root, 'scripts/generate-corpus.ts'), '--count', String(count)], { stdio: 'inherit' });
if (exhibitorCount)
	spawnSync(
		process.execPath,
		[join(root, 'scripts/generate-corpus.ts'), '--count', String(count), '--exhibitors', String(exhibitorCount)],
		{
			stdio: 'inherit',
		},
	);
prepareAstro();
if (hasHugo) prepareHugo();
else console.log('hugo is not installed (Debian: apt-get install hugo): system C is left out.');

function articleFiles(): string[] {
	return readdirSync(join(corpus, 'site/articles'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
}

function prepareAstro(): void {
	rmSync(plain, { recursive: true, force: true });
	cpSync(join(root, 'scripts/bench/plain-astro'), plain, { recursive: true });
	cpSync(join(corpus, 'site/images'), join(plain, 'site/images'), { recursive: true });
	for (const file of articleFiles()) {
		const target = join(plain, 'site/articles', file);
		mkdirSync(join(target, '..'), { recursive: true });
		const callout = relative(join(target, '..'), join(plain, 'src/components/Callout.astro'));
		writeFileSync(
			target,
			readFileSync(join(corpus, 'site/articles', file), 'utf8').replace('astro-pavilion/components/Callout.astro', callout),
		);
	}
}

function prepareHugo(): void {
	rmSync(hugoSite, { recursive: true, force: true });
	cpSync(join(root, 'scripts/bench/hugo'), hugoSite, { recursive: true });
	cpSync(join(corpus, 'site/images'), join(hugoSite, 'assets/images'), { recursive: true });
	for (const file of articleFiles()) {
		const [locale, name] = file.split('/') as [string, string];
		const target = join(hugoSite, 'content', locale, 'news', name.replace(/\.mdx$/, '.md'));
		mkdirSync(join(target, '..'), { recursive: true });
		const text = readFileSync(join(corpus, 'site/articles', file), 'utf8')
			.replace(/^import .*\n\n?/m, '')
			.replace(/<Callout[^>]*>([\s\S]*?)<\/Callout>/g, '> $1');
		writeFileSync(target, text);
	}
}

const systems: { name: string; dir: string; out: string; run: () => Promise<Run> }[] = [
	{ name: 'A Pavilion', dir: corpus, out: 'dist', run: () => measure([[astroBin, ['build']]], corpus) },
	...(exhibitorCount
		? [
				{
					name: `A+E Pavilion, ${exhibitorCount} exhibitors`,
					dir: withExhibitors,
					out: 'dist',
					run: () => measure([[astroBin, ['build']]], withExhibitors),
				},
			]
		: []),
	{
		name: 'B Astro + Pagefind',
		dir: plain,
		out: 'dist',
		run: () =>
			measure(
				[
					[astroBin, ['build']],
					[pagefindBin, ['--site', 'dist']],
				],
				plain,
			),
	},
	...(hasHugo
		? [
				{
					name: 'C Hugo + Pagefind',
					dir: hugoSite,
					out: 'public',
					run: () =>
						measure(
							[
								['hugo', ['--quiet', '--gc', '--cleanDestinationDir']],
								[pagefindBin, ['--site', 'public']],
							],
							hugoSite,
						),
				},
			]
		: []),
];

// Cold builds: every system starts without its caches, every round.
function clearCaches(dir: string): void {
	for (const cache of ['dist', 'public', 'resources', 'node_modules/.astro', '.astro'])
		rmSync(join(dir, cache), { recursive: true, force: true });
}

const results = new Map(systems.map((system) => [system.name, [] as Run[]]));
for (let round = 1; round <= Number(values.rounds); round++) {
	for (const system of systems) {
		clearCaches(system.dir);
		const run = await system.run();
		results.get(system.name)!.push(run);
		const whose = Object.entries(run.peakByProgram)
			.sort(([, x], [, y]) => y - x)
			.map(([program, bytes]) => `${program} ${(bytes / 2 ** 30).toFixed(2)}`)
			.join(', ');
		console.log(`round ${round}: ${system.name} ${run.seconds.toFixed(1)} s, ${(run.peakBytes / 2 ** 30).toFixed(2)} GiB (${whose})`);
	}
}

function folderStats(dir: string): { pages: number; bytes: number } {
	let pages = 0;
	let bytes = 0;
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stats = statSync(join(dir, file));
		if (!stats.isFile()) continue;
		bytes += stats.size;
		if (basename(file) === 'index.html') pages += 1;
	}
	return { pages, bytes };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const summary = systems.map((system) => {
	const runs = results.get(system.name)!;
	const seconds = runs.map((run) => run.seconds);
	return {
		name: system.name,
		min: Math.min(...seconds),
		median: median(seconds),
		peak: Math.max(...runs.map((run) => run.peakBytes)),
		...folderStats(join(system.dir, system.out)),
	};
});
console.log(`\n${count} articles, ${values.rounds} rounds (cold builds, alternating)`);
console.log('| system | min | median | peak memory | pages | output |');
console.log('|---|---|---|---|---|---|');
for (const row of summary)
	console.log(
		`| ${row.name} | ${row.min.toFixed(1)} s | ${row.median.toFixed(1)} s | ${(row.peak / 2 ** 30).toFixed(2)} GiB | ${row.pages} | ${(row.bytes / 2 ** 20).toFixed(0)} MiB |`,
	);
const bySystem = (prefix: string) => summary.find((row) => row.name.startsWith(`${prefix} `));
const [a, e, b, c] = [bySystem('A'), bySystem('A+E'), bySystem('B'), bySystem('C')];
console.log(`A/B time ${(a!.median / b!.median).toFixed(2)}, memory ${(a!.peak / b!.peak).toFixed(2)}`);
if (c) console.log(`A/C time ${(a!.median / c.median).toFixed(2)}, memory ${(a!.peak / c.peak).toFixed(2)}`);
if (e)
	console.log(
		`A+E/A time ${(e.median / a!.median).toFixed(2)} (+${(e.median - a!.median).toFixed(1)} s for ${exhibitorCount} exhibitors), memory ${(e.peak / a!.peak).toFixed(2)}, pages +${e.pages - a!.pages}, output +${((e.bytes - a!.bytes) / 2 ** 20).toFixed(0)} MiB; A+E/B time ${(e.median / b!.median).toFixed(2)}`,
	);

if (values.profile) profilePavilion();

/** One more cold Pavilion build under `node --cpu-prof`, summarized by package and by file. */
function profilePavilion(): void {
	const profileDir = join(bench, `profile-${count}`);
	rmSync(profileDir, { recursive: true, force: true });
	clearCaches(corpus);
	spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: corpus,
		env: benchEnv,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const byPlace = new Map<string, number>();
	let total = 0;
	for (const file of existsSync(profileDir) ? readdirSync(profileDir) : []) {
		const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as {
			nodes: { id: number; callFrame: { url: string; functionName: string } }[];
			samples: number[];
			timeDeltas: number[];
		};
		const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
		profile.samples.forEach((id, index) => {
			const { url, functionName } = nodes.get(id)!.callFrame;
			const place = placeOf(url, functionName);
			const micros = profile.timeDeltas[index] ?? 0;
			byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
			total += micros;
		});
	}
	console.log(`\nCPU profile of one Pavilion build (${(total / 1e6).toFixed(1)} s of samples), self time by place:`);
	for (const [place, micros] of [...byPlace].sort((x, y) => y[1] - x[1]).slice(0, 25))
		console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1e6).toFixed(1).padStart(6)} s  ${place}`);
}

/** A package name, a theme file, or what V8 calls the time outside JavaScript. */
function placeOf(url: string, functionName: string): string {
	if (!url) return `(${functionName || 'native'})`;
	const path = url.replace(/^file:\/\//, '');
	const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
	if (pkg && pkg !== 'astro-pavilion') return pkg;
	if (path.includes('/packages/pavilion/'))
		return `theme: ${path.slice(path.indexOf('/packages/pavilion/') + '/packages/pavilion/'.length)}`;
	if (path.includes('/dist/.prerender/')) return 'the built pages (prerender chunks: theme and site code)';
	return path.startsWith('node:') ? 'node built-ins' : relative(root, path);
}
