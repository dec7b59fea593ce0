import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatterSource } from './front-matter.ts';
import { schema } from './test-utils.ts';

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
});
