import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatterReadings, frontMatterSource, misreadFields } from './front-matter.ts';
import { schema } from './test-utils.ts';

/** Astro's own front-matter reader (js-yaml), found through the astro package the theme depends on. */
const astroFrontmatter = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve(
	'@astrojs/internal-helpers/frontmatter',
);
const { parseFrontmatter } = (await import(astroFrontmatter)) as {
	parseFrontmatter: (code: string) => { frontmatter: Record<string, unknown> };
};

const block = (source: string) => /^---\n([\s\S]*?)---\n$/.exec(source)![1]!;

describe('front matter of an imported article', () => {
	it.each([
		'【通知】关于举办智能制造论坛的通知',
		'"协作臂"成主角：机器人展区翻番',
		'- 不是列表',
		'# 不是注释',
		'2027',
		'yes',
		'null',
		'Key: value & more',
		'展会 ‘开幕’ 在即 @青潭',
		'  前后有空格的标题 ',
	])('keeps the title %j exactly', (title) => {
		const source = frontMatterSource(
			{ title, date: '2026-08-12', category: 'news', tags: ['2027', 'true', '机器人'], draft: false },
			'https://old.example.com/a.html',
		);
		const data = parse(block(source)) as Record<string, unknown>;
		expect(data.title).toBe(title);
		expect(data.tags).toEqual(['2027', 'true', '机器人']);
		// The schema trims a title; everything else of it is kept.
		expect(schema.parse(data).title).toBe(title.trim());
	});
	it('records the origin on the first line and writes dates as text with the offset', () => {
		const source = frontMatterSource(
			{
				title: 't',
				date: '2026-08-12T09:30:00+08:00',
				category: 'news',
				tags: [],
				source: { name: '青潭日报', url: undefined, title: '原标题' },
				draft: true,
			},
			'http://www.qingtan.gov.cn/art/2026/8/12/art_1229_45678.html',
		);
		expect(source).toBe(
			'---\n# imported from http://www.qingtan.gov.cn/art/2026/8/12/art_1229_45678.html\ntitle: t\ndate: 2026-08-12T09:30:00+08:00\ncategory: news\nsource:\n  name: 青潭日报\n  title: 原标题\ndraft: true\n---\n',
		);
		expect(schema.parse(parse(block(source))).date.toISOString()).toBe('2026-08-12T01:30:00.000Z');
	});
	it.each(['2026-08-12', 'yes', 'on', 'off', 'No', '123', '0o17', '1_000', '1:20', 'null', '~'])(
		'quotes %j so that Astro (YAML 1.1 dates) reads it back as text',
		(text) => {
			const data = {
				title: text,
				date: '2026-08-12',
				updated: '2026-08-13T10:00:00+08:00',
				category: 'news',
				tags: [text],
				author: text,
				source: { name: text, title: text },
				draft: false,
			};
			const source = frontMatterSource(data, 'https://old.example.com/a.html');
			const { frontmatter } = parseFrontmatter(source);
			expect(frontmatter).toMatchObject({ title: text, tags: [text], author: text, source: { name: text, title: text } });
			for (const { data: read } of frontMatterReadings(source)) {
				expect(misreadFields(data, read)).toEqual([]);
				expect(schema.parse(read).title).toBe(text);
			}
			// The article's own dates stay plain, as in the theme's articles: Astro reads them as dates, at the same instant.
			expect(source).toContain('\ndate: 2026-08-12\nupdated: 2026-08-13T10:00:00+08:00\n');
			expect(schema.parse(frontmatter).updated?.toISOString()).toBe('2026-08-13T02:00:00.000Z');
		},
	);
	it('names the fields a YAML 1.1 reader would not read back as written', () => {
		const data = { title: '2026-08-12', date: '2026-08-12', category: 'news', tags: ['yes'], draft: false };
		const handMade = '---\ntitle: 2026-08-12\ndate: 2026-08-12\ncategory: news\ntags: [yes]\n---\n';
		expect(frontMatterReadings(handMade).map(({ version, data: read }) => [version, misreadFields(data, read)])).toEqual([
			['1.1', ['title', 'tags']],
			['1.2', []],
		]);
	});
});
