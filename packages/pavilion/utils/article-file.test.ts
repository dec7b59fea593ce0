import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readArticleFile, writeArticleFile } from './article-file.ts';

describe('article files in the browser editor', () => {
	it('reads front matter and body, dates as written', () => {
		const data = readArticleFile('---\ntitle: 展会开幕\ndate: 2026-06-16T09:30:00+08:00\ntags: [机器人, 展商报名]\n---\n\n正文第一段。\n');
		expect(data).toEqual({ title: '展会开幕', date: '2026-06-16T09:30:00+08:00', tags: ['机器人', '展商报名'], body: '\n正文第一段。\n' });
	});
	it('reads a source given as a name as the block the editor edits', () => {
		expect(readArticleFile('---\ntitle: x\nsource: 青潭日报\n---\n').source).toEqual({ name: '青潭日报' });
	});
	it('writes what it read, with strings that YAML 1.1 would misread kept as strings', () => {
		const data = { title: '2026-08-12', summary: 'yes', author: 'on', editor: '123', tags: ['null', '~'], draft: false, body: '正文' };
		const file = writeArticleFile(data);
		expect(file.endsWith('---\n正文\n')).toBe(true);
		const frontMatter = file.split('---\n')[1]!;
		expect(parse(frontMatter, { version: '1.1' })).toEqual({ ...data, body: undefined, draft: false });
		expect(readArticleFile(file)).toEqual({ ...data, body: '正文\n' });
	});
	it('writes the fields in the order given, unknown ones after them', () => {
		const file = writeArticleFile({ draft: false, extra: 1, title: 'x', date: '2026-06-16', body: '' }, ['title', 'date', 'draft']);
		expect(file).toBe('---\ntitle: x\ndate: "2026-06-16"\ndraft: false\nextra: 1\n---\n');
	});
	it('keeps quotes, colons and brackets in a title exactly', () => {
		const title = '机器人展区翻番："协作臂"成主角 【专题】 # 1';
		expect(readArticleFile(writeArticleFile({ title, body: '' })).title).toBe(title);
	});
	it('reads a file without front matter as a body', () => {
		expect(readArticleFile('只有正文')).toEqual({ body: '只有正文' });
	});
});
