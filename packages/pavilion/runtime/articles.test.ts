import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { entryLocale, entrySlug } from '../utils/entry-path.ts';
import { archiveByMonth, byNewest, groupByTag, groupByTranslationKey, isPublished, relatedArticles, type Listed } from './articles.ts';

interface TestArticle extends Listed {
	slug: string;
}

function article(id: string, data: Partial<ArticleFrontmatter> = {}): TestArticle {
	return {
		id,
		locale: entryLocale(id),
		slug: entrySlug(id, data.slug),
		data: { title: id, date: new Date('2026-05-01T00:00:00Z'), category: 'news', tags: [], ...data },
	};
}

describe('entry paths', () => {
	it('takes the locale from the folder and the slug from the file name or the slug field', () => {
		expect(entryLocale('zh/2026/expo-opens')).toBe('zh');
		expect(entrySlug('zh/2026/Expo Opens', undefined)).toBe('expo-opens');
		expect(entrySlug('zh/a', 'b')).toBe('b');
	});
	it('gives a file outside any locale folder no locale, in the loader and the model alike', () => {
		expect(entryLocale('expo-opens')).toBe('');
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
	const slugs = (items: readonly TestArticle[] | undefined) => (items ?? []).map((item) => item.slug);

	it('sorts newest first, then by title', () => {
		expect(slugs(zh)).toEqual(['d', 'c', 'b', 'a']);
	});
	it('ranks shared tags above a shared category and leaves unrelated articles out', () => {
		const related = relatedArticles(zh);
		expect(slugs(related.get(zh[0]!))).toEqual(['c', 'b']);
		expect(slugs(related.get(zh[3]!))).toEqual(['c']);
		expect(slugs(relatedArticles([zh[0]!, zh[3]!]).get(zh[3]!))).toEqual([]);
	});
	it('fills up with the newest of the same category after the tag matches', () => {
		const many = [
			article('zh/t', { date: new Date('2026-01-05'), tags: ['x'] }),
			article('zh/n1', { date: new Date('2026-01-04') }),
			article('zh/n2', { date: new Date('2026-01-03') }),
			article('zh/x', { date: new Date('2026-01-02'), tags: ['x'], category: 'other' }),
			article('zh/n3', { date: new Date('2026-01-01') }),
		];
		expect(slugs(relatedArticles(many).get(many[0]!))).toEqual(['x', 'n1', 'n2']);
	});
	it('pairs translations by translationKey', () => {
		expect(
			groupByTranslationKey(list)
				.get('k')!
				.map((item) => item.id),
		).toEqual(['en/d', 'zh/d']);
	});
	it('groups tags by slug, most used first', () => {
		expect(groupByTag(zh).map(({ slug, label, articles }) => [slug, label, slugs(articles)])).toEqual([
			['机器人', '机器人', ['d', 'c']],
			['其他', '其他', ['a']],
			['展商', '展商', ['d']],
		]);
		const spelled = [article('en/a', { tags: ['Smart Logistics'] }), article('en/b', { tags: ['smart logistics'] })];
		expect(groupByTag(spelled).map(({ slug, articles }) => [slug, articles.length])).toEqual([['smart-logistics', 2]]);
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
