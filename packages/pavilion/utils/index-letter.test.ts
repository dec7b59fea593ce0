import { describe, expect, it } from 'vitest';
import { byIndexLetter, indexLetter } from './index-letter.ts';

const zh = new Intl.Collator('zh-CN');

describe('indexLetter', () => {
	it('puts Chinese names under the first letter of their pinyin', () => {
		const headings = Object.fromEntries(
			['阿里', '北京', '成都', '德阳', '广州', '杭州', '南京', '上海', '天津', '武汉', '银行', '中国'].map((name) => [
				name,
				indexLetter(name, zh),
			]),
		);
		expect(headings).toEqual({
			阿里: 'A',
			北京: 'B',
			成都: 'C',
			德阳: 'D',
			广州: 'G',
			杭州: 'H',
			南京: 'N',
			上海: 'S',
			天津: 'T',
			武汉: 'W',
			银行: 'Y',
			中国: 'Z',
		});
	});
	it('reads a name as the collation reads it, so headings follow the sorted order', () => {
		// 重庆 is read chóng, 厦门 xià... as the collation has them: whatever it reads, the heading agrees with the order.
		const names = ['重庆', '长沙', '厦门', '曾氏', '单县', '覃氏', '乐山', '解放', '查理', '银行', '阿坝', '左岸', '爱迪', '欧亚'];
		const letters = [...names].sort(zh.compare).map((name) => indexLetter(name, zh));
		expect(letters).toEqual([...letters].sort());
	});
	it('puts Latin names under their first letter, accents aside, and everything else under #', () => {
		expect(['apple', 'Émile', 'zebra'].map((name) => indexLetter(name, zh))).toEqual(['A', 'E', 'Z']);
		expect(['123 科技', 'Ωmega', '「光」'].map((name) => indexLetter(name, zh))).toEqual(['#', '#', '#']);
		expect(indexLetter('北京', new Intl.Collator('en'))).toBe('#');
	});
});

describe('byIndexLetter', () => {
	it('groups A to Z then #, each group in the collator’s order', () => {
		const groups = byIndexLetter(['Zeta', '中国', '阿里', 'Apple', '3D 打印', '安徽'], (name) => name, 'zh-CN');
		expect(groups.map(({ letter }) => letter)).toEqual(['A', 'Z', '#']);
		expect(groups[0]!.items).toEqual(['阿里', '安徽', 'Apple'].sort(zh.compare));
		expect(groups[1]!.items).toEqual(['中国', 'Zeta'].sort(zh.compare));
	});
});
