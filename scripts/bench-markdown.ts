/**
 * What CJK-friendly emphasis (packages/pavilion/integrations/cjk-emphasis.ts) costs: the
 * generated corpus's article bodies rendered by Sätteri, Astro's Markdown processor, without and
 * with the plugin, alternating rounds. The corpus writes no bold; a second pass adds a
 * `**重要：**` sentence to every paragraph, the case the plugin re-parses, and a third adds to every
 * body a block quote continued over two lines, with quotes inside the bold, and a table of bold
 * lead-ins. Besides the elapsed time, each figure gives the process's CPU time, which another
 * program running at the same time changes less.
 *   node scripts/bench-markdown.ts --count 1000 [--rounds 5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusOf } from './lib/corpus.ts';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { cjkEmphasisPlugin } from '../packages/pavilion/integrations/cjk-emphasis.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' } } });
const corpus = corpusOf(values.count);

const articles = join(corpus, 'site/articles');
const bodies = readdirSync(articles, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.md'))
	.map((file) => readFileSync(join(articles, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const withBold = bodies.map((body) => body.replace(/\n\n(?=[^\n#>|-])/g, '\n\n**重要：**请提前预约。'));
const quotesAndTables = bodies.map(
	(body) =>
		`${body}\n\n> **"安全第一"：**请遵守现场秩序...\n**John's 展位：**三号馆\n\n| 项目 | 说明 |\n| --- | --- |\n| **时间：**4月21日 | **地点：**一号馆 |\n`,
);

const plain = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
const friendly = await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [cjkEmphasisPlugin] });

/** Elapsed and CPU seconds. */
async function time(processor: typeof plain, texts: readonly string[]): Promise<[number, number]> {
	const started = performance.now();
	const cpu = process.cpuUsage();
	for (const text of texts) await processor.render(text);
	const { user, system } = process.cpuUsage(cpu);
	return [(performance.now() - started) / 1000, (user + system) / 1e6];
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const seconds = (without: number[], withPlugin: number[]) =>
	`without ${median(without).toFixed(2)} s, with ${median(withPlugin).toFixed(2)} s, +${(median(withPlugin) - median(without)).toFixed(2)} s`;
for (const [name, texts] of [
	['corpus as generated', bodies],
	['a bold CJK lead-in in every paragraph', withBold],
	['a block quote and a table of bold lead-ins in every body', quotesAndTables],
] as const) {
	const without: [number, number][] = [];
	const withPlugin: [number, number][] = [];
	for (let round = 0; round < Number(values.rounds); round++) {
		without.push(await time(plain, texts));
		withPlugin.push(await time(friendly, texts));
	}
	const elapsed = seconds(
		without.map(([wall]) => wall),
		withPlugin.map(([wall]) => wall),
	);
	const cpu = seconds(
		without.map(([, used]) => used),
		withPlugin.map(([, used]) => used),
	);
	console.log(`${name} (${String(texts.length)} Markdown bodies): ${elapsed}; CPU time ${cpu}`);
}
