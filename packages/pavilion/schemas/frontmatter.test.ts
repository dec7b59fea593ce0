import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { frontmatterSchema, type ImageFunction } from './frontmatter.ts';

const schema = frontmatterSchema({
	image: (() => z.string()) as unknown as ImageFunction,
	categories: ['news', 'press', 'industry', 'exhibitors'],
	timeZone: 'Asia/Shanghai',
});

const issuesOf = (data: Record<string, unknown>) => {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('article front matter', () => {
	it("resolves each article's cover with that article's own image helper, in the field's place", () => {
		// Astro passes every article an image() that resolves paths from the article's folder; the other fields are shared.
		const helperOf = (folder: string) => (() => z.string().transform((path) => `${folder}/${path}`)) as unknown as ImageFunction;
		const options = { categories: ['news', 'press', 'industry', 'exhibitors'], timeZone: 'Asia/Shanghai' };
		const zh = frontmatterSchema({ image: helperOf('zh'), ...options });
		const en = frontmatterSchema({ image: helperOf('en'), ...options });
		const data = { title: '展会开幕', date: '2026-09-15', cover: 'cover.jpg', coverAlt: '展馆' };
		expect(zh.parse(data).cover).toBe('zh/cover.jpg');
		expect(en.parse(data).cover).toBe('en/cover.jpg');
		expect(Object.keys(zh.shape)).toEqual(Object.keys(schema.shape));
		expect(Object.keys(zh.shape).indexOf('cover')).toBe(Object.keys(zh.shape).indexOf('coverAlt') - 1);
	});
	it('fills defaults and reads the date in the fair time zone', () => {
		const data = schema.parse({ title: '展会开幕', date: '2026-09-15' });
		expect(data).toMatchObject({ category: 'news', tags: [], featured: false, draft: false });
		expect(data.date.toISOString()).toBe('2026-09-14T16:00:00.000Z');
	});
	it('says the title is missing', () => {
		expect(issuesOf({ date: '2026-09-15' })).toEqual(['title: is missing; expected the headline as text']);
	});
	it('shows an unparsable date and the form expected', () => {
		expect(issuesOf({ title: 'x', date: 'April 24th' })).toEqual([
			'date: "April 24th" was given; expected a date written YYYY-MM-DD, such as 2026-09-15, or with a time: 2026-09-15T10:30:00+08:00',
		]);
	});
	it('lists the configured categories for an unknown one', () => {
		expect(issuesOf({ title: 'x', date: '2026-09-15', category: 'nwes' })).toEqual([
			'category: "nwes" was given; expected one of news, press, industry, exhibitors',
		]);
	});
	it('accepts a source as a name or as a full reprint block, always giving an object', () => {
		expect(schema.parse({ title: 'x', date: '2026-09-15', source: '青潭日报' }).source).toEqual({ name: '青潭日报' });
		const full = { name: '青潭日报', url: 'https://www.example.com/a.html', title: '原标题', author: '李静' };
		expect(schema.parse({ title: 'x', date: '2026-09-15', source: full }).source).toEqual(full);
		expect(issuesOf({ title: 'x', date: '2026-09-15', source: { name: '日报', url: 'not a url' } })).toEqual([
			'source.url: "not a url" was given; expected the full https:// address of the original article',
		]);
	});
	it('refuses text holding control characters or bidirectional overrides, naming the character', () => {
		expect(issuesOf({ title: 'abc\u202Edef', date: '2026-09-15' })).toEqual([
			'title: "abc\\u202edef" holds the invisible right-to-left override character U+202E, which reorders the text around it on screen, at character 4; expected text without control characters (delete it, or retype the text around it)',
		]);
		expect(issuesOf({ title: 'x', date: '2026-09-15', tags: ['机器人', 'a\u0007'] })[0]).toMatch(
			/^tags\.1: "a\\u0007" holds the control character U\+0007/,
		);
		expect(issuesOf({ title: 'x', date: '2026-09-15', summary: 'a\u2066b' })[0]).toMatch(/^summary: .+ U\+2066/);
	});
	it('keeps zero-width spaces and soft hyphens, and refuses a title of nothing else as empty', () => {
		expect(issuesOf({ title: '展会\u200B新闻 Ex\u00ADpo', date: '2026-09-15' })).toEqual([]);
		expect(issuesOf({ title: '\u00AD', date: '2026-09-15' })).toEqual([
			'title: "\\u00ad" has no visible character (only invisible ones such as soft hyphens or zero-width spaces); expected the headline as text',
		]);
		expect(issuesOf({ title: ' ', date: '2026-09-15' })).toEqual(['title: "" was given; expected the headline as text']);
	});
	it('refuses a tag too long to name its page', () => {
		expect(issuesOf({ title: 'x', date: '2026-09-15', tags: ['机'.repeat(88)] })[0]).toMatch(
			/^tags\.0: "机+… is 88 characters \(264 bytes\) long; expected a tag of at most 248 bytes/,
		);
	});
	it('refuses slugs that would clash with list pages', () => {
		expect(issuesOf({ title: 'x', date: '2026-09-15', slug: '2' })[0]).toMatch(/^slug: "2" is only digits/);
	});
	it('can be extended by a site', () => {
		const extended = schema.extend({ booth: z.string() });
		expect(extended.parse({ title: 'x', date: '2026-09-15', booth: 'A12' }).booth).toBe('A12');
	});
});
