import { parseCalendarEvent } from '../__tests__/calendar-events.ts';
import { describe, expect, it } from 'vitest';
import { expoSpan } from './expo-times.ts';
import { escapeText, foldLine, googleCalendarUrl, icalendar, type CalendarEvent } from './ical.ts';

const hours = [
	{ label: '专业观众日', days: ['2027-04-21', '2027-04-22', '2027-04-23'], open: '09:00', close: '17:00' },
	{ label: '公众开放日', days: ['2027-04-24'], open: '09:00', close: '15:00' },
];

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
	return {
		uid: '2027-04-21-qtse@qtse.example.com',
		stamp: new Date('2026-11-26T08:00:00Z'),
		span: expoSpan({ startDate: '2027-04-21', endDate: '2027-04-24', timezone: 'Asia/Shanghai', hours }),
		timeZone: 'Asia/Shanghai',
		summary: '第七届青潭国际智能装备博览会; "QTSE", 2027',
		location: '青潭国际博览中心，青潭市临江新区博览大道1号',
		description: '开放时间：\n专业观众日 09:00–17:00\n公众开放日 09:00–15:00',
		url: 'https://qtse.example.com/',
		status: 'CONFIRMED',
		...overrides,
	};
}

const parse = parseCalendarEvent;

describe('the calendar file', () => {
	it('round-trips the opening and closing times in the fair time zone', () => {
		const parsed = parse(icalendar(event()));
		expect(parsed.startDate.toJSDate().toISOString()).toBe('2027-04-21T01:00:00.000Z');
		expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-04-24T07:00:00.000Z');
		expect(parsed.startDate.zone.tzid).toBe('Asia/Shanghai');
		expect(parsed.uid).toBe('2027-04-21-qtse@qtse.example.com');
	});
	it('keeps text exactly, escaped', () => {
		const parsed = parse(icalendar(event()));
		expect(parsed.summary).toBe('第七届青潭国际智能装备博览会; "QTSE", 2027');
		expect(parsed.location).toBe('青潭国际博览中心，青潭市临江新区博览大道1号');
		expect(parsed.description).toBe('开放时间：\n专业观众日 09:00–17:00\n公众开放日 09:00–15:00');
	});
	it('handles a zone with daylight saving time', () => {
		const span = expoSpan({
			startDate: '2027-03-27',
			endDate: '2027-03-29',
			timezone: 'Europe/Berlin',
			hours: [{ days: ['2027-03-27', '2027-03-28', '2027-03-29'], open: '10:00', close: '18:00' }],
		});
		const parsed = parse(icalendar(event({ span, timeZone: 'Europe/Berlin' })));
		expect(parsed.startDate.toJSDate().toISOString()).toBe('2027-03-27T09:00:00.000Z'); // CET, +01:00
		expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-03-29T16:00:00.000Z'); // CEST, +02:00
	});
	it('writes whole days when no hours are set', () => {
		const span = expoSpan({ startDate: '2027-04-21', endDate: '2027-04-24', timezone: 'Asia/Shanghai', hours: [] });
		const text = icalendar(event({ span }));
		expect(text).toContain('DTSTART;VALUE=DATE:20270421\r\n');
		expect(text).toContain('DTEND;VALUE=DATE:20270425\r\n');
		expect(parse(text).startDate.isDate).toBe(true);
	});
	it('marks a cancelled fair', () => {
		expect(parse(icalendar(event({ status: 'CANCELLED' }))).component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});
	it('carries the revision, 0 unless given, with the stamp calendars compare revisions of equal rank by', () => {
		expect(parse(icalendar(event())).sequence).toBe(0);
		const revised = parse(icalendar(event({ sequence: 2 })));
		expect(revised.sequence).toBe(2);
		expect(revised.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-26T08:00:00Z');
	});
	it('uses CRLF and folds every line at 75 octets without splitting characters', () => {
		const text = icalendar(event({ description: '展'.repeat(200) }));
		const lines = text.split('\r\n');
		expect(text.replace(/\r\n/g, '')).not.toContain('\n');
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});
});

describe('helpers', () => {
	it('escapes TEXT values', () => {
		expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
	});
	it('folds long ASCII lines at exactly 75 octets', () => {
		const folded = foldLine('X'.repeat(200)).split('\r\n');
		expect(folded.map((line) => line.length)).toEqual([75, 75, 52]); // continuation lines: a space and 74 octets
	});
	it('builds a Google Calendar link with UTC times', () => {
		const url = new URL(googleCalendarUrl(event()));
		expect(url.searchParams.get('dates')).toBe('20270421T010000Z/20270424T070000Z');
		expect(url.searchParams.get('ctz')).toBe('Asia/Shanghai');
		expect(url.searchParams.get('text')).toBe('第七届青潭国际智能装备博览会; "QTSE", 2027');
	});
});
