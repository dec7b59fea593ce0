import { describe, expect, it } from 'vitest';
import { anyWithin, cjkSensitiveRuns } from './cjk-delimiter-runs.ts';

describe('delimiter runs where the CJK-friendly rules may differ', () => {
	it('finds `*` and `~` runs next to a CJK character on either side', () => {
		expect(cjkSensitiveRuns('注意**重要：**请提前预约')).toEqual([2, 7]);
		expect(cjkSensitiveRuns('原定~~四月：~~改期')).toEqual([2, 7]);
		expect(cjkSensitiveRuns('Hall A**㊗**B')).toEqual([6, 9]);
		expect(cjkSensitiveRuns('𠀋**(异体字)**')).toEqual([2]);
	});

	it('finds `_` runs only after a variation selector, since CJK letters next to `_` change nothing', () => {
		expect(cjkSensitiveRuns('file_名称 展会__开幕__了')).toEqual([]);
		expect(cjkSensitiveRuns('简体字。︀_Simplified._')).toEqual([5]);
	});

	it('finds runs after a variation selector or an ideographic variation selector', () => {
		expect(cjkSensitiveRuns('**"text"︎**more')).toEqual([9]);
		expect(cjkSensitiveRuns('葛󠄀**(a)**')).toEqual([3]);
		// Even with the end of the line after it: the reference's strikethrough reads `)︁~~` apart.
		expect(cjkSensitiveRuns('a(~~)︁~~')).toEqual([6]);
	});

	it('finds nothing where both rule sets agree: English, whitespace, line ends or emoji next to the run', () => {
		expect(cjkSensitiveRuns('**Hall 8:** open, a * b, snake_case, 5~10 km')).toEqual([]);
		expect(cjkSensitiveRuns('展会 **开幕** 了')).toEqual([]);
		expect(cjkSensitiveRuns('~~已取消~~\n**重要**')).toEqual([]);
		expect(cjkSensitiveRuns('Hall A**🎉**B')).toEqual([]);
	});

	it('tells whether a block holds one of the runs', () => {
		const runs = [3, 10, 42];
		expect(anyWithin(runs, 0, 3)).toBe(false);
		expect(anyWithin(runs, 3, 4)).toBe(true);
		expect(anyWithin(runs, 11, 42)).toBe(false);
		expect(anyWithin(runs, 11, 43)).toBe(true);
		expect(anyWithin([], 0, 100)).toBe(false);
	});
});
