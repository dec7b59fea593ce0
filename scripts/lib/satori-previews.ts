/**
 * The link-preview renderer the theme had before Takumi, kept for `pnpm bench:previews` to
 * measure against: satori lays out an SVG (the frame once per language, then each title box),
 * sharp rasterizes it to an RGB PNG at compression level 3, with Noto Sans SC subset by
 * HarfBuzz (subset-font) to the characters drawn. Layout and settings as in
 * packages/pavilion/features/previews/ up to commit 4adf4b5.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { fontFiles, filesFor } from '../../packages/pavilion/features/previews/preview-fonts.ts';
import type { PreviewContent } from '../../packages/pavilion/utils/site-facts.ts';

interface SatoriNode {
	type: 'div';
	props: { style: Record<string, string | number>; lang?: string; children?: (SatoriNode | string)[] | SatoriNode | string };
}
type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
const load = createRequire(import.meta.url);
// subset-font ships no types.
const subsetFont = load('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'sfnt' }) => Promise<Buffer>;

const div = (style: Record<string, string | number>, children: (SatoriNode | string)[] | string): SatoriNode => ({
	type: 'div',
	props: { style, children },
});
const SIZE = { width: 1200, height: 630 };
const PADDING = { x: 72, y: 64 };
const INNER_WIDTH = SIZE.width - 2 * PADDING.x;
const TOP_BAR = 44;
const BOTTOM_BAR = 38;
const TITLE_BOX = {
	left: PADDING.x,
	top: PADDING.y + TOP_BAR,
	width: INNER_WIDTH,
	height: SIZE.height - 2 * PADDING.y - TOP_BAR - BOTTOM_BAR,
};
const MUTED = 'rgba(255, 255, 255, 0.82)';
const drawable = (text: string) => text.replace(/[\u2009\u200A\u202F]/g, ' ').replace(/\p{Default_Ignorable_Code_Point}/gu, '');

type FrameContent = Omit<PreviewContent, 'title' | 'category'>;

function frame(content: FrameContent, family: string): SatoriNode {
	return {
		type: 'div',
		props: {
			lang: content.lang,
			style: {
				width: INNER_WIDTH,
				height: SIZE.height - 2 * PADDING.y,
				display: 'flex',
				flexDirection: 'column',
				padding: `${PADDING.y}px ${PADDING.x}px`,
				background: content.background,
				color: '#ffffff',
				fontFamily: family,
			},
			children: [
				div({ display: 'flex', height: TOP_BAR, fontSize: 30, fontWeight: 700, color: MUTED }, drawable(content.fair)),
				div({ display: 'flex', width: TITLE_BOX.width, height: TITLE_BOX.height }, []),
				div(
					{
						display: 'flex',
						justifyContent: 'space-between',
						width: INNER_WIDTH,
						height: BOTTOM_BAR,
						fontSize: 26,
						fontWeight: 400,
						color: MUTED,
					},
					[div({ display: 'flex' }, drawable(`${content.dates} · ${content.venue}`)), div({ display: 'flex' }, drawable(content.site))],
				),
			],
		},
	};
}

function titleBox(content: Pick<PreviewContent, 'lang' | 'category' | 'title'>, family: string): SatoriNode {
	return {
		type: 'div',
		props: {
			lang: content.lang,
			style: {
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'center',
				width: TITLE_BOX.width,
				height: TITLE_BOX.height,
				fontFamily: family,
				color: '#ffffff',
			},
			children: [
				div({ display: 'flex', fontSize: 26, fontWeight: 400, color: MUTED, marginBottom: 16 }, drawable(content.category)),
				div(
					{
						display: 'block',
						width: TITLE_BOX.width,
						fontSize: 60,
						fontWeight: 700,
						lineHeight: 1.3,
						lineClamp: 3,
						wordBreak: 'break-word',
					},
					drawable(content.title),
				),
			],
		},
	};
}

function mapsCharacters(sfnt: Buffer): boolean {
	const tables = sfnt.readUInt16BE(4);
	for (let record = 12; record < 12 + tables * 16; record += 16) {
		if (sfnt.toString('latin1', record, record + 4) !== 'cmap') continue;
		return sfnt.readUInt16BE(sfnt.readUInt32BE(record + 8) + 2) > 0;
	}
	return false;
}

/** Noto Sans SC cut down to `text`: one family a range file, as the theme did. */
export async function satoriFonts(text: string): Promise<{ fonts: SatoriFont[]; family: string }> {
	const folder = dirname(
		createRequire(new URL('../../packages/pavilion/package.json', import.meta.url)).resolve('@fontsource/noto-sans-sc/package.json'),
	);
	const fonts: SatoriFont[] = [];
	const names = new Map<string, string>();
	for (const weight of [700, 400] as const) {
		const files = fontFiles(readFileSync(join(folder, `${weight}.css`), 'utf8'));
		for (const [file, chars] of filesFor(text, files)) {
			const range = file.replace(/-\d+-normal\.woff$/, '');
			const name = names.get(range) ?? `pv${String(names.size)}`;
			names.set(range, name);
			const data = await subsetFont(readFileSync(join(folder, 'files', file)), chars, { targetFormat: 'sfnt' });
			if (mapsCharacters(data)) fonts.push({ name, data, weight, style: 'normal' });
		}
	}
	return { fonts, family: [...names.values()].join(', ') };
}

/** Draws previews as the theme did: one frame SVG per language, the title box laid out per preview. */
export function satoriRenderer(fonts: SatoriFont[], family: string) {
	const frames = new Map<string, Promise<string>>();
	return async (content: PreviewContent): Promise<Buffer> => {
		const { title, category, ...frameContent } = content;
		const key = JSON.stringify(frameContent);
		let opening = frames.get(key);
		if (!opening) {
			opening = satori(frame(frameContent, family) as never, { ...SIZE, fonts }).then((svg) => svg.slice(0, svg.lastIndexOf('</svg>')));
			frames.set(key, opening);
		}
		const box = await satori(titleBox({ lang: content.lang, title, category }, family) as never, {
			width: TITLE_BOX.width,
			height: TITLE_BOX.height,
			fonts,
		});
		const shapes = box.slice(box.indexOf('>') + 1, box.lastIndexOf('</svg>')).replaceAll('satori_', 'title_satori_');
		const svg = `${await opening}<g transform="translate(${TITLE_BOX.left} ${TITLE_BOX.top})">${shapes}</g></svg>`;
		return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
	};
}
