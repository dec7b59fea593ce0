import { describe, expect, it } from 'vitest';
import { archiveUrl, articleUrl, categoryUrl, homeUrl, newsUrl, tagUrl, type UrlContext } from './urls.ts';

const root: UrlContext = { base: '/', defaultLocale: 'zh', articlesBase: 'news' };

describe('locale links', () => {
	it('serves the default locale without a prefix and others under theirs', () => {
		expect(homeUrl(root, 'zh')).toBe('/');
		expect(homeUrl(root, 'en')).toBe('/en/');
		expect(articleUrl(root, 'zh', 'expo-opens')).toBe('/news/expo-opens/');
		expect(articleUrl(root, 'en', 'expo-opens')).toBe('/en/news/expo-opens/');
	});
	it('numbers list pages from 2, page 1 being the list itself', () => {
		expect(newsUrl(root, 'zh', 1)).toBe('/news/');
		expect(newsUrl(root, 'en', 3)).toBe('/en/news/3/');
		expect(categoryUrl(root, 'zh', 'press', 2)).toBe('/news/category/press/2/');
		expect(archiveUrl(root, 'en')).toBe('/en/news/archive/');
	});
	it('keeps Chinese tags readable and escapes what a URL cannot hold', () => {
		expect(tagUrl(root, 'zh', '机器人')).toBe('/news/tag/机器人/');
		expect(tagUrl(root, 'zh', 'a?b#c')).toBe('/news/tag/a%3Fb%23c/');
	});
	it('follows the site base and the configured news segment', () => {
		const context: UrlContext = { base: '/fair/', defaultLocale: 'zh', articlesBase: 'xinwen' };
		expect(articleUrl(context, 'en', 'a')).toBe('/fair/en/xinwen/a/');
		expect(homeUrl(context, 'zh')).toBe('/fair/');
	});
});
