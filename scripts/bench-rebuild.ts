/**
 * How long Pavilion takes to build again after one article's body is edited, beside a cold build
 * of the same corpus in the same run. Each round builds cold (no dist, no Astro cache), edits one
 * article, and builds again; the rebuild copies unchanged pages from Astro's incremental cache.
 *   node scripts/bench-rebuild.ts --count 1000 [--rounds 3]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusOf, repoRoot } from './lib/corpus.ts';
import { measure } from './lib/measure.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' } } });
const root = repoRoot;
const corpus = corpusOf(values.count);
const astroBin = join(root, 'node_modules/.bin/astro');
const edited = join(corpus, 'site/articles/zh/article-00004.md');
const original = readFileSync(edited, 'utf8');

const cold: number[] = [];
const rebuild: number[] = [];
try {
	for (let round = 1; round <= Number(values.rounds); round++) {
		writeFileSync(edited, original);
		for (const cache of ['dist', 'node_modules/.astro', '.astro']) rmSync(join(corpus, cache), { recursive: true, force: true });
		cold.push((await measure([[astroBin, ['build']]], corpus)).seconds);
		writeFileSync(edited, `${original}\n第 ${String(round)} 轮改动：正文多了这一段。\n`);
		rebuild.push((await measure([[astroBin, ['build']]], corpus)).seconds);
		console.log(`round ${String(round)}: cold ${cold.at(-1)!.toFixed(1)} s, rebuild ${rebuild.at(-1)!.toFixed(1)} s`);
	}
} finally {
	writeFileSync(edited, original);
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(`\n${values.count} articles, ${values.rounds} rounds`);
console.log('| build | min | median |');
console.log('|---|---|---|');
console.log(`| cold | ${Math.min(...cold).toFixed(1)} s | ${median(cold).toFixed(1)} s |`);
console.log(`| after editing one article | ${Math.min(...rebuild).toFixed(1)} s | ${median(rebuild).toFixed(1)} s |`);
console.log(`\nrebuild / cold (medians): ${(median(rebuild) / median(cold)).toFixed(2)}`);
