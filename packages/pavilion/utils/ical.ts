import { calendarDate, timeZoneOffsetMinutes } from './dates.ts';
import type { ExpoSpan } from './expo-times.ts';

/**
 * A one-event iCalendar file (RFC 5545). Times are written in the fair's own time zone with a
 * VTIMEZONE derived from the platform's time-zone data, so calendars show the local opening time
 * wherever the reader is.
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

export function vtimezone(timeZone: string, year: number): string[] {
	const changes = offsetChanges(timeZone, year);
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
	// The rules in force before the year's first change, so that January is covered too.
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

export function icalendar(event: CalendarEvent): string {
	const { span, timeZone } = event;
	const dates = span.allDay
		? [
				`DTSTART;VALUE=DATE:${calendarDate(span.start, timeZone).replace(/-/g, '')}`,
				`DTEND;VALUE=DATE:${calendarDate(span.end, timeZone).replace(/-/g, '')}`,
			]
		: [`DTSTART;TZID=${timeZone}:${localStamp(span.start, timeZone)}`, `DTEND;TZID=${timeZone}:${localStamp(span.end, timeZone)}`];
	const language = event.language ? `;LANGUAGE=${event.language}` : '';
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Pavilion//astro-pavilion//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...(span.allDay ? [] : vtimezone(timeZone, Number(calendarDate(span.start, timeZone).slice(0, 4)))),
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${utcStamp(event.stamp)}`,
		`SEQUENCE:${event.sequence ?? 0}`,
		...dates,
		`SUMMARY${language}:${escapeText(event.summary)}`,
		event.location && `LOCATION${language}:${escapeText(event.location)}`,
		event.description && `DESCRIPTION${language}:${escapeText(event.description)}`,
		event.url && `URL:${event.url}`,
		`STATUS:${event.status}`,
		'TRANSP:TRANSPARENT',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return `${lines
		.filter((line): line is string => Boolean(line))
		.map(foldLine)
		.join('\r\n')}\r\n`;
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
