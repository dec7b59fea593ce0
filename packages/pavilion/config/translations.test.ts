import { describe, expect, it } from 'vitest';
import { baseKey, interpolate, selectString } from '../utils/strings.ts';
import { readBuiltInTranslations, stringsForLang } from './translations.ts';

const builtIn = readBuiltInTranslations();

describe('translations', () => {
	it('ships zh-CN and en with exactly the same keys', () => {
		expect(Object.keys(builtIn).sort()).toEqual(['en', 'zh-cn']);
		const keys = (strings: Record<string, string>) => [...new Set(Object.keys(strings).map(baseKey))].sort();
		expect(keys(builtIn['zh-cn']!)).toEqual(keys(builtIn.en!));
	});
	it('has no empty string', () => {
		for (const strings of Object.values(builtIn)) expect(Object.values(strings).filter((value) => !value.trim())).toEqual([]);
	});
	it('picks strings by language tag, falling back to the base language and then English', () => {
		expect(stringsForLang('zh-CN', builtIn)['article.source']).toBe('来源：');
		expect(stringsForLang('zh-Hans', builtIn)['article.source']).toBe('来源：');
		expect(stringsForLang('en-GB', builtIn)['article.source']).toBe('Source: ');
		expect(stringsForLang('ja', builtIn)['article.source']).toBe('Source: ');
	});
	it('picks the plural form the count takes in the language', () => {
		const en = stringsForLang('en', builtIn);
		const zh = stringsForLang('zh-CN', builtIn);
		expect(interpolate(selectString(en, 'list.count', 'en', 1)!, { count: 1 })).toBe('1 article');
		expect(interpolate(selectString(en, 'list.count', 'en', 0)!, { count: 0 })).toBe('0 articles');
		expect(interpolate(selectString(zh, 'list.count', 'zh-CN', 1)!, { count: 1 })).toBe('共 1 篇');
	});
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(interpolate('距开幕还有 {days} 天', { days: 12 })).toBe('距开幕还有 12 天');
		expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
	});
});
