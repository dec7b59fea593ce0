import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import options from './fixtures/basic/options.mjs';
import { buildFailure, copyFixture, writeFile } from './test-utils.ts';

/**
 * Each mistake an organizer's staff can make stops the build with one message naming the file,
 * the field, the value given and what is expected. Each case builds its own copy of the fixture.
 */
// Copies stay in the git-ignored __tests__/.tmp/ (each run starts them afresh): a failed Astro
// build may still be writing its data store when the test ends, and deleting under it fails.
const copies: string[] = [];

async function failureWith(name: string, change: (root: string) => void): Promise<string> {
	const root = copyFixture('basic', `bad-${name}`);
	copies.push(root);
	change(root);
	return buildFailure(root);
}

const article = (frontmatter: string, body = '正文。') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
const withOptions = (root: string, changed: Record<string, unknown>) =>
	writeFile(root, 'options.mjs', `export default ${JSON.stringify({ ...options, ...changed }, null, 2)};\n`);

describe('bad front matter stops the build with a message an editor can act on', () => {
	it('missing title', async () => {
		const message = await failureWith('missing-title', (root) =>
			writeFile(root, 'site/articles/zh/no-title.md', article('date: 2026-09-01')),
		);
		expect(message).toContain('site/articles/zh/no-title.md: title is missing; expected the headline as text');
	});

	it('unparsable date', async () => {
		const message = await failureWith('bad-date', (root) =>
			writeFile(root, 'site/articles/zh/bad-date.md', article('title: 日期错误\ndate: 2026年9月1日')),
		);
		expect(message).toContain(
			'site/articles/zh/bad-date.md: date "2026年9月1日" was given; expected a date written YYYY-MM-DD, such as 2026-09-15',
		);
	});

	it('unknown category', async () => {
		const message = await failureWith('bad-category', (root) =>
			writeFile(root, 'site/articles/en/typo.md', article('title: Typo\ndate: 2026-09-01\ncategory: nwes')),
		);
		expect(message).toContain('site/articles/en/typo.md: category "nwes" was given; expected one of news, press, industry, exhibitors');
	});

	it('missing cover file', async () => {
		const message = await failureWith('missing-cover', (root) =>
			writeFile(
				root,
				'site/articles/zh/no-cover.md',
				article('title: 封面缺失\ndate: 2026-09-01\ncover: ../../images/nowhere.jpg\ncoverAlt: 一张图'),
			),
		);
		expect(message).toContain(
			'site/articles/zh/no-cover.md: cover "../../images/nowhere.jpg" was given, but there is no file at site/images/nowhere.jpg; expected the path of an image relative to the article',
		);
	});

	it('cover without coverAlt', async () => {
		const message = await failureWith('cover-no-alt', (root) =>
			writeFile(root, 'site/articles/zh/no-alt.md', article('title: 无替代文本\ndate: 2026-09-01\ncover: ../../images/cover.jpg')),
		);
		expect(message).toContain(
			'site/articles/zh/no-alt.md: coverAlt is missing; an article with a cover needs coverAlt, a short description of the picture',
		);
	});

	it('two articles with one slug in one locale', async () => {
		const message = await failureWith('duplicate-slug', (root) =>
			writeFile(root, 'site/articles/zh/2026/copy.md', article('title: 复制的文章\ndate: 2026-09-01\nslug: expo-opens')),
		);
		expect(message).toContain(
			'site/articles/zh/2026/copy.md: slug "expo-opens" is already the slug of site/articles/zh/expo-opens.md in locale "zh"',
		);
	});

	it('an article folder for an undeclared locale', async () => {
		const message = await failureWith('undeclared-locale', (root) =>
			writeFile(root, 'site/articles/ja/konnichiwa.md', article('title: こんにちは\ndate: 2026-09-01')),
		);
		expect(message).toContain(
			'site/articles/ja/konnichiwa.md: locale folder "ja" is not a configured locale; expected the article under one of site/articles/zh/, site/articles/en/',
		);
	});
});

describe('bad options stop the build naming the option, the value and what is expected', () => {
	it('an option of the wrong type', async () => {
		const message = await failureWith('wrong-type', (root) => withOptions(root, { pageSize: 'twelve' }));
		expect(message).toContain('Invalid pavilion() options in astro.config.mjs');
		expect(message).toContain('pageSize: "twelve" was given; expected a number');
	});

	it('an unknown time zone', async () => {
		const message = await failureWith('bad-timezone', (root) => withOptions(root, { expo: { ...options.expo, timezone: 'Asia/Qingtan' } }));
		expect(message).toContain('expo.timezone: "Asia/Qingtan" was given; expected an IANA time zone name such as "Asia/Shanghai"');
	});

	it('an end date before the start date', async () => {
		const message = await failureWith('end-before-start', (root) =>
			withOptions(root, { expo: { ...options.expo, endDate: '2027-04-20' } }),
		);
		expect(message).toContain(
			'expo.endDate: "2027-04-20" is before startDate "2027-04-21"; expected the last day of the fair, on or after its first day',
		);
	});

	it('a logo file that does not exist', async () => {
		const message = await failureWith('missing-logo', (root) => withOptions(root, { logo: 'site/images/missing-logo.svg' }));
		expect(message).toMatch(/logo: "site\/images\/missing-logo\.svg" was given, but there is no file at .*missing-logo\.svg/);
	});
});

// Keep the real fixture untouched by accident: every case above works on a copy.
it('works on copies only', () => {
	expect(copies.every((dir) => dir.includes(join('__tests__', '.tmp')))).toBe(true);
});
