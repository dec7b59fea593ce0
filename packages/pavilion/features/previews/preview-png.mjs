/**
 * A link preview as a palette PNG: one byte a pixel instead of three, which deflate packs into a
 * third of the bytes (features/previews/preview-worker.mjs draws, this encodes). Plain JavaScript,
 * as the worker that loads it.
 *
 * The preview is drawn as white ink on black (features/previews/preview-layout.ts), so each
 * pixel's red channel is how much white it holds, 0 to 255. Drawn on the brand colour it would be
 * brand + (white - brand) × amount; the palette holds those 256 colours, and the pixel's amount is
 * its index. No colour is guessed (no quantizer): the same pixels always give the same bytes.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Indexed colour, 8 bits an index. */
const INDEXED = 3;
/**
 * Run-length deflate: the rows are long runs of one index (the background, the stems of glyphs),
 * and it packed the previews nearly as small as deflate level 6 in a fifth of the time (BENCHMARKS.md).
 */
const DEFLATE = { level: 6, strategy: constants.Z_RLE };

function chunk(type, data) {
	const bytes = Buffer.alloc(12 + data.length);
	bytes.writeUInt32BE(data.length, 0);
	bytes.write(type, 4, 'latin1');
	bytes.set(data, 8);
	bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
	return bytes;
}

/** The 256 colours from the brand colour ([r, g, b]) to white. */
export function inkPalette(background) {
	const palette = Buffer.alloc(256 * 3);
	for (let amount = 0; amount < 256; amount++)
		for (let channel = 0; channel < 3; channel++)
			palette[amount * 3 + channel] = Math.round(background[channel] + ((255 - background[channel]) * amount) / 255);
	return palette;
}

/**
 * The rows PNG compresses, from RGBA pixels of white ink on black: each row its filter byte
 * (0, none), then one index a pixel, its red channel.
 */
export function inkRows(rgba, width, height) {
	const rows = new Uint8Array((width + 1) * height);
	let at = 0;
	for (let y = 0; y < height; y++) {
		rows[at++] = 0;
		for (let pixel = y * width * 4, end = pixel + width * 4; pixel < end; pixel += 4) rows[at++] = rgba[pixel];
	}
	return rows;
}

/**
 * A frame's rows (inkRows of the whole image) with a box drawn on its own (RGBA, box.width ×
 * box.height) put in at box.left, box.top: a new array, the frame's rows left as they were.
 */
export function withBox(frameRows, width, rgba, box) {
	const rows = frameRows.slice();
	for (let y = 0; y < box.height; y++) {
		let at = (box.top + y) * (width + 1) + 1 + box.left;
		for (let pixel = y * box.width * 4, end = pixel + box.width * 4; pixel < end; pixel += 4) rows[at++] = rgba[pixel];
	}
	return rows;
}

/** PNG bytes of the rows (inkRows, withBox) of a width × height image, with the given palette. */
export function palettePng(rows, width, height, palette) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = INDEXED;
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('PLTE', palette),
		chunk('IDAT', deflateSync(rows, DEFLATE)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
