/**
 * Draws link previews on a thread of their own, so that satori's layout work does not take turns
 * with Astro's page rendering on the main thread. Plain JavaScript: Node loads a worker's file
 * itself, and it does not strip TypeScript types under node_modules, where an installed theme lives.
 *
 * workerData (features/previews/previews.ts): the satori and sharp entry files as the theme resolves
 * them, the fonts, the image size and the title box, the frames (what every preview of a language
 * shows around its title), and the jobs: each a frame, a title box layout and the PNG file to write.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const load = createRequire(import.meta.url);
const satori = load(workerData.modules.satori).default;
const sharp = load(workerData.modules.sharp);
const { size, titleBox, frames, jobs } = workerData;
// Structured cloning turns the fonts' Buffers into plain Uint8Arrays.
const fonts = workerData.fonts.map((font) => ({
	...font,
	data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

/**
 * Satori spent nearly half of each preview laying out the fair's name, dates, venue and site
 * again. They are laid out once per language; each preview lays out only its title box and is
 * drawn as one SVG: the frame's, with the title box's shapes moved into place. Satori names its
 * masks "satori_…" in every layout, so the title box's are renamed to keep the names unique.
 */
const frameOpenings = await Promise.all(
	frames.map(async (frame) => {
		const svg = await satori(frame, { ...size, fonts });
		return svg.slice(0, svg.lastIndexOf('</svg>'));
	}),
);

async function previewSvg({ frame, title }) {
	const box = await satori(title, { width: titleBox.width, height: titleBox.height, fonts });
	const shapes = box.slice(box.indexOf('>') + 1, box.lastIndexOf('</svg>')).replaceAll('satori_', 'title_satori_');
	return `${frameOpenings[frame]}<g transform="translate(${titleBox.left} ${titleBox.top})">${shapes}</g></svg>`;
}

/** A job that fails is reported by its index, so that the message can name the article it belongs to. */
const failed = (job) => (error) => {
	throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { job });
};

// sharp rasterizes on libuv's threads while satori lays out the next image here.
const rasterizing = new Set();
try {
	for (const [index, job] of jobs.entries()) {
		const svg = await previewSvg(job).catch(failed(index));
		const drawing = sharp(Buffer.from(svg))
			// Light compression: 15 ms an image instead of 18, for files 10% larger (68 KB).
			.png({ compressionLevel: 3 })
			.toFile(job.file)
			.catch(failed(index))
			.then(() => {
				rasterizing.delete(drawing);
			});
		rasterizing.add(drawing);
		if (rasterizing.size >= 2) await Promise.race(rasterizing);
	}
	await Promise.all(rasterizing);
	parentPort.postMessage({ done: true });
} catch (error) {
	// The first failure is the one reported; images still being drawn may fail too, unheard.
	for (const drawing of rasterizing) drawing.catch(() => {});
	parentPort.postMessage({ failed: typeof error.job === 'number' ? error.job : undefined, reason: error.message });
}
