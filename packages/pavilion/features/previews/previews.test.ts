import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { titleBoxInk } from '../../__tests__/preview-ink.ts';
import type { PreviewFacts } from '../../utils/site-facts.ts';
import { Renderer } from '@takumi-rs/core';
import { PREVIEW_FONT_FAMILY, filesFor, fontFiles, previewFonts } from './preview-fonts.ts';
import { PREVIEW_SIZE, previewLayout, previewText } from './preview-layout.ts';
import { copyPreviews, drawPreviews, type PreviewSummary } from './previews.ts';

/** What the build does in two steps (post-build.ts): draw what is missing, then copy into the output. */
async function writePreviews(previews: PreviewFacts[], outDir: URL, cacheDir: URL, base: string): Promise<PreviewSummary> {
	const summary = await drawPreviews(previews, cacheDir, base);
	copyPreviews(previews, outDir, cacheDir, base);
	return summary;
}

const folders: string[] = [];
const folder = () => {
	const made = mkdtempSync(join(tmpdir(), 'pavilion-previews-'));
	folders.push(made);
	return pathToFileURL(`${made}/`);
};
afterAll(() => {
	for (const made of folders) rmSync(made, { recursive: true, force: true });
});

const preview: PreviewFacts = {
	path: '/previews/abcdefghijklmnop.png',
	content: {
		lang: 'zh-CN',
		title: '第七届青潭智博会展商报名正式启动：<b>八个展馆</b> & “早鸟价”',
		category: '展会新闻',
		fair: '第七届青潭国际智能装备博览会',
		dates: '2027年4月21日至24日',
		venue: '青潭国际会展中心',
		site: 'QTSE 2027',
		background: '#0f5c6e',
	},
};

describe('link-preview images', () => {
	it('are 1200×630 PNGs, the same bytes every time, drawn once and then taken from the cache', async () => {
		const [outA, outB, cache] = [folder(), folder(), folder()];
		const first = await writePreviews([preview], outA, cache, '/');
		const second = await writePreviews([preview], outB, cache, '/');
		expect([first.drawn, first.reused, second.drawn, second.reused]).toEqual([1, 0, 0, 1]);
		const fileA = new URL('previews/abcdefghijklmnop.png', outA);
		const { width, height, format } = await sharp(fileA.pathname).metadata();
		expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
		// Drawn again from nothing, in a fresh cache: byte for byte the same.
		const outC = folder();
		await writePreviews([preview], outC, folder(), '/');
		expect(readFileSync(new URL('previews/abcdefghijklmnop.png', outC)).equals(readFileSync(fileA))).toBe(true);
	});

	it('are palette PNGs under 25 KB for a headline of a line or two', async () => {
		const out = folder();
		await writePreviews([preview], out, folder(), '/');
		const file = new URL('previews/abcdefghijklmnop.png', out).pathname;
		expect((await sharp(file).metadata()).isPalette).toBe(true);
		expect(readFileSync(file).length).toBeLessThan(25 * 1024);
	});

	it('look as the whole layout drawn white on the brand colour would, although the frame is drawn once per language', async () => {
		const content = { ...preview.content, title: '展会第一天：机器人展区迎来大批专业观众，新品发布与签约活动同步举行，现场气氛热烈' };
		const out = folder();
		await writePreviews([{ path: '/previews/whole.png', content }], out, folder(), '/');
		const file = new URL('previews/whole.png', out).pathname;
		const drawn = await sharp(file).ensureAlpha().raw().toBuffer();
		// The same layout drawn by Takumi straight onto the brand colour.
		const layout = previewLayout(content, PREVIEW_FONT_FAMILY);
		const onBrand = { ...layout, style: { ...layout.style, backgroundColor: content.background } };
		const renderer = new Renderer();
		for (const font of previewFonts(previewText(content))) await renderer.registerFont(font);
		const whole = await renderer.render(onBrand, { ...PREVIEW_SIZE, format: 'raw' });
		expect(drawn.length).toBe(whole.length);
		let differing = 0;
		for (let i = 0; i < whole.length; i++) if (Math.abs(drawn[i]! - whole[i]!) > 8) differing++;
		expect(differing).toBe(0);
	});

	it('draw the title with Chinese glyphs, not blanks: a longer title covers more of the image', async () => {
		const ink = async (title: string) => {
			const out = folder();
			await writePreviews([{ path: '/previews/ink.png', content: { ...preview.content, title } }], out, folder(), '/');
			const { data } = await sharp(new URL('previews/ink.png', out).pathname).raw().toBuffer({ resolveWithObject: true });
			let white = 0;
			for (let i = 0; i < data.length; i += 3) if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) white++;
			return white;
		};
		expect(await ink('展会新闻标题展会新闻标题展会新闻标题')).toBeGreaterThan((await ink('展')) + 5000);
	});
});

describe('spaces in a preview', () => {
	/** The right edge of the white ink between rows `top` and `bottom`. */
	const inkRight = async (content: PreviewFacts['content'], top: number, bottom: number) => {
		const out = folder();
		await writePreviews([{ path: '/previews/space.png', content }], out, folder(), '/');
		const { data, info } = await sharp(new URL('previews/space.png', out).pathname).raw().toBuffer({ resolveWithObject: true });
		let right = 0;
		for (let y = top; y < bottom; y++)
			for (let x = right; x < info.width; x++) {
				const i = (y * info.width + x) * info.channels;
				if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) right = x;
			}
		return right;
	};
	const english = { ...preview.content, lang: 'en', category: 'News' };

	it('are as wide as the font makes them, not a whole em', async () => {
		// Five spaces at 60 px: a fraction of an em each (about 15 px), where a missing glyph took 60.
		const spaced = await inkRight({ ...english, title: 'ab ab ab ab ab ab' }, 108, 528);
		const unspaced = await inkRight({ ...english, title: 'abababababab' }, 108, 528);
		expect(spaced - unspaced).toBeGreaterThan(5 * 8);
		expect(spaced - unspaced).toBeLessThan(5 * 30);
	});

	it("draw Intl's thin spaces in a date range as plain spaces", async () => {
		const thin = await inkRight({ ...english, dates: 'April 21\u2009–\u200924, 2027', site: '' }, 528, 566);
		const plain = await inkRight({ ...english, dates: 'April 21 – 24, 2027', site: '' }, 528, 566);
		expect(thin).toBe(plain);
	});
});

describe('the preview font', () => {
	const css = `@font-face { src: url(./files/a-700-normal.woff2) format('woff2'), url(./files/a-700-normal.woff) format('woff'); unicode-range: U+4e00-4e10,U+3002; }
@font-face { src: url(./files/latin-700-normal.woff2) format('woff2'), url(./files/latin-700-normal.woff) format('woff'); unicode-range: U+0000-00ff; }`;

	it('reads which file of a weight holds which characters, from Fontsource CSS', () => {
		expect(fontFiles(css)).toEqual([
			{
				file: 'a-700-normal.woff',
				ranges: [
					[0x4e00, 0x4e10],
					[0x3002, 0x3002],
				],
			},
			{ file: 'latin-700-normal.woff', ranges: [[0, 0xff]] },
		]);
	});

	it('takes only the files holding a character of the text, each with its characters', () => {
		expect(filesFor('一丁。A一', fontFiles(css))).toEqual(
			new Map([
				['a-700-normal.woff', '一丁。'],
				['latin-700-normal.woff', 'A'],
			]),
		);
		expect(filesFor('abc', fontFiles(css))).toEqual(new Map([['latin-700-normal.woff', 'abc']]));
	});
});

describe('fonts cut down to a text', () => {
	it('skip spaces, which some range files claim without a glyph, and still draw the text around them', async () => {
		const out = folder();
		// April 21 – 24 with thin spaces (U+2009), as Intl formats some date ranges.
		const summary = await writePreviews(
			[{ path: '/previews/thin.png', content: { ...preview.content, lang: 'en', dates: 'April 21\u2009–\u200924, 2027' } }],
			out,
			folder(),
			'/',
		);
		expect(summary.drawn).toBe(1);
	});
});

describe('characters that draw nothing', () => {
	/** White pixels in the title box, between the fair's name and the dates. */
	const titleInk = async (title: string) => {
		const out = folder();
		// Satori failed on these, depending on the fonts cut for the whole image: with these short lines, it did.
		const content = { ...preview.content, fair: '第七届', dates: '2027年4月21日', venue: '青潭', site: 'QTSE', category: '', title };
		await writePreviews([{ path: '/previews/hidden.png', content }], out, folder(), '/');
		return titleBoxInk(new URL('previews/hidden.png', out).pathname);
	};

	it('are left out, and the title around them is drawn as without them', async () => {
		// Satori shaped each of these alone, HarfBuzz removed it, and the build stopped with "Unexpected end of JSON input".
		const plain = await titleInk('展会新闻 Expo news');
		expect(plain).toBeGreaterThan(5000);
		expect(await titleInk('展会\u200B新闻 Ex\u00ADpo news')).toBe(plain);
		expect(await titleInk('展会新闻\u2060 Expo\u200D news\uFE0F')).toBe(plain);
	});

	it('include characters no font file holds (emoji): they are left out, not drawn as empty boxes', async () => {
		const plain = await titleInk('展会新闻 Expo news');
		expect(await titleInk('展会新闻😀 Expo news🎉')).toBe(plain);
	});

	it('leave a title of soft hyphens alone drawn as an empty title box, not a failed build', async () => {
		expect(await titleInk('\u00AD\u200B')).toBe(0);
	});
});

describe('a preview that cannot be drawn', () => {
	it('stops the build with a message naming its article and title', async () => {
		// A file name longer than file systems allow makes the write fail on the worker, after the layout.
		const failing: PreviewFacts = {
			path: `/previews/${'a'.repeat(300)}.png`,
			content: { ...preview.content, title: '无法绘制' },
			article: 'site/articles/zh/cannot-draw.md',
		};
		await expect(drawPreviews([{ ...preview, path: '/previews/fine.png' }, failing], folder(), '/')).rejects.toThrow(
			/^site\/articles\/zh\/cannot-draw\.md: title "无法绘制" could not be drawn in its link preview \(.+\); expected /,
		);
	});
});
