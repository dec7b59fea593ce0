import { describe, expect, it } from 'vitest';
import { describeIssues } from '../config/error-map.ts';
import { exhibitorsOptionsSchema } from './exhibitors-options.ts';

const schema = exhibitorsOptionsSchema(['zh', 'en'], 'zh');
/** As the build reports them (config/error-map.ts). */
const problems = (input: unknown) => describeIssues(schema.safeParse(input).error?.issues ?? [], input, schema).join('\n');
const valid = {
	sectors: { robotics: { zh: '机器人', en: 'Robotics' } },
	halls: { 'hall-1': { name: { zh: '1号馆', en: 'Hall 1' }, floorPlan: 'site/images/halls/hall-1.png' } },
};

describe('exhibitorsOptionsSchema', () => {
	it('is off unless given, and takes sectors and halls with a page size by default', () => {
		expect(schema.parse(undefined)).toBe(false);
		expect(schema.parse(valid)).toEqual({ ...valid, pageSize: 60 });
	});
	it('refuses empty lists, keys a URL cannot carry, and floor plans outside the project', () => {
		expect(problems({ ...valid, sectors: {} })).toMatch(/sectors.* is empty; expected at least one sector/);
		expect(problems({ ...valid, halls: { 'Hall 1': valid.halls['hall-1'] } })).toMatch(
			/halls\.Hall 1 .*expected a lower-case key of letters, digits and dashes/,
		);
		expect(problems({ ...valid, halls: { 'hall-1': { ...valid.halls['hall-1'], floorPlan: '../plans/h1.png' } } })).toMatch(
			/floorPlan.*"\.\.\/plans\/h1\.png" was given; expected a PNG, JPEG, WebP or SVG file inside the project/,
		);
	});
});
