import { describe, expect, it } from 'vitest';
import { searchFilterOptions } from './filter-options.ts';

const article = (label: string, day: string) => ({ category: { label }, published: { day } });

describe('searchFilterOptions', () => {
	it('counts each category and year once per article, categories in the language’s order, years newest first', () => {
		const options = searchFilterOptions(
			[
				article('展商风采', '2026-03-01'),
				article('新闻发布', '2025-12-31'),
				article('展商风采', '2026-01-02'),
				article('行业动态', '2024-05-05'),
			],
			'zh-CN',
		);
		expect(options.years).toEqual([
			{ value: '2026', count: 2 },
			{ value: '2025', count: 1 },
			{ value: '2024', count: 1 },
		]);
		const zh = new Intl.Collator('zh-CN');
		expect(options.categories.map(({ value }) => value)).toEqual(['展商风采', '新闻发布', '行业动态'].sort(zh.compare));
		expect(options.categories.find(({ value }) => value === '展商风采')?.count).toBe(2);
	});
	it('gives empty lists for a locale without articles', () => {
		expect(searchFilterOptions([], 'en')).toEqual({ categories: [], years: [] });
	});
});
