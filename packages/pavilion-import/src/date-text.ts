import { calendarDate, isoWithOffset, zonedTime } from 'astro-pavilion/tools';

/**
 * Dates as old news pages write them: "2026-08-12 09:30", "2026年8月12日", "2026/08/12",
 * "2026.8.12", "20260812" (in meta tags), ISO date-times with an offset, "14 August 2026" and
 * "August 14, 2026". A date without an offset is a wall-clock time in the fair's time zone.
 */
export interface FoundDate {
	/** As the front matter gets it: "2026-08-12", or "2026-08-12T09:30:00+08:00" with the fair's offset. */
	written: string;
	instant: Date;
	/** The calendar day in the fair's time zone. */
	day: string;
	hasTime: boolean;
	/** Where it was read, for the report: 'meta PubDate "2026-08-12 09:30"'. */
	from: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "09:30", "09:30:15", "9时30分", then an optional offset: the time part of every numeric form. */
const TIME = String.raw`(?:(?:T|[ \t\u3000]+)?(\d{1,2})[:：时](\d{2})分?(?:[:：](\d{2})秒?)?(?:\.\d+)?[ \t]*(Z|[+-]\d{2}:?\d{2})?)?`;
const ENGLISH_TIME = String.raw`(?:,?[ \t]+(?:at[ \t]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]*([ap]\.?m\.?)?)?`;

const PATTERNS: { regex: RegExp; read: (match: RegExpExecArray) => Parts }[] = [
	{
		// 2026-08-12, 2026/8/12, 2026.08.12, 2026年8月12日, with a time after.
		regex: new RegExp(
			String.raw`(?<!\d)(\d{4})[ \t]*(?:[-/.]|年)[ \t]*(\d{1,2})[ \t]*(?:[-/.]|月)[ \t]*(\d{1,2})(?!\d)[ \t]*日?${TIME}`,
			'u',
		),
		read: (m) => ({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], offset: m[7] }),
	},
	{
		regex: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ \t]+${MONTH},?[ \t]+(\d{4})${ENGLISH_TIME}`, 'iu'),
		read: (m) => ({ year: m[3], month: monthNumber(m[2]), day: m[1], hour: m[4], minute: m[5], second: m[6], meridiem: m[7] }),
	},
	{
		regex: new RegExp(String.raw`${MONTH}[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})${ENGLISH_TIME}`, 'iu'),
		read: (m) => ({ year: m[3], month: monthNumber(m[1]), day: m[2], hour: m[4], minute: m[5], second: m[6], meridiem: m[7] }),
	},
];
/** "20260812" and "20260812093000": only as the whole value of a meta tag, where nothing else could be meant. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;

interface Parts {
	year: string | undefined;
	month: string | undefined;
	day: string | undefined;
	hour?: string | undefined;
	minute?: string | undefined;
	second?: string | undefined;
	offset?: string | undefined;
	meridiem?: string | undefined;
}

function monthNumber(name: string | undefined): string | undefined {
	const index = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
	return index < 0 ? undefined : String(index + 1);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The date the parts name, or undefined when there is no such day or time (2026-02-30, 25:00). */
function toDate(parts: Parts, timeZone: string, from: string): FoundDate | undefined {
	const year = Number(parts.year);
	const month = Number(parts.month);
	const dayOfMonth = Number(parts.day);
	if (!(year >= 1990 && year <= 2100) || !(month >= 1 && month <= 12) || !(dayOfMonth >= 1)) return undefined;
	const day = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
	if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day || dayOfMonth > 31) return undefined;
	if (parts.hour === undefined) {
		return { written: day, instant: zonedTime(day, '00:00', timeZone), day, hasTime: false, from };
	}
	let hour = Number(parts.hour);
	const minute = Number(parts.minute);
	const second = Number(parts.second ?? 0);
	const meridiem = parts.meridiem?.toLowerCase().replace(/\./g, '');
	if (meridiem) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	let instant: Date;
	if (parts.offset) {
		const offset = parts.offset === 'Z' ? 'Z' : parts.offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
		instant = new Date(`${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`);
		if (Number.isNaN(instant.getTime())) return undefined;
	} else {
		instant = new Date(zonedTime(day, `${pad(hour)}:${pad(minute)}`, timeZone).getTime() + second * 1000);
	}
	// Written with the fair's offset: the same instant, read the same way whatever the build machine's zone.
	return { written: isoWithOffset(instant, timeZone), instant, day: calendarDate(instant, timeZone), hasTime: true, from };
}

/** The first date in a text, such as a line "发布时间：2026-08-12 09:30  来源：…". */
export function findDate(text: string, timeZone: string, from: string): FoundDate | undefined {
	return dateIn(text.normalize('NFKC'), timeZone, from, false);
}

/**
 * A value that is a date and nothing else: a meta tag's content, a <time datetime>, the value of
 * "日期：". Trailing text ("2026-08-12 星期三") means it is something else, and gives undefined.
 */
export function parseDate(value: string, timeZone: string, from: string): FoundDate | undefined {
	const text = value.normalize('NFKC').trim();
	const compact = COMPACT.exec(text);
	if (compact)
		return toDate(
			{ year: compact[1], month: compact[2], day: compact[3], hour: compact[4], minute: compact[5], second: compact[6] },
			timeZone,
			from,
		);
	return dateIn(text, timeZone, from, true);
}

function dateIn(text: string, timeZone: string, from: string, whole: boolean): FoundDate | undefined {
	for (const { regex, read } of PATTERNS) {
		const match = regex.exec(text);
		if (!match) continue;
		if (whole && (match.index !== 0 || match[0].trimEnd().length !== text.length)) continue;
		const date = toDate(read(match), timeZone, from);
		if (date) return date;
	}
	return undefined;
}
