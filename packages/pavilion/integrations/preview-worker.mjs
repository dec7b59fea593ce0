/**
 * Draws link previews on a thread of their own, so that satori's layout work does not take turns
 * with Astro's page rendering on the main thread. Plain JavaScript: Node loads a worker's file
 * itself, and it does not strip TypeScript types under node_modules, where an installed theme lives.
 *
 * workerData (integrations/previews.ts): the satori and sharp entry files as the theme resolves
 * them, the fonts, the image size, and the jobs: each a satori layout and the PNG file to write.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const load = createRequire(import.meta.url);
const satori = load(workerData.modules.satori).default;
const sharp = load(workerData.modules.sharp);
const { width, height, jobs } = workerData;
// Structured cloning turns the fonts' Buffers into plain Uint8Arrays.
const fonts = workerData.fonts.map((font) => ({
	...font,
	data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

// sharp rasterizes on libuv's threads while satori lays out the next image here.
const rasterizing = new Set();
for (const { layout, file } of jobs) {
	const svg = await satori(layout, { width, height, fonts });
	const job = sharp(Buffer.from(svg))
		// Light compression: 15 ms an image instead of 18, for files 10% larger (68 KB).
		.png({ compressionLevel: 3 })
		.toFile(file)
		.then(() => {
			rasterizing.delete(job);
		});
	rasterizing.add(job);
	if (rasterizing.size >= 2) await Promise.race(rasterizing);
}
await Promise.all(rasterizing);
parentPort.postMessage('done');
