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

/** Offset of `timeZone` from UTC at `instant`, in minutes (Asia/Shanghai: +480). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
	const parts = dateFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant a wall-clock time happens in `timeZone`: zonedTime('2027-04-21', '09:00', 'Asia/Shanghai') is 01:00Z. */
export function zonedTime(isoDate: string, clock: string, timeZone: string): Date {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	const [hour, minute] = clock.split(':').map(Number) as [number, number];
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	// The offset can differ on either side of a DST change: correct once with the offset at the first guess.
	const first = wall - timeZoneOffsetMinutes(new Date(wall), timeZone) * 60000;
	return new Date(wall - timeZoneOffsetMinutes(new Date(first), timeZone) * 60000);
}

/** The calendar date (YYYY-MM-DD) of an instant in `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
	return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
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
	return zonedTime(timed[1]!, `${timed[2]!}:${timed[3]!}`, timeZone);
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

/** Machine-readable instant with the zone's offset, for <time datetime> and structured data. */
export function isoWithOffset(instant: Date, timeZone: string): string {
	const offset = timeZoneOffsetMinutes(instant, timeZone);
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
