/**
 * Dates are read and shown in the fair's time zone, whatever the time zone of the build machine:
 * a news item dated 2026-09-15 is on the 15th in Qingtan even when CI runs in UTC-8.
 */
import { cached } from './cached.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and options for the whole build: making one costs tens of
 * microseconds, and a build formats dates on every page.
 */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return cached(formats, `${lang}\u0000${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));
}

/** Milliseconds since 1970 of a UTC wall-clock time; unlike Date.UTC, years 0 to 99 stay themselves. */
function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
	const time = new Date(0);
	time.setUTCFullYear(year, month - 1, day);
	time.setUTCHours(hour, minute, second, 0);
	return time.getTime();
}

/**
 * Offset of `timeZone` from UTC at `instant`, in milliseconds, to the second: before standard time,
 * zones kept the local mean time of their city (Asia/Shanghai was +08:05:43 until 1901), and an
 * offset rounded to minutes put midnight of 1900-01-01 into the last seconds of 1899.
 */
export function timeZoneOffset(instant: Date, timeZone: string): number {
	const parts = dateFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		era: 'short',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	// Years before 1 are counted backwards in the BC era: 1 BC is year 0.
	const bc = parts.find((part) => part.type === 'era')?.value === 'BC';
	const year = bc ? 1 - get('year') : get('year');
	const asUtc = utcTime(year, get('month'), get('day'), get('hour'), get('minute'), get('second'));
	return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Offset of `timeZone` from UTC at `instant`, in whole minutes (Asia/Shanghai: +480). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
	return Math.round(timeZoneOffset(instant, timeZone) / 60000);
}

/**
 * The instant a wall-clock time happens in `timeZone`: zonedTime('2027-04-21', '09:00', 'Asia/Shanghai')
 * is 01:00Z. The clock may hold seconds ("10:30:45", "10:30:45.250"). A time that a change to summer
 * time skips (00:00 on a day whose clocks jump from midnight to 01:00) becomes the instant the clocks
 * jumped, which is still that day.
 */
export function zonedTime(isoDate: string, clock: string, timeZone: string): Date {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	const [hour = 0, minute = 0, second = 0] = clock.split(':').map(Number);
	const wall = utcTime(year, month, day, hour, minute) + Math.round(second * 1000);
	// The offset can differ on either side of a change of clocks: try the offsets on both sides.
	const before = wall - timeZoneOffset(new Date(wall), timeZone);
	const after = wall - timeZoneOffset(new Date(before), timeZone);
	const shows = (instant: number) => instant + timeZoneOffset(new Date(instant), timeZone) === wall;
	if (shows(after)) return new Date(after);
	if (shows(before)) return new Date(before);
	return new Date(Math.max(before, after));
}

/** The calendar date (YYYY-MM-DD) of an instant in `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
	const day = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
	// Intl writes the year 50 as "50": YYYY-MM-DD has four digits.
	return day.padStart(10, '0');
}

/**
 * Read a front-matter date. YAML turns `2026-09-15` into midnight UTC; a date without a time means
 * that day in the fair's time zone, so both the bare string and such a Date become local midnight.
 * Returns undefined when the value is not a date.
 */
export function parseArticleDate(value: unknown, timeZone: string): Date | undefined {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return undefined;
		const isBareDate =
			value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
		return isBareDate ? zonedTime(value.toISOString().slice(0, 10), '00:00', timeZone) : value;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (bare) {
		const check = new Date(`${text}T00:00:00Z`);
		return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== text ? undefined : zonedTime(text, '00:00', timeZone);
	}
	const timed = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
	// The calendar date must exist as written: JavaScript would roll 2024-02-30 over to March.
	if (!timed || !parseArticleDate(timed[1], timeZone)) return undefined;
	if (timed[6]) {
		const date = new Date(text.replace(' ', 'T'));
		return Number.isNaN(date.getTime()) ? undefined : date;
	}
	// Seconds count: 10:30:45 is not 10:30, and an article set to appear then must not appear 45 s early.
	return zonedTime(timed[1]!, `${timed[2]!}:${timed[3]!}${timed[4] ?? ''}`, timeZone);
}

/** "2024年4月24日" / "April 24, 2024", in the fair's time zone. */
export function formatDate(date: Date, lang: string, timeZone: string): string {
	return dateFormat(lang, { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** "2024年4月" / "April 2024": archive headings. */
export function formatMonth(year: number, month: number, lang: string): string {
	return dateFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

const dateRanges = new Map<string, string>();

/**
 * The fair's dates in a compact form: "2027.4.21–24" in Chinese (the form used on Chinese fair
 * posters), "21–24 April 2027" or "April 21–24, 2027" as the language formats it otherwise.
 */
export function formatDateRange(startDate: string, endDate: string, lang: string): string {
	// Every page's header shows the fair's dates: format them once per language.
	return cached(dateRanges, `${startDate}/${endDate}/${lang}`, () => dateRangeText(startDate, endDate, lang));
}

function dateRangeText(startDate: string, endDate: string, lang: string): string {
	const [sy, sm, sd] = startDate.split('-').map(Number) as [number, number, number];
	const [ey, em, ed] = endDate.split('-').map(Number) as [number, number, number];
	if (lang.toLowerCase().startsWith('zh')) {
		const start = `${sy}.${sm}.${sd}`;
		if (startDate === endDate) return start;
		if (sy !== ey) return `${start}–${ey}.${em}.${ed}`;
		return sm === em ? `${start}–${ed}` : `${start}–${em}.${ed}`;
	}
	const format = dateFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
	return format.formatRange(new Date(Date.UTC(sy, sm - 1, sd)), new Date(Date.UTC(ey, em - 1, ed)));
}

/**
 * Machine-readable instant with the zone's offset, for <time datetime> and structured data. Offsets
 * are written in whole minutes, as HTML and ISO 8601 require; an old local mean time (+08:05:43) is
 * written rounded up (+08:06), with the local time 17 s later, so the instant stays exact and a
 * midnight stays on its day.
 */
export function isoWithOffset(instant: Date, timeZone: string): string {
	const offset = Math.ceil(timeZoneOffset(instant, timeZone) / 60000);
	const local = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 19);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Split calendar dates (YYYY-MM-DD) into runs of consecutive days. */
export function consecutiveRuns(days: readonly string[]): string[][] {
	const sorted = [...new Set(days)].sort();
	const runs: string[][] = [];
	for (const day of sorted) {
		const run = runs.at(-1);
		const previous = run?.at(-1);
		if (run && previous && Date.parse(`${day}T00:00:00Z`) - Date.parse(`${previous}T00:00:00Z`) === 86400000) run.push(day);
		else runs.push([day]);
	}
	return runs;
}

const utcDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Opening days as a reader scans them: "4月21日—23日（周三至周五）、4月24日（周六）" or
 * "Wed, Apr 21 – Fri, Apr 23; Sat, Apr 24".
 */
export function formatDays(days: readonly string[], lang: string): string {
	const runs = consecutiveRuns(days);
	if (lang.toLowerCase().startsWith('zh')) {
		const weekday = dateFormat(lang, { timeZone: 'UTC', weekday: 'short' });
		const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;
		return runs
			.map((run) => {
				const first = run[0]!;
				const last = run.at(-1)!;
				if (first === last) return `${monthDay(first)}（${weekday.format(utcDay(first))}）`;
				const end = first.slice(5, 7) === last.slice(5, 7) ? `${Number(last.slice(8))}日` : monthDay(last);
				return `${monthDay(first)}—${end}（${weekday.format(utcDay(first))}至${weekday.format(utcDay(last))}）`;
			})
			.join('、');
	}
	const format = dateFormat(lang, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
	return runs
		.map((run) => (run.length === 1 ? format.format(utcDay(run[0]!)) : format.formatRange(utcDay(run[0]!), utcDay(run.at(-1)!))))
		.join('; ');
}
