import { describe, expect, it } from 'vitest';
import { chineseNumeral, editionNumber } from './numbers.ts';

describe('edition numbers', () => {
	it('writes Chinese numerals as an edition is written (第七届, 第十二届)', () => {
		expect([1, 7, 10, 12, 20, 35, 100, 108, 115, 120].map(chineseNumeral)).toEqual([
			'一',
			'七',
			'十',
			'十二',
			'二十',
			'三十五',
			'一百',
			'一百零八',
			'一百一十五',
			'一百二十',
		]);
	});
	it('writes English ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => editionNumber(n, 'en'))).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st',
		]);
		expect(editionNumber(7, 'zh-CN')).toBe('七');
		expect(editionNumber(7, 'de')).toBe('7');
	});
});
