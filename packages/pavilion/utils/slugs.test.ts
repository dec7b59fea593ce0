import { describe, expect, it } from 'vitest';
import { slugify, slugProblem, tagProblem, tagSlugs } from './slugs.ts';

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

describe('names a file system can hold', () => {
	// Each URL segment is a folder of the build; longer names stopped it with ENAMETOOLONG, naming no article.
	it('refuses a slug longer than 255 bytes, giving its length and the limit', () => {
		expect(slugProblem('a'.repeat(255))).toBeUndefined();
		expect(slugProblem('a'.repeat(300))).toBe(
			'is 300 characters (300 bytes) long; expected a slug of at most 255 bytes: 85 Chinese characters or 255 Latin letters and digits, since the slug names a folder of the built site and file systems refuse longer names',
		);
		expect(slugProblem('展'.repeat(85))).toBeUndefined();
		expect(slugProblem('展'.repeat(86))).toMatch(/^is 86 characters \(258 bytes\) long/);
	});
	it('refuses a tag whose page would need a longer folder name, leaving room for the suffix that tells tags apart', () => {
		expect(tagProblem('机器人'.repeat(27))).toBeUndefined();
		expect(tagProblem('机'.repeat(88))).toMatch(/^is 88 characters \(264 bytes\) long; expected a tag of at most 248 bytes/);
		expect(tagProblem(`Smart ${'x'.repeat(250)}`)).toMatch(/whose URL segment is 256 characters \(256 bytes\)/);
		expect(tagProblem('🚀'.repeat(50))).toMatch(/whose URL segment is \d+ characters/);
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
