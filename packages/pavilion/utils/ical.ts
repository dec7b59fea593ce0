import { calendarDate, timeZoneOffsetMinutes } from './dates.ts';
import type { ExpoSpan } from './expo-times.ts';

/**
 * iCalendar files (RFC 5545): one event (the fair) or a whole calendar (the programme). Times are
 * written in the fair's own time zone with a VTIMEZONE derived from the platform's time-zone data,
 * so calendars show the local time wherever the reader is.
 */
export interface CalendarEvent {
	/** Stays the same for the life of the event, so that a file imported again updates it instead of adding a second. */
	uid: string;
	/** The revision: a calendar takes a file with the same UID as an update only if this is not lower than what it has. 0 when not given. */
	sequence?: number | undefined;
	stamp: Date;
	span: ExpoSpan;
	timeZone: string;
	summary: string;
	location?: string | undefined;
	description?: string | undefined;
	url?: string | undefined;
	status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
	language?: string | undefined;
	/** A session's track, so that calendars can colour or filter by it. */
	categories?: readonly string[] | undefined;
}

/** TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Content lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (size + bytes > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const utcStamp = (date: Date) =>
	date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** Local wall-clock time of an instant in a zone, as YYYYMMDDTHHMMSS. */
function localStamp(date: Date, timeZone: string): string {
	const local = new Date(date.getTime() + timeZoneOffsetMinutes(date, timeZone) * 60000);
	return utcStamp(local).slice(0, 15);
}

function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Offset changes in `year`, found hour by hour and narrowed to the minute. */
function offsetChanges(timeZone: string, year: number): { at: Date; from: number; to: number }[] {
	const changes: { at: Date; from: number; to: number }[] = [];
	const end = Date.UTC(year + 1, 0, 1);
	let previous = timeZoneOffsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone);
	for (let time = Date.UTC(year, 0, 1) + 3600000; time <= end; time += 3600000) {
		const offset = timeZoneOffsetMinutes(new Date(time), timeZone);
		if (offset !== previous) {
			let low = time - 3600000;
			let high = time;
			while (high - low > 60000) {
				const middle = low + Math.floor((high - low) / 120000) * 60000;
				if (timeZoneOffsetMinutes(new Date(middle), timeZone) === previous) low = middle;
				else high = middle;
			}
			changes.push({ at: new Date(high), from: previous, to: offset });
			previous = offset;
		}
	}
	return changes;
}

/**
 * The zone's rules from `year` to `lastYear` (the same year unless given): a programme that runs over
 * New Year, or a calendar that holds next year's fair too, needs the changes of every year it touches.
 */
export function vtimezone(timeZone: string, year: number, lastYear = year): string[] {
	const changes: { at: Date; from: number; to: number }[] = [];
	for (let each = year; each <= lastYear; each++) changes.push(...offsetChanges(timeZone, each));
	if (changes.length === 0) {
		const offset = offsetText(timeZoneOffsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone));
		return [
			'BEGIN:VTIMEZONE',
			`TZID:${timeZone}`,
			'BEGIN:STANDARD',
			'DTSTART:19700101T000000',
			`TZOFFSETFROM:${offset}`,
			`TZOFFSETTO:${offset}`,
			'END:STANDARD',
			'END:VTIMEZONE',
		];
	}
	const standardOffset = Math.min(...changes.flatMap((change) => [change.from, change.to]));
	const first = changes[0]!;
	// The rules in force before the first change, so that January of the first year is covered too.
	const opening = first.from > standardOffset ? 'DAYLIGHT' : 'STANDARD';
	const initial = [
		`BEGIN:${opening}`,
		'DTSTART:19700101T000000',
		`TZOFFSETFROM:${offsetText(first.from)}`,
		`TZOFFSETTO:${offsetText(first.from)}`,
		`END:${opening}`,
	];
	const observances = changes.flatMap((change) => {
		const kind = change.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
		// DTSTART of an observance is the local time just before the change, in the old offset.
		const localBefore = utcStamp(new Date(change.at.getTime() + change.from * 60000)).slice(0, 15);
		return [
			`BEGIN:${kind}`,
			`DTSTART:${localBefore}`,
			`TZOFFSETFROM:${offsetText(change.from)}`,
			`TZOFFSETTO:${offsetText(change.to)}`,
			`END:${kind}`,
		];
	});
	return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...initial, ...observances, 'END:VTIMEZONE'];
}

const CALENDAR_HEAD = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pavilion//astro-pavilion//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];

/** The year of an instant on the fair's calendar, which is the year its VTIMEZONE must describe. */
const localYear = (date: Date, timeZone: string) => Number(calendarDate(date, timeZone).slice(0, 4));

/** The VTIMEZONE for the years the timed events span; none when every event is whole days (dates need no zone). */
function zoneLines(events: readonly CalendarEvent[], timeZone: string): string[] {
	const timed = events.filter((event) => !event.span.allDay);
	if (timed.length === 0) return [];
	const years = timed.flatMap((event) => [localYear(event.span.start, timeZone), localYear(event.span.end, timeZone)]);
	return vtimezone(timeZone, Math.min(...years), Math.max(...years));
}

/**
 * One VEVENT, unfolded. The fair's file and the programme's calendar share it, so an event reads the
 * same in both. `defaultLanguage` tags text whose event names no language of its own.
 */
function veventLines(event: CalendarEvent, defaultLanguage?: string): string[] {
	const { span, timeZone } = event;
	const dates = span.allDay
		? [
				`DTSTART;VALUE=DATE:${calendarDate(span.start, timeZone).replace(/-/g, '')}`,
				`DTEND;VALUE=DATE:${calendarDate(span.end, timeZone).replace(/-/g, '')}`,
			]
		: [`DTSTART;TZID=${timeZone}:${localStamp(span.start, timeZone)}`, `DTEND;TZID=${timeZone}:${localStamp(span.end, timeZone)}`];
	const languageTag = event.language ?? defaultLanguage;
	const language = languageTag ? `;LANGUAGE=${languageTag}` : '';
	const categories = (event.categories ?? []).filter(Boolean);
	const lines = [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${utcStamp(event.stamp)}`,
		`SEQUENCE:${event.sequence ?? 0}`,
		...dates,
		`SUMMARY${language}:${escapeText(event.summary)}`,
		event.location && `LOCATION${language}:${escapeText(event.location)}`,
		event.description && `DESCRIPTION${language}:${escapeText(event.description)}`,
		// A comma separates the values of CATEGORIES, so each is escaped on its own (RFC 5545 §3.8.1.2).
		categories.length > 0 && `CATEGORIES${language}:${categories.map(escapeText).join(',')}`,
		event.url && `URL:${event.url}`,
		`STATUS:${event.status}`,
		// Neither a fair of several days nor a programme of parallel sessions should mark the reader busy.
		'TRANSP:TRANSPARENT',
		'END:VEVENT',
	];
	return lines.filter((line): line is string => Boolean(line));
}

/** Content lines into the file: each folded, CRLF after every one (RFC 5545 §3.1). */
const contentOf = (lines: readonly string[]) => `${lines.map(foldLine).join('\r\n')}\r\n`;

export function icalendar(event: CalendarEvent): string {
	return contentOf([...CALENDAR_HEAD, ...zoneLines([event], event.timeZone), ...veventLines(event), 'END:VCALENDAR']);
}

/** A calendar of many events in one zone, the programme's subscription feed. */
export interface CalendarOptions {
	/** What calendars list the subscription as (NAME, RFC 7986, and X-WR-CALNAME for those that predate it). */
	name: string;
	/** The zone every timed event is written in: the fair's, so that one VTIMEZONE serves them all. */
	timeZone: string;
	events: readonly CalendarEvent[];
	/**
	 * How often a subscribed calendar should fetch the feed again, as an RFC 5545 duration ("PT1H"):
	 * sessions move and are cancelled up to the last day. One hour unless given.
	 */
	refreshInterval?: string | undefined;
	/** The programme's web page (URL, RFC 7986). */
	url?: string | undefined;
	/** The feed's own address (SOURCE, RFC 7986), where a calendar fetches it again. */
	source?: string | undefined;
	/** The language of the calendar's name, and of the text of events that name none of their own. */
	language?: string | undefined;
}

const DURATION = /^P(?:\d+W|(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/**
 * One VCALENDAR with one VTIMEZONE and a VEVENT per event. Events are written in the order given.
 * Two events with one UID would be one event to a calendar, which then keeps either: that is refused.
 */
export function icalendarOf(options: CalendarOptions): string {
	const { name, timeZone, events } = options;
	const refresh = options.refreshInterval ?? 'PT1H';
	if (!DURATION.test(refresh) || refresh === 'P') throw new Error(`refreshInterval is not an iCalendar duration: ${refresh}`);
	const uids = new Set<string>();
	for (const event of events) {
		if (uids.has(event.uid)) throw new Error(`two calendar events have the UID ${event.uid}`);
		uids.add(event.uid);
		if (event.timeZone !== timeZone && !event.span.allDay)
			throw new Error(`event ${event.uid} is in ${event.timeZone}, the calendar in ${timeZone}`);
	}
	const language = options.language ? `;LANGUAGE=${options.language}` : '';
	return contentOf(
		[
			...CALENDAR_HEAD,
			`NAME${language}:${escapeText(name)}`,
			`X-WR-CALNAME${language}:${escapeText(name)}`,
			// Apple Calendar and Google Calendar show the events in this zone when the reader has none set for the feed.
			`X-WR-TIMEZONE:${timeZone}`,
			options.url && `URL:${options.url}`,
			options.source && `SOURCE;VALUE=URI:${options.source}`,
			// REFRESH-INTERVAL is the standard (RFC 7986); Outlook and older clients read X-PUBLISHED-TTL instead.
			`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
			`X-PUBLISHED-TTL:${refresh}`,
			...zoneLines(events, timeZone),
			...events.flatMap((event) => veventLines(event, options.language)),
			'END:VCALENDAR',
		].filter((line): line is string => Boolean(line)),
	);
}

/** Google Calendar's "add event" link for readers who use it; a plain link, loaded only when clicked. */
export function googleCalendarUrl(event: Pick<CalendarEvent, 'span' | 'timeZone' | 'summary' | 'location' | 'description'>): string {
	const { span, timeZone } = event;
	const dates = span.allDay
		? `${calendarDate(span.start, timeZone).replace(/-/g, '')}/${calendarDate(span.end, timeZone).replace(/-/g, '')}`
		: `${utcStamp(span.start)}/${utcStamp(span.end)}`;
	const params = new URLSearchParams({ action: 'TEMPLATE', text: event.summary, dates, ctz: timeZone });
	if (event.location) params.set('location', event.location);
	if (event.description) params.set('details', event.description);
	return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
