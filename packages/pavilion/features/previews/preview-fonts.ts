import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadLater } from '../../integrations/load-later.ts';

/**
 * Noto Sans SC from npm (@fontsource/noto-sans-sc), as the theme ships it: Fontsource splits each
 * weight into files by Unicode range, as its CSS says, and only the files holding a character the
 * previews of this build draw are read (a few hundred kilobytes, not the 37 MB of a weight). Takumi
 * takes each file with its range, as a browser takes @font-face rules, and looks a glyph up in the
 * file whose range holds it.
 */
export interface FontFile {
	file: string;
	ranges: [number, number][];
}

/** A font file as Takumi registers it (FontDetails of @takumi-rs/core). */
export interface PreviewFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
	unicodeRange: [number, number][];
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

// Controls draw nothing. Spaces are characters like any other: the file whose range holds them is read.
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

/**
 * A filter that takes out of a text the characters no font file's range holds (emoji, most
 * scripts other than Chinese, Latin and Cyrillic): Takumi would draw each as an empty box, where
 * satori drew nothing, and nothing is what a preview shows for them. Whitespace stays, for line
 * breaking to fold. (A few characters are in a file's range without a glyph in it, such as some
 * Arabic letters: those still draw as boxes; telling them apart needs the font's character map.)
 */
export function withGlyphsOnly(files: readonly FontFile[]): (text: string) => string {
	const known = new Map<string, boolean>();
	const held = (char: string) => {
		let answer = known.get(char);
		if (answer === undefined) {
			const code = char.codePointAt(0)!;
			answer = /\s/u.test(char) || files.some(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
			known.set(char, answer);
		}
		return answer;
	};
	return (text) => Array.from(text).filter(held).join('');
}

/** The font files of a weight, from Fontsource's CSS. Both weights split the characters alike. */
export function previewFontFiles(weight: 400 | 700 = 700): FontFile[] {
	const folder = dirname(loadLater.resolve('@fontsource/noto-sans-sc/package.json'));
	return fontFiles(readFileSync(join(folder, `${weight}.css`), 'utf8'));
}

/** One family name for every file: the unicode ranges, not the names, say which file draws a character. */
export const PREVIEW_FONT_FAMILY = 'Pavilion Noto Sans SC';

/** The font files that hold the characters of `text`, in both weights the previews use. */
export function previewFonts(text: string): PreviewFont[] {
	const folder = dirname(loadLater.resolve('@fontsource/noto-sans-sc/package.json'));
	const fonts: PreviewFont[] = [];
	for (const weight of [700, 400] as const) {
		const files = previewFontFiles(weight);
		for (const file of filesFor(text, files).keys()) {
			const unicodeRange = files.find((candidate) => candidate.file === file)!.ranges;
			fonts.push({ name: PREVIEW_FONT_FAMILY, data: readFileSync(join(folder, 'files', file)), weight, style: 'normal', unicodeRange });
		}
	}
	return fonts;
}
