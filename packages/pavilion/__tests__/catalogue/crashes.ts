import { join } from 'node:path';
import sharp from 'sharp';
import { expect } from 'vitest';
import { article, metaOf, zh, zhMessage, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import { titleBoxInk } from '../preview-ink.ts';
import { jsonLdOf, writeFile, type BuiltSite } from '../test-utils.ts';

/** Titles, slugs, tags, front matter and dates that used to crash or mislead. */
export const REFUSED: RefusedCase[] = [
	{
		name: 'a title holding a right-to-left override',
		why: 'U+202E shows nothing itself and turns the rest of the headline backwards on screen; it also stopped the link-preview drawing with a JSON error that named no file.',
		area: 'Articles',
		setup: (root) => zh(root, 'reversed.md', 'title: 展会\u202E新闻\ndate: 2026-09-01'),
		message: [
			zhMessage('reversed.md', 'title "展会\\u202e新闻" holds the invisible right-to-left override character U+202E'),
			'at character 3; expected text without control characters',
		],
	},
	{
		name: 'a control character in a tag',
		why: 'A control character shows nothing on screen, and XML may not hold one: the feeds list each article’s tags.',
		area: 'Articles',
		setup: (root) => zh(root, 'bell.md', 'title: 响铃\ndate: 2026-09-01\ntags: ["机器\\x07人"]'),
		message: [
			zhMessage('bell.md', 'tags.0 "机器\\u0007人" holds the control character U+0007'),
			'expected text without control characters',
		],
	},
	{
		name: 'a title of a soft hyphen alone',
		why: 'A soft hyphen is invisible unless a line breaks at it: a headline of nothing else is an empty headline.',
		area: 'Articles',
		setup: (root) => zh(root, 'soft-hyphen.md', 'title: "\\u00AD"\ndate: 2026-09-01'),
		message: [zhMessage('soft-hyphen.md', 'title "\\u00ad" has no visible character'), 'expected the headline as text'],
	},
	{
		name: 'a slug of 300 characters',
		why: 'The slug names a folder of the built site, and file systems refuse names over 255 bytes: the build stopped with ENAMETOOLONG, naming no article.',
		area: 'Articles',
		setup: (root) => zh(root, 'long-slug.md', `title: 长网址\ndate: 2026-09-01\nslug: ${'a'.repeat(300)}`),
		message: [
			zhMessage('long-slug.md', 'slug "aaaa'),
			'is 300 characters (300 bytes) long; expected a slug of at most 255 bytes: 85 Chinese characters or 255 Latin letters and digits',
		],
	},
	{
		name: 'a tag of 88 Chinese characters',
		why: 'Each tag has a page whose URL segment names a folder; 88 Chinese characters are 264 bytes in UTF-8, over the 255 file systems allow, less the suffix that tells two tags with one slug apart.',
		area: 'Articles',
		setup: (root) => zh(root, 'long-tag.md', `title: 长标签\ndate: 2026-09-01\ntags: [${'机'.repeat(88)}]`),
		message: [
			zhMessage('long-tag.md', 'tags.0 "机机机'),
			'is 88 characters (264 bytes) long; expected a tag of at most 248 bytes: 82 Chinese characters',
		],
	},
	{
		name: 'a front matter without its closing line',
		why: 'Without the second ---, Astro reads the whole file as text and no fields, and the build said the title was missing although it was on line 2.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/zh/unclosed.md', '---\ntitle: 未闭合\ndate: 2026-09-01\n\n正文。\n'),
		message: [
			zhMessage('unclosed.md', 'front matter opens with --- on line 1 and is never closed'),
			"expected a line of three dashes (---) after the last field, before the article's text",
		],
	},
	{
		name: 'an updated date after the build',
		why: 'An article cannot have been changed later than it is published: readers and search engines would be told it was modified in 2099.',
		area: 'Articles',
		setup: (root) => zh(root, 'updated-later.md', 'title: 未来更新\ndate: 2024-03-01\nupdated: 2099-01-01'),
		message: [
			zhMessage('updated-later.md', 'updated "2099-01-01" is later than this build'),
			"expected the date of a change already made, at the latest the build's time",
		],
	},
];

/** White pixels in the title box of a drawn link preview (between the fair's name and the dates). */
async function titleInk(site: BuiltSite, page: string): Promise<number> {
	const image = metaOf(site, page, 'og:image');
	expect(image).toMatch(/\/previews\/[^/]+\.png$/);
	const file = join(site.outDir, new URL(image!).pathname);
	const { width, height } = await sharp(file).metadata();
	expect([width, height]).toEqual([1200, 630]);
	return titleBoxInk(file);
}

export const HANDLED: HandledCase[] = [
	{
		name: 'zero-width spaces and soft hyphens in a title are kept, and its link preview is drawn',
		why: 'Both are ordinary in text and only mark where a line may break. The preview drawing failed on them with "Unexpected end of JSON input"; they draw nothing, and the title around them is drawn.',
		area: 'Articles',
		setup: (root) => {
			zh(root, 'hidden-breaks.md', 'title: "展会\\u200B新闻：Ex\\u00ADpo"\ndate: 2026-09-01');
			zh(root, 'plain-breaks.md', 'title: 展会新闻：Expo\ndate: 2026-09-01');
		},
		check: async (site) => {
			expect(site.page('/news/hidden-breaks/').querySelector('h1')?.textContent).toBe('展会\u200B新闻：Ex\u00ADpo');
			const ink = await titleInk(site, '/news/hidden-breaks/');
			expect(ink).toBeGreaterThan(3000);
			expect(ink).toBe(await titleInk(site, '/news/plain-breaks/'));
		},
	},
	{
		name: 'a time with seconds keeps its seconds',
		why: 'date: 2024-03-18T10:30:45 was read as 10:30:00: the article appeared 45 seconds early and said so.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/en/seconds.md', article('title: Seconds\ndate: 2024-03-18T10:30:45')),
		check: (site) => {
			expect(site.page('/en/news/seconds/').querySelector('.article-meta time')?.getAttribute('datetime')).toBe(
				'2024-03-18T10:30:45+08:00',
			);
			expect(jsonLdOf(site.page('/en/news/seconds/'))[0]).toMatchObject({ datePublished: '2024-03-18T10:30:45+08:00' });
			expect(site.text('/en/rss.xml')).toContain('<pubDate>Mon, 18 Mar 2024 02:30:45 GMT</pubDate>');
		},
	},
	{
		name: 'a date of 1900 shows the day written',
		why: 'Until 1901 Shanghai kept local mean time, 8 h 5 min 43 s ahead of UTC; with the offset rounded to minutes, 1900-01-01 showed as 31 December 1899.',
		area: 'Articles',
		setup: (root) => zh(root, 'century.md', 'title: 百年回顾\ndate: 1900-01-01'),
		check: (site) => {
			const time = site.page('/news/century/').querySelector('.article-meta time');
			expect(time?.textContent).toContain('1900年1月1日');
			expect(time?.getAttribute('datetime')).toMatch(/^1900-01-01T00:00/);
		},
	},
];
