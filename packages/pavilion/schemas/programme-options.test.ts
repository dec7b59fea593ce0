import { describe, expect, it } from 'vitest';
import { describeIssues } from '../config/error-map.ts';
import { programmeOptionsSchema } from './programme-options.ts';

const schema = programmeOptionsSchema(['zh', 'en'], 'zh');
const problems = (input: unknown) => describeIssues(schema.safeParse(input).error?.issues ?? [], input, schema).join('\n');
const valid = {
	rooms: { 'main-forum': { name: { zh: '主论坛厅', en: 'Main Forum Hall' }, hall: 'hall-1' } },
	tracks: { forums: { zh: '主题论坛', en: 'Forums' } },
};

describe('programmeOptionsSchema', () => {
	it('is off unless given, and takes rooms and tracks', () => {
		expect(schema.parse(undefined)).toBe(false);
		expect(schema.parse(valid)).toEqual(valid);
	});
	it('refuses empty lists and keys a URL cannot carry', () => {
		expect(problems({ ...valid, rooms: {} })).toMatch(/rooms.* is empty; expected at least one room/);
		expect(problems({ ...valid, tracks: { 'Main Track': '主论坛' } })).toMatch(/tracks\.Main Track .*expected a lower-case key/);
		expect(problems({ ...valid, rooms: { 'main-forum': { name: '主论坛厅', floor: 2 } } })).toMatch(/floor/);
	});
});
