import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PreviewContent, PreviewFacts } from '../../utils/site-facts.ts';
import { show } from '../../utils/show.ts';
import { outputPathOf } from '../../utils/urls.ts';
import { loadLater } from '../../integrations/load-later.ts';
import { parseHex } from '../../utils/color.ts';
import { PREVIEW_FONT_FAMILY, previewFontFiles, previewFonts, withGlyphsOnly, type PreviewFont } from './preview-fonts.ts';
import { PREVIEW_SIZE, TITLE_BOX, previewFrame, previewText, previewTitle, type LayoutNode } from './preview-layout.ts';

export interface PreviewSummary {
	drawn: number;
	reused: number;
	seconds: number;
}

/**
 * Draw the link-preview images of articles without a cover into Astro's cache folder: Takumi
 * (Rust, no browser) draws the frame once per language and each title box on its own, and
 * features/previews/preview-png.mjs puts them together into a palette PNG. Satori laying out an SVG for sharp to rasterize took 15.6 ms an image and
 * wrote 61 KB; BENCHMARKS.md has both renderers measured in one run. A file's name is the hash of
 * what it shows, so one drawn by an earlier build is not drawn again.
 */
export async function drawPreviews(previews: readonly PreviewFacts[], cacheDir: URL, base: string): Promise<PreviewSummary> {
	const started = performance.now();
	const missing = previews.filter((preview) => !existsSync(cachedFile(preview, cacheDir, base)));
	if (missing.length > 0) {
		mkdirSync(cacheFolder(cacheDir), { recursive: true });
		const drawn = drawnContent(withGlyphsOnly(previewFontFiles()));
		const frames = new Map<string, number>();
		const frameLayouts: LayoutNode[] = [];
		const jobs = missing.map((preview) => {
			const { title, category, ...frameContent } = drawn(preview.content);
			const key = JSON.stringify(frameContent);
			let frame = frames.get(key);
			if (frame === undefined) {
				frame = frameLayouts.push(previewFrame(frameContent, PREVIEW_FONT_FAMILY)) - 1;
				frames.set(key, frame);
			}
			return {
				frame,
				title: previewTitle({ lang: frameContent.lang, title, category }, PREVIEW_FONT_FAMILY),
				background: parseHex(frameContent.background),
				file: cachedFile(preview, cacheDir, base),
			};
		});
		await drawOnWorker(
			{
				modules: { takumi: loadLater.resolve('@takumi-rs/core') },
				fonts: previewFonts(missing.map((preview) => previewText(preview.content)).join('')),
				size: PREVIEW_SIZE,
				titleBox: TITLE_BOX,
				frames: frameLayouts,
				jobs,
			},
			(job) => missing[job],
		);
	}
	return { drawn: missing.length, reused: previews.length - missing.length, seconds: (performance.now() - started) / 1000 };
}

/** What a preview draws of its content: the lines without the characters no font holds. */
function drawnContent(glyphsOnly: (text: string) => string): (content: PreviewContent) => PreviewContent {
	return (content) => ({
		...content,
		title: glyphsOnly(content.title),
		category: glyphsOnly(content.category),
		fair: glyphsOnly(content.fair),
		dates: glyphsOnly(content.dates),
		venue: glyphsOnly(content.venue),
		site: glyphsOnly(content.site),
	});
}

interface WorkerData {
	modules: { takumi: string };
	fonts: PreviewFont[];
	size: typeof PREVIEW_SIZE;
	titleBox: typeof TITLE_BOX;
	/** What every preview of a language shows around its title, drawn once per language. */
	frames: LayoutNode[];
	/**
	 * Each preview: its frame (an index into frames), its title box, the brand colour ([r, g, b])
	 * it is shown on, and the PNG file to write. Layouts are white ink on black (preview-layout.ts).
	 */
	jobs: { frame: number; title: LayoutNode; background: [number, number, number]; file: string }[];
}

/** What the worker says when it stops: every image is drawn, or which one could not be. */
type WorkerReport = { done: true } | { failed?: number; reason: string };

/** Takumi on a thread of its own (features/previews/preview-worker.mjs), beside the pages Astro renders here. */
function drawOnWorker(workerData: WorkerData, previewOf: (job: number) => PreviewFacts | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./preview-worker.mjs', import.meta.url), { workerData });
		let report: WorkerReport | undefined;
		worker.once('message', (message: WorkerReport) => {
			report = message;
		});
		worker.once('error', (error: Error) => {
			reject(new Error(`The link previews could not be drawn: ${error.message}`));
		});
		worker.once('exit', (code) => {
			if (report && 'done' in report) resolve();
			else if (report) reject(previewError(report.failed === undefined ? undefined : previewOf(report.failed), report.reason));
			else reject(new Error(`The link previews could not be drawn: their worker stopped with code ${String(code)}.`));
		});
	});
}

/** A preview that could not be drawn, named by its article's file and title. */
function previewError(preview: PreviewFacts | undefined, message: string): Error {
	// One line: a system error may come with more lines.
	const reason = message.split('\n')[0]!.trim();
	if (!preview) return new Error(`The link previews could not be drawn: ${reason}`);
	return new Error(
		`${preview.article ?? 'An article'}: title ${show(preview.content.title)} could not be drawn in its link preview (${reason}); expected a headline of letters, digits and punctuation, or a cover picture instead of a drawn preview`,
	);
}

/** Copy the drawn previews into the build. */
export function copyPreviews(previews: readonly PreviewFacts[], outDir: URL, cacheDir: URL, base: string): void {
	for (const preview of previews) {
		const target = join(fileURLToPath(outDir), outputPathOf(preview.path, base));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cachedFile(preview, cacheDir, base), target);
	}
}

// A file's name changes with PREVIEW_VERSION (runtime/article-preview.ts), raised when the drawing changes.
const cacheFolder = (cacheDir: URL) => join(fileURLToPath(cacheDir), 'pavilion-previews');
const cachedFile = (preview: PreviewFacts, cacheDir: URL, base: string) =>
	join(cacheFolder(cacheDir), outputPathOf(preview.path, base).replace(/^.*\//, ''));
