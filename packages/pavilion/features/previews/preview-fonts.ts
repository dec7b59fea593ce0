import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadLater } from '../../integrations/load-later.ts';

/**
 * Noto Sans SC from npm (@fontsource/noto-sans-sc), cut down to the characters the previews of
 * this build use. Fontsource splits each weight into files by Unicode range, as its CSS says;
 * only the files holding a needed character are read, and each is subset with HarfBuzz
 * (subset-font) to exactly those characters, so the renderer parses kilobytes, not megabytes.
 */
export interface FontFile {
	file: string;
	ranges: [number, number][];
}

export interface PreviewFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/** The files of one weight and the code points each holds, from Fontsource's CSS. */
export function fontFiles(css: string): FontFile[] {
	const files: FontFile[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (!file || !range) continue;
		const ranges = range.split(',').map((part): [number, number] => {
			const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
			return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
		});
		files.push({ file, ranges });
	}
	return files;
}

// Controls draw nothing. Spaces must be in the cut-down font: satori sets a character the fonts lack a whole em
// wide, so a title's every space was a wide gap while spaces were left out. (A file that claims a space and has no
// glyph for it, as some claim U+2009, gives a font without characters, which previewFonts leaves out.)
const NO_GLYPH = /\p{C}/u;

/** Which file holds each character; characters no file holds are left out (the renderer draws nothing for them). */
export function filesFor(text: string, files: readonly FontFile[]): Map<string, string> {
	const byFile = new Map<string, string>();
	for (const char of new Set(text)) {
		if (NO_GLYPH.test(char)) continue;
		const code = char.codePointAt(0)!;
		const holder = files.find(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
		if (holder) byFile.set(holder.file, (byFile.get(holder.file) ?? '') + char);
	}
	return byFile;
}

export interface PreviewFonts {
	fonts: PreviewFont[];
	/** The CSS font-family list naming every file, in order: satori looks a glyph up through it. */
	family: string;
}

/**
 * Each file is its own family (pv0, pv1, …): satori falls back from family to family for a missing
 * glyph, but takes only one font of a family per weight.
 */
/**
 * Whether a font maps any character: a subset of a file that claims a character in its range but
 * has no glyph for it has an empty character map, which the renderer refuses outright.
 */
export function mapsCharacters(sfnt: Buffer): boolean {
	const tables = sfnt.readUInt16BE(4);
	for (let record = 12; record < 12 + tables * 16; record += 16) {
		if (sfnt.toString('latin1', record, record + 4) !== 'cmap') continue;
		const offset = sfnt.readUInt32BE(record + 8);
		return sfnt.readUInt16BE(offset + 2) > 0;
	}
	return false;
}

export async function previewFonts(text: string): Promise<PreviewFonts> {
	const subsetFont = loadLater('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'sfnt' }) => Promise<Buffer>;
	const folder = dirname(loadLater.resolve('@fontsource/noto-sans-sc/package.json'));
	const fonts: PreviewFont[] = [];
	const names = new Map<string, string>();
	for (const weight of [700, 400] as const) {
		const files = fontFiles(readFileSync(join(folder, `${weight}.css`), 'utf8'));
		for (const [file, chars] of filesFor(text, files)) {
			// The same range in both weights shares a family name, so font-weight picks between them.
			const range = file.replace(/-\d+-normal\.woff$/, '');
			const name = names.get(range) ?? `pv${String(names.size)}`;
			names.set(range, name);
			const data = await subsetFont(readFileSync(join(folder, 'files', file)), chars, { targetFormat: 'sfnt' });
			if (mapsCharacters(data)) fonts.push({ name, data, weight, style: 'normal' });
		}
	}
	return { fonts, family: [...names.values()].join(', ') };
}
