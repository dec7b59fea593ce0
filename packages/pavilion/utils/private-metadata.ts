/**
 * Pictures without what a camera, a phone or an editing program wrote about them: EXIF (GPS
 * position, camera serial number, maker notes), XMP and IPTC (photographer, copyright holder,
 * captions), comments and embedded thumbnails. The pixels are not decoded and encoded again: the
 * container is read and only the parts that draw the picture are copied, byte for byte, so a press
 * photo loses nothing a journalist needs. What is kept is an allow-list per format; a part not on
 * it is dropped.
 *
 * `undefined` means the bytes are not a JPEG, PNG or WebP file this can read to its end: the
 * caller must not serve them as cleaned.
 */
export type MetadataFormat = 'jpeg' | 'png' | 'webp';

export interface CleanPicture {
	format: MetadataFormat;
	bytes: Uint8Array<ArrayBuffer>;
}

export function withoutPrivateMetadata(bytes: Uint8Array): CleanPicture | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return picture('jpeg', cleanJpeg(bytes));
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return picture('png', cleanPng(bytes));
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return picture('webp', cleanWebp(bytes));
	return undefined;
}

const picture = (format: MetadataFormat, bytes: Uint8Array<ArrayBuffer> | undefined): CleanPicture | undefined =>
	bytes && { format, bytes };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(start, start + length));
}

const u16be = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32be = (bytes: Uint8Array, at: number) =>
	((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
const u32le = (bytes: Uint8Array, at: number) =>
	((bytes[at + 3]! << 24) | (bytes[at + 2]! << 16) | (bytes[at + 1]! << 8) | bytes[at]!) >>> 0;

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

// JPEG: markers, each but the standalone ones followed by a two-byte length.
const SOS = 0xda;
const EOI = 0xd9;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;

/** A JPEG's segments up to its end marker: tables, frame and scans, JFIF, the colour profile and Adobe's colour transform. Anything after the end (a phone's second picture) goes too. */
function cleanJpeg(bytes: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
	const parts: Uint8Array[] = [bytes.subarray(0, 2)];
	let at = 2;
	while (at < bytes.length) {
		if (bytes[at] !== 0xff) return undefined;
		while (bytes[at + 1] === 0xff) at++;
		const marker = bytes[at + 1];
		if (marker === undefined) return undefined;
		if (marker === EOI) return concat([...parts, bytes.subarray(at, at + 2)]);
		if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			parts.push(bytes.subarray(at, at + 2));
			at += 2;
			continue;
		}
		if (at + 4 > bytes.length) return undefined;
		const end = at + 2 + u16be(bytes, at + 2);
		if (end > bytes.length) return undefined;
		const segment = bytes.subarray(at, end);
		const kept = keptJpegSegment(marker, segment);
		if (kept) parts.push(kept);
		at = end;
		if (marker === SOS) {
			// Entropy-coded data: a 0xFF in it is followed by 0x00 or a restart marker; anything else is the next marker.
			let scan = at;
			while (
				scan + 1 < bytes.length &&
				!(bytes[scan] === 0xff && bytes[scan + 1] !== 0 && !(bytes[scan + 1]! >= 0xd0 && bytes[scan + 1]! <= 0xd7))
			)
				scan++;
			if (scan + 1 >= bytes.length) return undefined;
			parts.push(bytes.subarray(at, scan));
			at = scan;
		}
	}
	return undefined;
}

function keptJpegSegment(marker: number, segment: Uint8Array): Uint8Array | undefined {
	if (marker === APP0) return segment;
	if (marker === APP2) return ascii(segment, 4, 12) === 'ICC_PROFILE\0' ? segment : undefined;
	if (marker === APP14) return ascii(segment, 4, 5) === 'Adobe' ? segment : undefined;
	// EXIF says which way up the camera was held: that one fact is kept, in an EXIF block of its own.
	if (marker === APP1) return ascii(segment, 4, 6) === 'Exif\0\0' ? orientationOnly(segment.subarray(10)) : undefined;
	// Other application segments (IPTC in APP13, picture info in APP12, …) and comments (0xFE).
	if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe) return undefined;
	return segment;
}

const ORIENTATION_TAG = 0x0112;

/** An APP1 segment holding only the orientation of the EXIF block `tiff`, or nothing when the picture is upright or the block unreadable. */
function orientationOnly(tiff: Uint8Array): Uint8Array | undefined {
	if (tiff.length < 8) return undefined;
	const little = ascii(tiff, 0, 2) === 'II';
	const u16 = (at: number) => (little ? tiff[at]! | (tiff[at + 1]! << 8) : u16be(tiff, at));
	const u32 = (at: number) => (little ? u32le(tiff, at) : u32be(tiff, at));
	const ifd = u32(4);
	if (ifd + 2 > tiff.length) return undefined;
	const count = u16(ifd);
	for (let entry = 0; entry < count; entry++) {
		const at = ifd + 2 + entry * 12;
		if (at + 12 > tiff.length) return undefined;
		if (u16(at) !== ORIENTATION_TAG) continue;
		const orientation = u16(at + 8);
		return orientation >= 2 && orientation <= 8 ? orientationSegment(orientation) : undefined;
	}
	return undefined;
}

function orientationSegment(orientation: number): Uint8Array {
	const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0];
	const body = [...new TextEncoder().encode('Exif\0\0'), ...tiff];
	const length = body.length + 2;
	return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...body]);
}

/** PNG chunks that draw the picture or say how its colours are meant; text (tEXt, zTXt, iTXt: XMP, author, comments), eXIf and tIME are not among them. */
const PNG_CHUNKS = new Set([
	'IHDR',
	'PLTE',
	'IDAT',
	'IEND',
	'tRNS',
	'cHRM',
	'gAMA',
	'iCCP',
	'sBIT',
	'sRGB',
	'cICP',
	'mDCV',
	'cLLI',
	'bKGD',
	'hIST',
	'pHYs',
	'sPLT',
	'acTL',
	'fcTL',
	'fdAT',
]);

function cleanPng(bytes: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
	const parts: Uint8Array[] = [bytes.subarray(0, 8)];
	let at = 8;
	while (at + 12 <= bytes.length) {
		const end = at + 12 + u32be(bytes, at);
		if (end > bytes.length) return undefined;
		const type = ascii(bytes, at + 4, 4);
		if (PNG_CHUNKS.has(type)) parts.push(bytes.subarray(at, end));
		if (type === 'IEND') return concat(parts);
		at = end;
	}
	return undefined;
}

/** WebP chunks that draw the picture, its animation and its colour profile; EXIF and XMP go, and the flags that announce them are cleared. */
const WEBP_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function cleanWebp(bytes: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
	const end = 8 + u32le(bytes, 4);
	if (end > bytes.length || end < 12) return undefined;
	const parts: Uint8Array[] = [];
	let at = 12;
	while (at + 8 <= end) {
		const size = u32le(bytes, at + 4);
		const next = at + 8 + size + (size % 2);
		if (next > end) return undefined;
		const type = ascii(bytes, at, 4);
		if (WEBP_CHUNKS.has(type)) {
			const chunk = bytes.slice(at, next);
			if (type === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~(VP8X_EXIF | VP8X_XMP);
			parts.push(chunk);
		}
		at = next;
	}
	if (at !== end) return undefined;
	const body = concat(parts);
	const header = new Uint8Array(12);
	header.set(bytes.subarray(0, 12));
	const riffSize = body.length + 4;
	header.set([riffSize & 0xff, (riffSize >> 8) & 0xff, (riffSize >> 16) & 0xff, (riffSize >>> 24) & 0xff], 4);
	return concat([header, body]);
}

/** Press-kit files Pavilion cleans, by name: the formats above. */
export const CLEANED_PICTURE = /\.(jpe?g|png|webp)$/i;
/** Pictures that can carry the same metadata in a container Pavilion does not rewrite. */
export const UNCLEANED_PICTURE = /\.(tiff?|heic|heif|avif|gif|dng|jxl)$/i;

/** What the press centre serves of a file: a JPEG, PNG or WebP without private metadata; anything else, or a picture that cannot be read, as it is. */
export function servedPressFile(name: string, bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
	return (CLEANED_PICTURE.test(name) && withoutPrivateMetadata(bytes)?.bytes) || bytes;
}
