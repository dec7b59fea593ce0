import { describe, expect, it } from 'vitest';
import { slugify, slugProblem, tagSlugs } from './slugs.ts';

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

describe('tag slugs', () => {
	it('gives spellings of one tag one page', () => {
		const slugs = tagSlugs(['Smart Logistics', 'smart logistics', 'smart-logistics', '机器人']);
		expect(new Set([slugs.get('Smart Logistics'), slugs.get('smart logistics'), slugs.get('smart-logistics')])).toEqual(
			new Set(['smart-logistics']),
		);
		expect(slugs.get('机器人')).toBe('机器人');
	});
	it('never merges distinct tags that make the same slug, and keeps the plain one plain', () => {
		const slugs = tagSlugs(['C', 'C++', 'C#']);
		expect(slugs.get('C')).toBe('c');
		expect(slugs.get('C++')).toMatch(/^c-[0-9a-z]{6}$/);
		expect(slugs.get('C#')).toMatch(/^c-[0-9a-z]{6}$/);
		expect(slugs.get('C++')).not.toBe(slugs.get('C#'));
		// Stable: the same tag gets the same slug whatever else the site holds.
		expect(tagSlugs(['C#', 'C++']).get('C++')).toBe(slugs.get('C++'));
	});
	it('names a tag of symbols or emoji by its code points', () => {
		expect(tagSlugs(['🚀']).get('🚀')).toBe('tag-1f680');
		expect(tagSlugs(['+++']).get('+++')).toBe('tag-2b-2b-2b');
	});
});
