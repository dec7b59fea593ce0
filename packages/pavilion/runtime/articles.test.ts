import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import {
	archiveByMonth,
	byNewest,
	collectTags,
	isPublished,
	neighbours,
	relatedArticles,
	toArticle,
	translationsOf,
	type Article,
} from './articles.ts';

function article(id: string, data: Partial<ArticleFrontmatter> = {}, body = ''): Article {
	return toArticle({
		id,
		body,
		data: {
			title: id,
			date: new Date('2026-05-01T00:00:00Z'),
			category: 'news',
			tags: [],
			featured: false,
			draft: false,
			...data,
		} as ArticleFrontmatter,
	});
}

describe('toArticle', () => {
	it('takes the locale from the folder and the slug from the file name', () => {
		expect(article('en/expo-opens')).toMatchObject({ locale: 'en', slug: 'expo-opens' });
		expect(article('zh/2026/expo-opens')).toMatchObject({ locale: 'zh', slug: 'expo-opens' });
	});
	it('prefers the front-matter slug', () => {
		expect(article('zh/a', { slug: 'b' }).slug).toBe('b');
	});
	it('derives a summary from the body when none is given', () => {
		expect(article('zh/a', {}, '## 标题\n\n正文**第一句**。').summary).toBe('标题 正文第一句。');
		expect(article('zh/a', { summary: '给定摘要。' }, '正文。').summary).toBe('给定摘要。');
	});
});

describe('isPublished', () => {
	const now = new Date('2026-11-26T00:00:00Z');
	it('drops drafts and future articles from production builds', () => {
		expect(isPublished({ draft: true, date: new Date('2026-01-01') }, now, true)).toBe(false);
		expect(isPublished({ draft: false, date: new Date('2026-12-01') }, now, true)).toBe(false);
		expect(isPublished({ draft: false, date: new Date('2026-11-25') }, now, true)).toBe(true);
	});
	it('shows everything in development', () => {
		expect(isPublished({ draft: true, date: new Date('2099-01-01') }, now, false)).toBe(true);
	});
});

describe('relations between articles', () => {
	const list = [
		article('zh/d', { date: new Date('2026-04-04'), tags: ['机器人', '展商'], category: 'exhibitors', translationKey: 'k' }),
		article('zh/c', { date: new Date('2026-03-03'), tags: ['机器人'] }),
		article('zh/b', { date: new Date('2026-02-02'), category: 'exhibitors' }),
		article('zh/a', { date: new Date('2026-01-01'), tags: ['其他'] }),
		article('en/d', { date: new Date('2026-04-04'), translationKey: 'k' }),
	].sort(byNewest);
	const zh = list.filter((item) => item.locale === 'zh');

	it('sorts newest first', () => {
		expect(zh.map((item) => item.slug)).toEqual(['d', 'c', 'b', 'a']);
	});
	it('finds the older and newer neighbours', () => {
		const { older, newer } = neighbours(zh[1]!, zh);
		expect([newer?.slug, older?.slug]).toEqual(['d', 'b']);
		expect(neighbours(zh[0]!, zh).newer).toBeUndefined();
	});
	it('ranks shared tags above a shared category and leaves unrelated articles out', () => {
		expect(relatedArticles(zh[0]!, zh).map((item) => item.slug)).toEqual(['c', 'b']);
	});
	it('pairs translations by translationKey', () => {
		expect(Object.keys(translationsOf(zh[0]!, list))).toEqual(['en']);
		expect(translationsOf(zh[1]!, list)).toEqual({});
	});
	it('counts tags by slug', () => {
		expect(collectTags(zh)).toEqual([
			{ slug: '机器人', label: '机器人', count: 2 },
			{ slug: '其他', label: '其他', count: 1 },
			{ slug: '展商', label: '展商', count: 1 },
		]);
	});
	it('groups the archive by year and month in the fair time zone', () => {
		const archive = archiveByMonth(
			[article('zh/x', { date: new Date('2026-04-30T17:00:00Z') }), article('zh/y', { date: new Date('2025-12-01T00:00:00Z') })],
			'Asia/Shanghai',
		);
		expect(archive.map(({ year, months }) => [year, months.map(({ month }) => month)])).toEqual([
			[2026, [5]],
			[2025, [12]],
		]);
	});
});
