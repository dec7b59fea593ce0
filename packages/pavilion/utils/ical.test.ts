import { parseCalendarEvent } from '../__tests__/calendar-events.ts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedTime } from './dates.ts';
import { expoSpan } from './expo-times.ts';
import { escapeText, foldLine, googleCalendarUrl, icalendar, icalendarOf, vtimezone, type CalendarEvent } from './ical.ts';

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

/** A whole calendar parsed by ical.js, its own VTIMEZONEs registered so that times read in the zone they were written in. */
function parseCalendar(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
	const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

const ZONE = 'Asia/Shanghai';
const at = (date: string, clock: string) => zonedTime(date, clock, ZONE);

function session(slug: string, day: string, from: string, to: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent {
	return {
		uid: `${slug}@qtse.example.com`,
		stamp: new Date('2027-04-01T00:00:00Z'),
		span: { start: at(day, from), end: at(day, to), allDay: false },
		timeZone: ZONE,
		summary: slug,
		location: '主论坛 A 厅',
		url: `https://qtse.example.com/programme/${slug}/`,
		status: 'CONFIRMED',
		...overrides,
	};
}

const longChinese =
	'本场论坛汇聚来自装备制造、工业软件与物流领域的嘉宾，围绕“智能工厂的下一个十年”展开对话，探讨柔性产线、数字孪生与人机协作在中小企业中的落地路径。'.repeat(
		2,
	);

const programme = [
	session('opening', '2027-04-21', '09:30', '10:15', {
		summary: '开幕式暨主旨演讲：智能制造的下一个十年',
		description: longChinese,
		categories: ['主论坛', 'Robots, cobots & AI'],
		language: 'zh',
	}),
	// Moved from the 22nd to the 23rd: the same UID, one revision up, so that calendars move it instead of adding it again.
	session('cobot-safety', '2027-04-23', '14:00', '15:30', { summary: 'Cobot safety in practice', sequence: 1, language: 'en' }),
	session('logistics-forum', '2027-04-22', '10:00', '11:30', { summary: '智慧物流论坛', status: 'CANCELLED', sequence: 1 }),
];

// Written once: finding the zone's changes scans the year hour by hour, which takes a while on a busy machine.
let written: string | undefined;
const feed = () =>
	(written ??= icalendarOf({
		name: 'QTSE 2027 日程',
		timeZone: ZONE,
		events: programme,
		url: 'https://qtse.example.com/programme/',
		source: 'https://qtse.example.com/programme.ics',
		language: 'zh',
	}));

describe('the programme calendar', () => {
	it('holds one VTIMEZONE and one VEVENT a session, each with its UID', () => {
		const { calendar, events } = parseCalendar(feed());
		expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([ZONE]);
		expect(events.map((event) => event.uid)).toEqual([
			'opening@qtse.example.com',
			'cobot-safety@qtse.example.com',
			'logistics-forum@qtse.example.com',
		]);
	});
	it('reads the times in the fair’s zone back as the instants they were', () => {
		const { events } = parseCalendar(feed());
		const [opening, moved] = events;
		expect(opening!.startDate.zone.tzid).toBe(ZONE);
		expect(opening!.startDate.toString()).toBe('2027-04-21T09:30:00');
		expect(opening!.startDate.toJSDate().toISOString()).toBe('2027-04-21T01:30:00.000Z');
		expect(opening!.endDate.toJSDate().toISOString()).toBe('2027-04-21T02:15:00.000Z');
		expect(moved!.startDate.toJSDate().toISOString()).toBe('2027-04-23T06:00:00.000Z');
		expect(moved!.duration.toString()).toBe('PT1H30M');
	});
	it('marks the cancelled session and raises the revision of what changed', () => {
		const { events } = parseCalendar(feed());
		expect(events.map((event) => event.component.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
		expect(events.map((event) => event.sequence)).toEqual([0, 1, 1]);
	});
	it('names the calendar and asks subscribers to fetch it hourly', () => {
		const { calendar } = parseCalendar(feed());
		expect(calendar.getFirstPropertyValue('name')).toBe('QTSE 2027 日程');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('QTSE 2027 日程');
		expect(calendar.getFirstProperty('name')?.getParameter('language')).toBe('zh');
		expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT1H');
		expect(calendar.getFirstProperty('refresh-interval')?.type).toBe('duration');
		expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
		expect(calendar.getFirstPropertyValue('url')).toBe('https://qtse.example.com/programme/');
		expect(calendar.getFirstPropertyValue('source')).toBe('https://qtse.example.com/programme.ics');
	});
	it('keeps Chinese text whole through folding, every line at most 75 octets', () => {
		const text = feed();
		const lines = text.split('\r\n');
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
		const [opening] = parseCalendar(text).events;
		expect(opening!.description).toBe(longChinese);
		expect(opening!.summary).toBe('开幕式暨主旨演讲：智能制造的下一个十年');
	});
	it('writes the track as categories, a comma inside one escaped', () => {
		const [opening] = parseCalendar(feed()).events;
		expect(opening!.component.getFirstProperty('categories')?.getValues()).toEqual(['主论坛', 'Robots, cobots & AI']);
	});
	it('tags text with the event’s language, else the calendar’s', () => {
		const { events } = parseCalendar(feed());
		expect(events.map((event) => event.component.getFirstProperty('summary')?.getParameter('language'))).toEqual(['zh', 'en', 'zh']);
	});
	it('describes the zone for every year the events span', () => {
		const berlin = (date: string, clock: string) => zonedTime(date, clock, 'Europe/Berlin');
		const events = [
			session('winter', '2027-12-30', '10:00', '11:00', { timeZone: 'Europe/Berlin' }),
			session('summer', '2028-06-15', '10:00', '11:00', { timeZone: 'Europe/Berlin' }),
		].map((event, index) => ({
			...event,
			span: {
				start: berlin(index ? '2028-06-15' : '2027-12-30', '10:00'),
				end: berlin(index ? '2028-06-15' : '2027-12-30', '11:00'),
				allDay: false,
			},
		}));
		const text = icalendarOf({ name: 'Two years', timeZone: 'Europe/Berlin', events });
		expect(text).toContain('DTSTART:20280326T020000'); // the 2028 change to summer time is there
		const parsed = parseCalendar(text).events;
		expect(parsed[0]!.startDate.toJSDate().toISOString()).toBe('2027-12-30T09:00:00.000Z'); // CET
		expect(parsed[1]!.startDate.toJSDate().toISOString()).toBe('2028-06-15T08:00:00.000Z'); // CEST
		expect(vtimezone('Europe/Berlin', 2027, 2028).filter((line) => line === 'BEGIN:DAYLIGHT')).toHaveLength(2);
	});
	it('writes whole-day events without a zone, and an empty programme as an empty calendar', () => {
		const day = session('setup', '2027-04-20', '00:00', '00:00', {
			span: expoSpan({ startDate: '2027-04-20', endDate: '2027-04-20', timezone: ZONE, hours: [] }),
		});
		const text = icalendarOf({ name: 'Setup', timeZone: ZONE, events: [day] });
		expect(text).not.toContain('BEGIN:VTIMEZONE');
		expect(parseCalendar(text).events[0]!.startDate.isDate).toBe(true);
		const empty = parseCalendar(icalendarOf({ name: 'Nothing yet', timeZone: ZONE, events: [] }));
		expect(empty.events).toEqual([]);
	});
	it('refuses two events with one UID, an event in another zone, and a refresh interval that is no duration', () => {
		expect(() => icalendarOf({ name: 'x', timeZone: ZONE, events: [programme[0]!, programme[0]!] })).toThrow(
			/two calendar events have the UID/,
		);
		expect(() => icalendarOf({ name: 'x', timeZone: 'Europe/Berlin', events: [programme[0]!] })).toThrow(/is in Asia\/Shanghai/);
		for (const refreshInterval of ['1h', 'P', 'PT', 'P1DT'])
			expect(() => icalendarOf({ name: 'x', timeZone: ZONE, events: [], refreshInterval })).toThrow(/not an iCalendar duration/);
		expect(icalendarOf({ name: 'x', timeZone: ZONE, events: [], refreshInterval: 'P1D' })).toContain(
			'REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n',
		);
	});
	it('writes the fair’s one event as the fair’s own file does', () => {
		const fair = event();
		const one = icalendar(fair);
		const lines = (text: string) => text.split('\r\nBEGIN:VEVENT\r\n')[1]!.split('\r\nEND:VEVENT')[0];
		expect(lines(icalendarOf({ name: 'QTSE', timeZone: 'Asia/Shanghai', events: [fair] }))).toBe(lines(one));
		expect(parseCalendarEvent(one).uid).toBe(fair.uid);
	});
});
