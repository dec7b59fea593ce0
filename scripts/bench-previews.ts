/**
 * What a link preview costs to draw, and what it weighs: the theme's renderer (Takumi, then a
 * palette PNG) against the one it replaced (satori and sharp, scripts/lib/satori-previews.ts),
 * alternating preview by preview, so that a busy machine slows both alike. Each renderer runs in
 * a process of its own (this script, forked with --renderer), so that neither is charged for the
 * other's garbage collection, which V8 does on threads of its own. Titles are made up as the
 * corpus generator makes them (scripts/generate-corpus.ts), half Chinese, half English, drawn
 * with the real fonts and layout. CPU time is the drawing process's (process.cpuUsage: every
 * thread, libuv's and Takumi's included) around each image; fonts are prepared once beforehand,
 * as a build does. The last line draws them all again through drawPreviews(), worker thread and
 * fonts included, as a build does.
 *   node scripts/bench-previews.ts [--count 200]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PREVIEW_FONT_FAMILY, previewFonts, type PreviewFont } from '../packages/pavilion/features/previews/preview-fonts.ts';
import {
	PREVIEW_SIZE,
	TITLE_BOX,
	previewFrame,
	previewText,
	previewTitle,
	type LayoutNode,
} from '../packages/pavilion/features/previews/preview-layout.ts';
import { inkPalette, inkRows, palettePng, withBox } from '../packages/pavilion/features/previews/preview-png.mjs';
import { drawPreviews } from '../packages/pavilion/features/previews/previews.ts';
import { parseHex } from '../packages/pavilion/utils/color.ts';
import type { PreviewContent } from '../packages/pavilion/utils/site-facts.ts';
import { EN_VERBS, EN_WORDS, seededPicker, ZH_OBJECTS, ZH_SUBJECTS, ZH_VERBS } from './lib/corpus-words.ts';
import { satoriFonts, satoriRenderer } from './lib/satori-previews.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '200' }, renderer: { type: 'string' } } });
const count = Number(values.count);

/** What the bench uses of @takumi-rs/core, a dependency of the theme, not of the repository's root. */
interface TakumiRenderer {
	registerFont(font: PreviewFont): Promise<unknown>;
	render(node: LayoutNode, options: { width: number; height: number; format: 'raw' }): Promise<Buffer>;
}
const { Renderer, setGlyphCacheMaxBytes } = createRequire(new URL('../packages/pavilion/package.json', import.meta.url))(
	'@takumi-rs/core',
) as {
	Renderer: new () => TakumiRenderer;
	setGlyphCacheMaxBytes: (bytes: number) => void;
};

const { random, pick } = seededPicker();

const zhFrame = {
	lang: 'zh-CN',
	fair: '基准测试博览会',
	dates: '2027年4月21日至24日',
	venue: '青潭国际会展中心',
	site: '基准测试博览会',
	background: '#0f5c6e',
};
const enFrame = {
	lang: 'en',
	fair: 'Benchmark Expo',
	dates: 'April 21 – 24, 2027',
	venue: 'Qingtan International Convention Center',
	site: 'Benchmark Expo',
	background: '#0f5c6e',
};
function title(index: number, zh: boolean): string {
	if (zh) return `${pick(ZH_SUBJECTS)}${pick(ZH_VERBS)}${pick(ZH_OBJECTS)}（${index}）`;
	const words = Array.from({ length: 8 + Math.floor(random() * 9) }, () => pick(EN_WORDS));
	words.splice(2, 0, pick(EN_VERBS));
	const text = words.join(' ');
	return `${`${text[0]!.toUpperCase()}${text.slice(1)}`.slice(0, 60)} (${index})`;
}
const contents: PreviewContent[] = Array.from({ length: count }, (_, index) =>
	index % 2 === 0
		? { ...zhFrame, title: title(index, true), category: pick(['展会新闻', '新闻发布', '行业动态', '展商风采']) }
		: { ...enFrame, title: title(index, false), category: pick(['News', 'Press releases', 'Industry', 'Exhibitors']) },
);
type Draw = (content: PreviewContent) => Promise<Buffer>;

/** Fonts once, as a build prepares them, then a function that draws one preview's PNG. */
async function satoriDraw(text: string): Promise<Draw> {
	const { fonts, family } = await satoriFonts(text);
	return satoriRenderer(fonts, family);
}

async function takumiDraw(text: string): Promise<Draw> {
	// As the preview worker sets it.
	setGlyphCacheMaxBytes(32 * 1024 * 1024);
	const renderer = new Renderer();
	for (const font of previewFonts(text)) await renderer.registerFont(font);
	const palettes = new Map<string, Buffer>();
	// As the preview worker draws (packages/pavilion/features/previews/preview-worker.mjs): the frame once per language, then each title box.
	const frames = new Map<string, Uint8Array>();
	return async (content) => {
		const { title, category, ...frame } = content;
		const key = JSON.stringify(frame);
		let frameRows = frames.get(key);
		if (!frameRows) {
			const rgba = await renderer.render(previewFrame(frame, PREVIEW_FONT_FAMILY), { ...PREVIEW_SIZE, format: 'raw' });
			frameRows = inkRows(rgba, PREVIEW_SIZE.width, PREVIEW_SIZE.height);
			frames.set(key, frameRows);
		}
		let palette = palettes.get(content.background);
		if (!palette) palettes.set(content.background, (palette = inkPalette(parseHex(content.background))));
		const box = await renderer.render(previewTitle({ lang: content.lang, title, category }, PREVIEW_FONT_FAMILY), {
			width: TITLE_BOX.width,
			height: TITLE_BOX.height,
			format: 'raw',
		});
		return palettePng(withBox(frameRows, PREVIEW_SIZE.width, box, TITLE_BOX), PREVIEW_SIZE.width, PREVIEW_SIZE.height, palette);
	};
}

type Request = { setup: string } | { draw: PreviewContent } | { twice: PreviewContent };
interface Sample {
	cpu: number;
	bytes: number;
}
type Answer = { ready: number } | Sample | { same: boolean };

if (values.renderer) {
	// A renderer's own process: set up, then draw what the parent sends, one preview a message.
	let draw: Draw | undefined;
	process.on('message', (request: Request) => {
		void (async (): Promise<Answer> => {
			if ('setup' in request) {
				const started = performance.now();
				draw = await (values.renderer === 'satori' ? satoriDraw : takumiDraw)(request.setup);
				return { ready: performance.now() - started };
			}
			if ('twice' in request) return { same: (await draw!(request.twice)).equals(await draw!(request.twice)) };
			const before = process.cpuUsage();
			const png = await draw!(request.draw);
			const { user, system } = process.cpuUsage(before);
			return { cpu: (user + system) / 1000, bytes: png.length };
		})().then((answer) => process.send!(answer));
	});
} else {
	await compare();
}

async function compare(): Promise<void> {
	const text = contents.map(previewText).join('');
	const start = (renderer: string) => fork(new URL(import.meta.url), ['--renderer', renderer], { stdio: 'inherit' });
	const ask = <T extends Answer>(child: ChildProcess, request: Request) =>
		new Promise<T>((resolve) => {
			child.once('message', (answer: T) => resolve(answer));
			child.send(request);
		});
	const satori = start('satori');
	const takumi = start('takumi');
	try {
		const setup = {
			satori: (await ask<{ ready: number }>(satori, { setup: text })).ready,
			takumi: (await ask<{ ready: number }>(takumi, { setup: text })).ready,
		};
		// One warm-up each: the first image pays for code and glyph caches.
		await ask(satori, { draw: contents[0]! });
		await ask(takumi, { draw: contents[0]! });
		const samples = { satori: [] as Sample[], takumi: [] as Sample[] };
		for (const [index, content] of contents.entries()) {
			// Alternate which goes first.
			const order = index % 2 === 0 ? (['satori', 'takumi'] as const) : (['takumi', 'satori'] as const);
			for (const name of order) samples[name].push(await ask<Sample>(name === 'satori' ? satori : takumi, { draw: content }));
		}
		// Drawn again, the same bytes.
		let identical = 0;
		for (const content of contents.slice(0, 20)) if ((await ask<{ same: boolean }>(takumi, { twice: content })).same) identical++;

		console.log(`${String(count)} previews (half Chinese, half English), alternating, CPU per preview:\n`);
		console.log('| Renderer | CPU median | CPU mean | Size median | Size mean | Size max | Fonts, once |');
		console.log('| --- | --- | --- | --- | --- | --- | --- |');
		console.log(row('satori + sharp (before)', samples.satori, setup.satori));
		console.log(row('Takumi + palette PNG', samples.takumi, setup.takumi));
		const ratio = median(samples.satori.map((sample) => sample.cpu)) / median(samples.takumi.map((sample) => sample.cpu));
		console.log(`\nTakumi: ${ratio.toFixed(1)}× less CPU a preview; ${String(identical)} of 20 drawn again byte for byte the same.`);
	} finally {
		satori.kill();
		takumi.kill();
	}
	await asBuild();
}

function median(list: number[]): number {
	const sorted = [...list].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}
function mean(list: number[]): number {
	return list.reduce((sum, value) => sum + value, 0) / list.length;
}
function row(name: string, list: Sample[], setup: number): string {
	const cpu = list.map((sample) => sample.cpu);
	const kb = list.map((sample) => sample.bytes / 1024);
	return `| ${name} | ${median(cpu).toFixed(2)} ms | ${mean(cpu).toFixed(2)} ms | ${median(kb).toFixed(1)} KB | ${mean(kb).toFixed(1)} KB | ${Math.max(...kb).toFixed(1)} KB | ${setup.toFixed(0)} ms |`;
}

/** As a build draws them: drawPreviews() with its worker thread, fonts and file writes included. */
async function asBuild(): Promise<void> {
	const cache = mkdtempSync(join(tmpdir(), 'bench-previews-'));
	try {
		const facts = contents.map((content, index) => ({ path: `/previews/p${String(index)}.png`, content }));
		const before = process.cpuUsage();
		const started = performance.now();
		await drawPreviews(facts, pathToFileURL(`${cache}/`), '/');
		const { user, system } = process.cpuUsage(before);
		const files = readdirSync(join(cache, 'pavilion-previews'));
		const bytes = files.map((file) => readFileSync(join(cache, 'pavilion-previews', file)).length / 1024);
		console.log(
			`drawPreviews(), as a build: ${String(files.length)} files in ${((performance.now() - started) / 1000).toFixed(2)} s, ${((user + system) / 1000 / count).toFixed(2)} ms CPU a preview all included, ${median(bytes).toFixed(1)} KB median`,
		);
	} finally {
		rmSync(cache, { recursive: true, force: true });
	}
}
