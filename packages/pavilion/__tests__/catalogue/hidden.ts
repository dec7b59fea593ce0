import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect } from 'vitest';
import { article, metaOf, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import fixtureOptions from '../fixtures/basic/options.mjs';
import { formatFileSize } from '../../utils/file-types.ts';
import { indexedPages, jsonLdOf, withOptions, writeFile, type BuiltSite } from '../test-utils.ts';

/** What the author hid: comments, originals, metadata, and code in an article. */
export const REFUSED: RefusedCase[] = [
	{
		name: 'an MDX article when the mdx option is false',
		why: 'MDX is code that runs on the build machine: it can import any file there or call the operating system. A site that takes articles from others turns it off, and an .mdx file stops the build before anything compiles it.',
		area: 'Articles',
		// The fixture holds site/articles/zh/robot-launch.mdx.
		setup: (root) => withOptions(root, { mdx: false }),
		message: [
			'site/articles/zh/robot-launch.mdx: file type ".mdx" was given; expected a Markdown (.md) article, since the mdx option is false: MDX runs code when the site is built',
		],
	},
];

/** Who took a picture and where: written into the test pictures, looked for in everything that ships. */
const PHOTOGRAPHER = 'Photographer Lin Xiaoyu';
const cameraMetadata = {
	IFD0: { Artist: PHOTOGRAPHER, Copyright: PHOTOGRAPHER, ImageDescription: 'HIDDEN-CAPTION' },
	IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 4/1 5678/100' },
};
const xmpPacket = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PHOTOGRAPHER}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

/** A phone photo: EXIF with GPS and the photographer's name, XMP with the name again. */
async function phonePhoto(root: string, path: string, width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<void> {
	mkdirSync(join(root, path, '..'), { recursive: true });
	const image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 } } })
		.withExif(cameraMetadata)
		.withXmp(xmpPacket);
	await (format === 'png' ? image.png() : image.jpeg()).toFile(join(root, path));
	const written = await sharp(join(root, path)).metadata();
	// The test is only worth something if the picture really carries what must not ship.
	expect(written.xmp?.toString()).toContain(PHOTOGRAPHER);
}

const RASTER = /\.(jpe?g|png|webp|avif|gif)$/i;
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** No file of the site holds the photographer's name, and no picture of it any EXIF or XMP. */
async function expectNoCameraMetadata(site: BuiltSite): Promise<void> {
	for (const file of site.files()) {
		const bytes = readFileSync(join(site.outDir, file));
		expect(bytes.includes(PHOTOGRAPHER), file).toBe(false);
		expect(bytes.includes('HIDDEN-CAPTION'), file).toBe(false);
		if (!RASTER.test(file)) continue;
		const { exif, xmp } = await sharp(bytes).metadata();
		expect({ file, exif, xmp }).toEqual({ file, exif: undefined, xmp: undefined });
	}
}

const COMMENT = '<!-- TODO 核实展商数量 HIDDENNOTE，别发布 -->';

export const HANDLED: HandledCase[] = [
	{
		name: 'an HTML comment in a body reaches no summary, description, feed, card or search record',
		why: 'Press staff leave notes to each other in HTML comments, which readers never see, and neither do link previews, feeds or search.',
		area: 'Article bodies',
		setup: (root) => {
			writeFile(
				root,
				'site/articles/zh/noted.md',
				article(
					'title: 有备注的稿件\ndate: 2026-09-20',
					`${COMMENT}\n\n开幕式<!-- 内部：HIDDENNOTE -->今天上午举行。\n\n<!-- HIDDENNOTE 未写完的结尾`,
				),
			);
		},
		check: (site) => {
			const path = '/news/noted/';
			const page = site.page(path);
			const descriptions = [
				page.querySelector('meta[name="description"]')?.getAttribute('content'),
				metaOf(site, path, 'og:description'),
				jsonLdOf(page).find((object) => object['@type'] === 'NewsArticle')?.['description'],
			];
			expect(descriptions).toEqual(Array(3).fill('开幕式今天上午举行。'));
			const feedItem = site
				.text('/rss.xml')
				.split('<item>')
				.slice(1)
				.find((item) => item.includes('有备注的稿件'))!;
			expect(feedItem).toContain('<description>开幕式今天上午举行。</description>');
			const cards = [site.page('/'), site.page('/news/')].flatMap((list) =>
				list.querySelectorAll('.summary').map((summary) => summary.text),
			);
			expect(cards).toContain('开幕式今天上午举行。');
			const record = indexedPages(site).find((indexed) => indexed.url === path)!;
			expect(record.content).toContain('开幕式今天上午举行。');
			for (const text of [...cards, JSON.stringify(record), site.text('/rss.xml'), ...descriptions.map(String)])
				expect(text).not.toMatch(/HIDDENNOTE|TODO|<!--/);
		},
	},
	{
		name: 'pictures ship without their untouched originals, GPS positions or names',
		why: 'A cover’s original was copied next to its variants, its address guessable from the link-preview file: a 7,000-pixel phone photo with the GPS position of where it was taken and the photographer’s name. Only the resized files ship, without EXIF or XMP; a logo that is a picture is linked as an icon drawn from it, not as itself.',
		area: 'Images',
		setup: async (root) => {
			await phonePhoto(root, 'site/images/phone-cover.jpg', 7000, 3938);
			await phonePhoto(root, 'site/images/phone-body.jpg', 1600, 900);
			await phonePhoto(root, 'site/images/phone-mdx.jpg', 1500, 900);
			await phonePhoto(root, 'site/images/phone-social.jpg', 1600, 840);
			await phonePhoto(root, 'site/images/phone-logo.png', 240, 240, 'png');
			withOptions(root, { logo: 'site/images/phone-logo.png', socialImage: 'site/images/phone-social.jpg' });
			writeFile(
				root,
				'site/articles/zh/phone-photos.md',
				article(
					'title: 手机拍的照片\ndate: 2026-09-07\ncover: ../../images/phone-cover.jpg\ncoverAlt: 展馆外景',
					'![展馆内景](../../images/phone-body.jpg)\n\n正文。\n',
				),
			);
			writeFile(
				root,
				'site/articles/zh/phone-photos-mdx.mdx',
				article('title: MDX 里的手机照片\ndate: 2026-09-08', '![展馆内景](../../images/phone-mdx.jpg)\n\n正文。\n'),
			);
		},
		check: async (site) => {
			await expectNoCameraMetadata(site);
			const root = join(site.outDir, '..');
			const sources = ['phone-cover.jpg', 'phone-body.jpg', 'phone-mdx.jpg', 'phone-social.jpg', 'phone-logo.png'].map((name) =>
				readFileSync(join(root, 'site/images', name)),
			);
			const sourceDigests = new Set(sources.map(digest));
			for (const file of site.files().filter((name) => RASTER.test(name))) {
				const bytes = readFileSync(join(site.outDir, file));
				expect(sourceDigests.has(digest(bytes)), `${file} is an original`).toBe(false);
				const { width } = await sharp(bytes).metadata();
				expect(width, file).toBeLessThanOrEqual(2 * 1200);
			}
			expect(site.page('/').querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/icons/logo-192.png');
			// The cover is still shown, in its sizes.
			expect(site.page('/news/phone-photos/').querySelector('img.cover')?.getAttribute('srcset')).toContain('1200w');
		},
	},
	{
		name: 'a press photo ships without its GPS position and photographer',
		why: 'Journalists download press photos whole; the camera’s GPS position and the photographer’s name came with them. JPEG, PNG and WebP files lose their EXIF, XMP, IPTC and comments, byte for byte otherwise (the pixels are not encoded again; the colour profile and the orientation stay).',
		area: 'Files',
		setup: async (root) => {
			await phonePhoto(root, 'site/press/downloads/opening-ceremony.jpg', 1200, 800);
			await phonePhoto(root, 'site/press/downloads/hall-plan.png', 300, 200, 'png');
			writeFile(root, 'site/press/downloads/fact-sheet.pdf', '%PDF-1.4\n%%EOF\n');
			withOptions(root, { ...fixtureOptions, press: { releases: 'press' } });
		},
		check: async (site) => {
			await expectNoCameraMetadata(site);
			const root = join(site.outDir, '..');
			for (const name of ['opening-ceremony.jpg', 'hall-plan.png']) {
				const served = readFileSync(join(site.outDir, 'press/downloads', name));
				const original = readFileSync(join(root, 'site/press/downloads', name));
				expect(served.length, name).toBeLessThan(original.length);
				// Byte for byte the same picture.
				expect(await sharp(served).raw().toBuffer()).toEqual(await sharp(original).raw().toBuffer());
				// The press page lists the size of the file as served.
				expect(site.page('/press/').text).toContain(formatFileSize(served.length, 'zh-CN'));
			}
			expect(site.text('/press/downloads/fact-sheet.pdf')).toBe('%PDF-1.4\n%%EOF\n');
		},
	},
];
