import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { exhibitorSchema } from './exhibitor.ts';

const schema = exhibitorSchema({
	image: (() => z.string()) as never,
	localeKeys: ['zh', 'en'],
	defaultLocale: 'zh',
	sectors: ['robotics', 'logistics'],
	halls: ['1', '2'],
});
const valid = {
	name: { zh: '青潭机器人有限公司', en: 'Qingtan Robotics' },
	stand: { hall: '1', number: '1A05' },
	sectors: ['robotics'],
	region: 'CN',
	website: 'https://robots.example.com/',
};
const problems = (input: unknown) =>
	schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('exhibitorSchema', () => {
	it('takes an exhibitor with a Chinese name alone, or names in both languages', () => {
		expect(problems(valid)).toEqual([]);
		expect(problems({ ...valid, name: '青潭机器人有限公司' })).toEqual([]);
		expect(problems({ ...valid, name: { zh: '青潭机器人' } })).toEqual([]);
	});
	it('says which field is wrong, what was given and what was expected', () => {
		expect(problems({ ...valid, stand: { hall: '9', number: '9A01' } })).toEqual([
			'stand.hall: "9" was given; expected one of the halls in the options: 1, 2',
		]);
		expect(problems({ ...valid, sectors: ['robots'] })).toEqual([
			'sectors.0: "robots" was given; expected one of the sectors in the options: robotics, logistics',
		]);
		expect(problems({ ...valid, website: 'javascript:alert(1)' })[0]).toMatch(
			/^website: "javascript:alert\(1\)" was given; expected a full web address starting with https:\/\//,
		);
		expect(problems({ ...valid, region: 'China' })).toEqual([
			'region: "China" was given; expected a two-letter ISO 3166 region code in capitals, such as CN, DE or HK',
		]);
		expect(problems({ ...valid, stand: { hall: '1', number: 105 } })).toEqual([
			'stand.number: 105 was given; expected the stand number as text, such as "1A05" (quote it if it starts with 0)',
		]);
		expect(problems({ ...valid, name: { en: 'Qingtan Robotics' } })[0]).toMatch(/the default locale "zh" is missing/);
	});
	it('refuses fields it does not know, so that a misspelt one is not lost silently', () => {
		expect(problems({ ...valid, webiste: 'https://x.example/' })).toHaveLength(1);
	});
});
