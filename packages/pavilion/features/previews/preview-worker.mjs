/**
 * Draws link previews on a thread of their own, beside the pages Astro renders on the main thread.
 * Plain JavaScript: Node loads a worker's file itself, and it does not strip TypeScript types under
 * node_modules, where an installed theme lives.
 *
 * workerData (features/previews/previews.ts): Takumi's entry file as the theme resolves it, the
 * font files with their unicode ranges, the image size and the title box, the frames (what every
 * preview of a language shows around its title), and the jobs: each a frame, a title box layout,
 * the brand colour it is shown on and the PNG file to write. Layouts are white ink on black.
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { inkPalette, inkRows, palettePng, withBox } from './preview-png.mjs';

const { Renderer, setGlyphCacheMaxBytes } = createRequire(import.meta.url)(workerData.modules.takumi);
const { size, titleBox, frames, jobs } = workerData;

// Takumi keeps drawn glyphs in an 8 MiB cache, about a thousand Chinese characters: with titles
// from 3,000 different characters, 32 MiB drew each title box in 2.5 ms of CPU instead of 3.4.
// Set before the first drawing, when the cache is made.
setGlyphCacheMaxBytes(32 * 1024 * 1024);
const renderer = new Renderer();
for (const font of workerData.fonts) await renderer.registerFont(font);

/** A job that fails is reported by its index, so that the message can name the article it belongs to. */
const failed = (job) => (error) => {
	throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { job });
};

const frameRows = await Promise.all(
	frames.map(async (frame) => inkRows(await renderer.render(frame, { ...size, format: 'raw' }), size.width, size.height)),
);
const palettes = new Map();
const paletteOf = (background) => {
	const key = background.join();
	if (!palettes.has(key)) palettes.set(key, inkPalette(background));
	return palettes.get(key);
};

async function draw(job, index) {
	const box = await renderer.render(job.title, { width: titleBox.width, height: titleBox.height, format: 'raw' }).catch(failed(index));
	const rows = withBox(frameRows[job.frame], size.width, box, titleBox);
	await writeFile(job.file, palettePng(rows, size.width, size.height, paletteOf(job.background))).catch(failed(index));
}

// Takumi draws on libuv's threads: one title box is drawn there while the last one is encoded here.
const drawing = new Set();
try {
	for (const [index, job] of jobs.entries()) {
		const one = draw(job, index).then(() => {
			drawing.delete(one);
		});
		drawing.add(one);
		if (drawing.size >= 2) await Promise.race(drawing);
	}
	await Promise.all(drawing);
	parentPort.postMessage({ done: true });
} catch (error) {
	// The first failure is the one reported; images still being drawn may fail too, unheard.
	for (const one of drawing) one.catch(() => {});
	parentPort.postMessage({ failed: typeof error.job === 'number' ? error.job : undefined, reason: error.message });
}
