/**
 * A link preview as a 16-colour palette PNG: half a byte a pixel before deflate, instead of three
 * (features/previews/preview-worker.mjs draws, this encodes). Plain JavaScript, as the worker that
 * loads it.
 *
 * The preview is drawn as white ink on black (features/previews/preview-layout.ts), so each
 * pixel's red channel is how much white it holds, 0 to 255. Drawn on the brand colour it would be
 * brand + (white - brand) × amount. Sixteen steps of that amount are enough for the edges of
 * letters at 1200×630 (a glyph's antialiased edge is one or two pixels wide), and they cut each file
 * by a fifth against 256 (BENCHMARKS.md, "Link previews"). The palette holds those sixteen
 * colours, and a pixel's step is its index. No colour is guessed (no quantizer): the same pixels
 * always give the same bytes.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Indexed colour, 4 bits an index. */
const INDEXED = 3;
const BIT_DEPTH = 4;
const STEPS = 1 << BIT_DEPTH;
/** The step (0–15) of each amount of ink (0–255), rounded to the nearest. */
const STEP_OF = Uint8Array.from({ length: 256 }, (_, amount) => Math.round((amount * (STEPS - 1)) / 255));
/**
 * Deflate level 3. With two pixels a byte, run-length deflate (which suited one byte a pixel) packs
 * worse than deflate's string matching; on 200 previews (pnpm bench:previews) level 1 gave 18.6 KB,
 * 3 gave 17.6 KB, 4 gave 15.7 KB and 6 gave 15.2 KB a file, while the CPU of a preview rose by
 * about a quarter from 3 to 4 and doubled at 6 (BENCHMARKS.md).
 */
const DEFLATE = { level: 3 };

function chunk(type, data) {
	const bytes = Buffer.alloc(12 + data.length);
	bytes.writeUInt32BE(data.length, 0);
	bytes.write(type, 4, 'latin1');
	bytes.set(data, 8);
	bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
	return bytes;
}

/** The sixteen colours from the brand colour ([r, g, b]) to white. */
export function inkPalette(background) {
	const palette = Buffer.alloc(STEPS * 3);
	for (let step = 0; step < STEPS; step++)
		for (let channel = 0; channel < 3; channel++)
			palette[step * 3 + channel] = Math.round(background[channel] + ((255 - background[channel]) * step) / (STEPS - 1));
	return palette;
}

/** Bytes of one PNG row: the filter byte, then two pixels a byte. */
const rowBytes = (width) => 1 + Math.ceil(width / 2);

/**
 * The rows PNG compresses, from RGBA pixels of white ink on black: each row its filter byte (0,
 * none), then the pixels' steps, two a byte, the first in the high half.
 */
export function inkRows(rgba, width, height) {
	const stride = rowBytes(width);
	const rows = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++)
		for (let x = 0, pixel = y * width * 4; x < width; x++, pixel += 4)
			rows[y * stride + 1 + (x >> 1)] |= STEP_OF[rgba[pixel]] << (x & 1 ? 0 : 4);
	return rows;
}

/**
 * A frame's rows (inkRows of the whole image) with a box drawn on its own (RGBA, box.width ×
 * box.height) put in at box.left, box.top: a new array, the frame's rows left as they were.
 */
export function withBox(frameRows, width, rgba, box) {
	const stride = rowBytes(width);
	const rows = frameRows.slice();
	for (let y = 0; y < box.height; y++) {
		const row = (box.top + y) * stride + 1;
		for (let x = box.left, pixel = y * box.width * 4, end = box.left + box.width; x < end; x++, pixel += 4) {
			const at = row + (x >> 1);
			const step = STEP_OF[rgba[pixel]];
			rows[at] = x & 1 ? (rows[at] & 0xf0) | step : (rows[at] & 0x0f) | (step << 4);
		}
	}
	return rows;
}

/** PNG bytes of the rows (inkRows, withBox) of a width × height image, with the given palette. */
export function palettePng(rows, width, height, palette) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = BIT_DEPTH;
	header[9] = INDEXED;
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('PLTE', palette),
		chunk('IDAT', deflateSync(rows, DEFLATE)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
