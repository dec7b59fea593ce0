/** The picture formats a page may show, known by their first bytes rather than by their file names. */
export type ImageKind = 'PNG' | 'JPEG' | 'WebP' | 'GIF' | 'AVIF' | 'SVG';

export const IMAGE_KINDS = 'PNG, JPEG, WebP, GIF, AVIF or SVG';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * What the bytes of a file are, from their signature: a text file named photo.png is no picture.
 * SVG is text, so it is known by its first element being <svg> (after an XML declaration,
 * comments and a doctype).
 */
export function imageKindOf(bytes: Uint8Array): ImageKind | undefined {
	if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'PNG';
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'WebP';
	if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'GIF';
	if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'AVIF';
	if (isSvgText(bytes)) return 'SVG';
	return undefined;
}

function isSvgText(bytes: Uint8Array): boolean {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096));
	} catch {
		// A cut in the middle of a character at the end of the first 4 KiB is no reason to refuse.
		text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
	}
	const start = text
		.replace(/^\uFEFF/, '')
		.replace(/^\s*<\?xml[^>]*\?>/, '')
		.replace(/^(\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)*/i, '')
		.trimStart();
	return /^<svg[\s>/]/i.test(start) || /^<[a-z][\w.-]*:svg[\s>/]/i.test(start);
}
