import { describe, expect, it } from 'vitest';
import { slugify, slugProblem } from './slugs.ts';

describe('slugify', () => {
	it('lower-cases Latin text and joins words with single dashes', () => {
		expect(slugify('Smart Logistics & AGVs!')).toBe('smart-logistics-agvs');
		expect(slugify("  Exhibitor's Guide 2027 ")).toBe('exhibitors-guide-2027');
	});
	it('keeps Chinese characters, so tag URLs stay readable', () => {
		expect(slugify('机器人')).toBe('机器人');
		expect(slugify('新能源 装备')).toBe('新能源-装备');
	});
	it('folds full-width forms', () => {
		expect(slugify('ＡＧＶ　物流')).toBe('agv-物流');
	});
});

describe('slugProblem', () => {
	it('accepts readable slugs', () => {
		expect(slugProblem('expo-opens')).toBeUndefined();
		expect(slugProblem('展商报名')).toBeUndefined();
	});
	it('refuses slugs that would collide with list pages', () => {
		expect(slugProblem('2')).toMatch(/collide/);
		expect(slugProblem('category')).toMatch(/reserved/);
		expect(slugProblem('archive')).toMatch(/reserved/);
	});
	it('explains a slug that is not in URL form, with a suggestion', () => {
		expect(slugProblem('Expo Opens')).toMatch(/"expo-opens"/);
	});
});
