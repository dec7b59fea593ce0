import { describe, expect, it } from 'vitest';
import { describeIssues } from '../config/error-map.ts';
import { isLocalTime, sessionSchema } from './session.ts';

const schema = sessionSchema({
	localeKeys: ['zh', 'en'],
	defaultLocale: 'zh',
	rooms: ['main-forum', 'room-a'],
	tracks: ['forums', 'launches'],
});
const problems = (input: unknown) => describeIssues(schema.safeParse(input).error?.issues ?? [], input, schema).join('\n');
const valid = {
	title: { zh: '智能制造发展论坛', en: 'Smart Manufacturing Forum' },
	start: '2027-04-21T09:30',
	end: '2027-04-21T11:30',
	room: 'main-forum',
	track: 'forums',
	language: 'zh-en',
	speakers: ['lin-siyuan'],
};

describe('a session', () => {
	it('takes its times as local text, and fills in its defaults', () => {
		expect(schema.parse(valid)).toEqual({ ...valid, status: 'scheduled', sideEvent: false });
		expect(isLocalTime('2027-02-30T09:00')).toBe(false);
		expect(isLocalTime('2027-04-21T24:00')).toBe(false);
		expect(isLocalTime('2027-04-21T09:30:00')).toBe(false);
	});

	it('refuses a time YAML read as an instant, an unknown room or track, and a status it does not know', () => {
		expect(problems({ ...valid, start: new Date('2027-04-21T01:30:00Z') })).toMatch(
			/start.*expected the start as quoted text in the fair's time/,
		);
		expect(problems({ ...valid, end: '2027-04-21 11:30' })).toMatch(/end.*expected the end written YYYY-MM-DDTHH:MM/);
		expect(problems({ ...valid, room: 'hall-9' })).toMatch(/room.*expected one of the rooms in the options: main-forum, room-a/);
		expect(problems({ ...valid, track: 'forum' })).toMatch(/track.*expected one of the tracks in the options: forums, launches/);
		expect(problems({ ...valid, status: 'postponed' })).toMatch(/status.*expected one of scheduled, moved, cancelled/);
		expect(problems({ ...valid, speaker: ['lin-siyuan'] })).toMatch(/speaker/);
	});
});
