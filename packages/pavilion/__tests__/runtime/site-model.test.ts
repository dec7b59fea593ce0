import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildSiteModel, siteFacts, type ArticleEntry } from '../../runtime/site-model.ts';
import { articleEntry, coverStandIn } from './entries.ts';

const NOW = new Date('2026-11-01T00:00:00Z');
const cover = { src: '/img/cover.jpg', width: 1600, height: 900, format: 'jpg' } as ImageMetadata;

const entries: ArticleEntry[] = [
	articleEntry('zh/expo-opens', {
		title: '博览会开幕',
		date: new Date('2026-10-01T00:00:00Z'),
		category: 'news',
		tags: ['机器人', '开幕'],
		translationKey: 'opens',
		cover,
		coverAlt: '展馆外景',
		source: { name: '测试日报', url: 'https://news.example.com/a.html', title: '原标题' },
		editor: '陈默',
	}),
	articleEntry('zh/robots', { title: '机器人展区', date: new Date('2026-09-01T00:00:00Z'), category: 'industry', tags: ['机器人'] }),
	articleEntry('zh/draft', { title: '草稿', date: new Date('2026-08-01T00:00:00Z'), draft: true }),
	articleEntry('zh/tomorrow', { title: '明天', date: new Date('2026-12-01T00:00:00Z') }),
	articleEntry('en/the-expo-opens', { title: 'The expo opens', date: new Date('2026-10-01T00:00:00Z'), translationKey: 'opens' }),
];

const model = await buildSiteModel(entries, { coverImages: coverStandIn, now: NOW, production: true });

describe('the site model', () => {
	it('holds the published articles of each locale, newest first, and nothing unpublished', () => {
		expect(model.locale('zh').articles.map((article) => article.slug)).toEqual(['expo-opens', 'robots']);
		expect(model.locale('en').articles.map((article) => article.url)).toEqual(['/en/news/the-expo-opens/']);
		expect(model.articles.some((article) => article.data.draft || article.slug === 'tomorrow')).toBe(false);
	});

	it('pairs translations by translationKey, each listing itself first', () => {
		const zh = model.locale('zh').articles[0]!;
		expect(zh.alternates).toEqual({ zh: '/news/expo-opens/', en: '/en/news/the-expo-opens/' });
		expect(Object.keys(model.locale('en').articles[0]!.alternates)).toEqual(['en', 'zh']);
		expect(model.alternatesOf('/en/news/the-expo-opens/')).toEqual({ en: '/en/news/the-expo-opens/', zh: '/news/expo-opens/' });
		expect(model.alternatesOf('/news/robots/')).toBeUndefined();
	});

	it('gives every locale page its versions in every language, but not page 2 of a list', () => {
		expect(model.alternatesOf('/en/news/')).toEqual({ zh: '/news/', en: '/en/news/' });
		expect(model.alternatesOf('/news/category/press/')).toEqual({ zh: '/news/category/press/', en: '/en/news/category/press/' });
		expect(model.alternatesOf('/news/2/')).toBeUndefined();
	});

	it('links neighbours and related articles within a locale', () => {
		const [opens, robots] = model.locale('zh').articles;
		expect(opens!.older).toBe(robots);
		expect(robots!.newer).toBe(opens);
		expect(opens!.related).toEqual([robots]);
	});

	it('lists every configured category, empty ones too, and tags by slug with their pages', () => {
		const zh = model.locale('zh');
		expect(zh.categories.map((category) => [category.key, category.label, category.articles.length])).toEqual([
			['news', '展会新闻', 1],
			['press', '新闻发布', 0],
			['industry', '行业动态', 1],
			['exhibitors', '展商风采', 0],
		]);
		expect(zh.categories[0]!.feedUrl).toBe('/news/category/news/rss.xml');
		expect(zh.tags.map((tag) => [tag.label, tag.url, tag.articles.length])).toEqual([
			['机器人', '/news/tag/机器人/', 2],
			['开幕', '/news/tag/开幕/', 1],
		]);
	});

	it("formats each article's dates once, in the fair's time zone and the article's language", () => {
		// Midnight UTC on 1 October is 08:00 in Asia/Shanghai, the test config's zone.
		expect(model.locale('zh').articles[0]!.published).toEqual({
			iso: '2026-10-01T08:00:00+08:00',
			text: '2026年10月1日',
			day: '2026-10-01',
		});
		expect(model.locale('en').articles[0]!.published.text).toBe('October 1, 2026');
		expect(model.locale('zh').articles[0]!.updated).toBeUndefined();
	});

	it('makes the attribution lines once, with the link on the original title', () => {
		expect(model.locale('zh').articles[0]!.attribution).toEqual([
			{ kind: 'source', label: '来源：', text: '测试日报', href: undefined, cite: false },
			{ kind: 'originalTitle', label: '原标题：', text: '原标题', href: 'https://news.example.com/a.html', cite: true },
			{ kind: 'editor', text: '责任编辑：陈默', cite: false },
		]);
	});

	it('hands the post-build steps the hreflang pairs, the save lists with covers, and the feeds', () => {
		const facts = siteFacts(model);
		expect(new Map(facts.alternates).get('/news/expo-opens/')).toEqual([
			{ lang: 'zh-CN', path: '/news/expo-opens/' },
			{ lang: 'en', path: '/en/news/the-expo-opens/' },
			{ lang: 'x-default', path: '/news/expo-opens/' },
		]);
		const zhList = facts.saveLists.find((list) => list.path === '/offline-articles.json')!;
		expect(zhList.pages).toEqual([
			{ path: '/news/expo-opens/', title: '博览会开幕' },
			{ path: '/news/robots/', title: '机器人展区' },
		]);
		expect(zhList.images).toEqual(['/page.webp', '/page-480.webp', '/page-800.webp']);
		expect(facts.feeds).toContain('/en/news/category/industry/rss.xml');
		expect(facts.feeds).toContain('/rss.xml');
	});

	it('shows drafts and future articles in development', async () => {
		const dev = await buildSiteModel(entries, { coverImages: coverStandIn, now: NOW, production: false });
		expect(dev.locale('zh').articles.map((article) => article.slug)).toContain('draft');
	});
});
