import { parseCalendarEvent } from '../__tests__/calendar-events.ts';
import { describe, expect, it } from 'vitest';
import { expoEvent, expoEventIdentity, type ExpoEventOptions, type ExpoSchedule } from './expo-calendar.ts';
import { icalendar } from './ical.ts';

const announced: ExpoSchedule = {
	startDate: '2027-04-21',
	endDate: '2027-04-24',
	timezone: 'Asia/Shanghai',
	hours: [{ days: ['2027-04-21', '2027-04-22', '2027-04-23', '2027-04-24'], open: '09:00', close: '17:00' }],
	status: 'scheduled',
};
const moved: ExpoSchedule = {
	...announced,
	startDate: '2027-05-19',
	endDate: '2027-05-22',
	hours: [{ days: ['2027-05-19', '2027-05-20', '2027-05-21', '2027-05-22'], open: '09:00', close: '17:00' }],
	previousStartDate: '2027-04-21',
	status: 'rescheduled',
};
const host = 'qtse.example.com';

function options(overrides: Partial<ExpoEventOptions> = {}): ExpoEventOptions {
	return {
		expo: announced,
		name: '第七届青潭国际智能装备博览会',
		shortName: '青潭智博会',
		location: '青潭国际博览中心, 青潭市临江新区博览大道1号',
		details: '开放时间：09:00–17:00',
		url: 'https://qtse.example.com/',
		language: 'zh-CN',
		host,
		stamp: new Date('2026-11-26T08:00:00Z'),
		...overrides,
	};
}

const parse = parseCalendarEvent;

describe('expoEventIdentity', () => {
	it('keeps the UID a fair on its announced dates always had', () => {
		expect(expoEventIdentity(announced, host)).toEqual({ uid: 'expo-2027-04-21@qtse.example.com', sequence: 0 });
		expect(expoEventIdentity({ ...announced, previousStartDate: '2027-04-21' }, host)).toEqual(expoEventIdentity(announced, host));
	});
	it('keeps the UID through a new date and a cancellation, and raises the sequence', () => {
		const original = expoEventIdentity(announced, host);
		const rescheduled = expoEventIdentity(moved, host);
		const cancelled = expoEventIdentity({ ...moved, status: 'cancelled' }, host);
		expect(rescheduled.uid).toBe(original.uid);
		expect(cancelled.uid).toBe(original.uid);
		expect(rescheduled.sequence).toBeGreaterThan(original.sequence);
		expect(cancelled.sequence).toBeGreaterThan(rescheduled.sequence);
		expect(expoEventIdentity({ ...announced, status: 'cancelled' }, host)).toEqual({ uid: original.uid, sequence: 3 });
	});
	it('never lowers the sequence along the usual course of a fair that moves', () => {
		const course: ExpoSchedule[] = [
			announced,
			{ ...announced, status: 'postponed', previousStartDate: '2027-04-21' },
			moved,
			{ ...moved, status: 'moved-online' },
			{ ...moved, status: 'cancelled' },
		];
		const identities = course.map((expo) => expoEventIdentity(expo, host));
		expect(new Set(identities.map(({ uid }) => uid))).toEqual(new Set(['expo-2027-04-21@qtse.example.com']));
		const sequences = identities.map(({ sequence }) => sequence);
		expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
		expect(sequences[0]).toBeLessThan(sequences[1]!);
		expect(sequences[1]).toBeLessThan(sequences[2]!);
	});
	it('keeps the UID when a fair moves again, as long as previousStartDate stays the first announced day', () => {
		const again = expoEventIdentity({ ...moved, startDate: '2027-06-02' }, host);
		expect(again.uid).toBe(expoEventIdentity(announced, host).uid);
		expect(again.sequence).toBeGreaterThanOrEqual(expoEventIdentity(moved, host).sequence);
	});
});

describe('expoEvent', () => {
	it('titles the event with the short name and keeps the full name in the notes', () => {
		const parsed = parse(icalendar(expoEvent(options())));
		expect(parsed.summary).toBe('青潭智博会');
		expect(parsed.description).toBe('第七届青潭国际智能装备博览会\n\n开放时间：09:00–17:00');
		expect(parsed.location).toBe('青潭国际博览中心, 青潭市临江新区博览大道1号');
	});
	it('titles the event with the full name when there is no short name', () => {
		for (const shortName of [undefined, '']) {
			const parsed = parse(icalendar(expoEvent(options({ shortName }))));
			expect(parsed.summary).toBe('第七届青潭国际智能装备博览会');
			expect(parsed.description).toBe('开放时间：09:00–17:00');
		}
	});
	it('writes a rescheduled fair as an update of the event first announced', () => {
		const before = parse(icalendar(expoEvent(options())));
		const after = parse(icalendar(expoEvent(options({ expo: moved, stamp: new Date('2027-02-01T00:00:00Z') }))));
		expect(after.uid).toBe(before.uid);
		expect(after.sequence).toBeGreaterThan(before.sequence);
		expect(after.startDate.toJSDate().toISOString()).toBe('2027-05-19T01:00:00.000Z');
		expect(after.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
	});
	it('writes a cancellation as an update of the same event', () => {
		const before = parse(icalendar(expoEvent(options({ expo: moved }))));
		const after = parse(icalendar(expoEvent(options({ expo: { ...moved, status: 'cancelled' } }))));
		expect(after.uid).toBe(before.uid);
		expect(after.sequence).toBeGreaterThan(before.sequence);
		expect(after.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(
			parse(icalendar(expoEvent(options({ expo: { ...announced, status: 'postponed' } })))).component.getFirstPropertyValue('status'),
		).toBe('TENTATIVE');
	});
});
