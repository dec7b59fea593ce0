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
	it('refuses slugs that would clash with list pages', () => {
		expect(issuesOf({ title: 'x', date: '2026-09-15', slug: '2' })[0]).toMatch(/^slug: "2" is only digits/);
	});
	it('can be extended by a site', () => {
		const extended = schema.extend({ booth: z.string() });
		expect(extended.parse({ title: 'x', date: '2026-09-15', booth: 'A12' }).booth).toBe('A12');
	});
});
