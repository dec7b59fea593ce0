import { describe, expect, it } from 'vitest';
import { byIndexLetter } from '../../../utils/index-letter.ts';
import { placeSortKeys } from './sort-keys.ts';

interface Named {
	name: string;
	sortKey?: string;
}
const names = (items: readonly Named[]) => items.map((item) => item.name);

describe('names with a pinyin sort key', () => {
	// The collation reads 长 as zhang and 厦 as sha; the keys say chang and xia.
	const exhibitors: Named[] = [
		{ name: '驰衡智能' },
		{ name: '长风机器人', sortKey: 'changfeng' },
		{ name: '重庆精工' },
		{ name: '曹氏传动' },
		{ name: '星村科技' },
		{ name: '厦川精密', sortKey: 'xiachuan' },
		{ name: '巽风航空' },
	];
	const groups = byIndexLetter(exhibitors, (item) => item.sortKey ?? item.name, 'zh-CN');

	it('go under the letter of their key, not the collation’s reading', () => {
		expect(groups.map(({ letter }) => letter)).toEqual(['C', 'X']);
	});

	it('take their place by pinyin among the names of their letter', () => {
		const placed = groups.map(({ items }) =>
			names(
				placeSortKeys(
					items,
					(item) => item.sortKey,
					(item) => item.name,
				),
			),
		);
		expect(placed).toEqual([
			['曹氏传动', '长风机器人', '驰衡智能', '重庆精工'],
			['厦川精密', '星村科技', '巽风航空'],
		]);
	});

	it('leave a group without keys as it is', () => {
		const items = [{ name: '驰衡智能' }, { name: '曹氏传动' }];
		expect(
			names(
				placeSortKeys(
					items,
					() => undefined,
					(item) => item.name,
				),
			),
		).toEqual(['驰衡智能', '曹氏传动']);
	});
});
