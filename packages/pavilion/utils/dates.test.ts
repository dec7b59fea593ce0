import { describe, expect, it } from 'vitest';
import {
	calendarDate,
	consecutiveRuns,
	formatDate,
	formatDateRange,
	formatDays,
	isoWithOffset,
	parseArticleDate,
	zonedTime,
} from './dates.ts';

describe('parseArticleDate', () => {
	it('reads a bare date as midnight in the fair time zone', () => {
		expect(parseArticleDate('2026-09-15', 'Asia/Shanghai')?.toISOString()).toBe('2026-09-14T16:00:00.000Z');
	});
	it('treats the Date YAML makes of a bare date the same way', () => {
		expect(parseArticleDate(new Date('2026-09-15T00:00:00Z'), 'Asia/Shanghai')?.toISOString()).toBe('2026-09-14T16:00:00.000Z');
	});
	it('keeps an explicit offset', () => {
		expect(parseArticleDate('2026-06-16T09:00:00+08:00', 'Europe/Berlin')?.toISOString()).toBe('2026-06-16T01:00:00.000Z');
	});
	it('reads a time without offset in the fair time zone', () => {
		expect(parseArticleDate('2026-06-16 09:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-06-16T01:30:00.000Z');
	});
	it.each([
		'April 24',
		'2026-02-30',
		'2026-13-01',
		'2024-13-45',
		'2024-02-30T08:00:00+08:00',
		'2026-06-16T24:10',
		'2026-06-16T09:61Z',
		'24/04/2026',
		'',
		'yesterday',
	])('rejects %j', (value) => {
		expect(parseArticleDate(value, 'Asia/Shanghai')).toBeUndefined();
	});
	it('keeps the seconds of a time without offset', () => {
		// Dropped, 10:30:45 became 10:30:00, and an article set to appear then appeared 45 s early.
		expect(parseArticleDate('2024-03-18T10:30:45', 'Asia/Shanghai')?.toISOString()).toBe('2024-03-18T02:30:45.000Z');
		expect(parseArticleDate('2024-03-18 10:30:45.250', 'Asia/Shanghai')?.toISOString()).toBe('2024-03-18T02:30:45.250Z');
	});
	it('shows a date of the time before standard time as the day written', () => {
		// Asia/Shanghai kept local mean time, +08:05:43, until 1901: rounded to minutes, midnight fell 17 s into 1899.
		const day = parseArticleDate('1900-01-01', 'Asia/Shanghai')!;
		expect(formatDate(day, 'zh-CN', 'Asia/Shanghai')).toBe('1900年1月1日');
		expect(calendarDate(day, 'Asia/Shanghai')).toBe('1900-01-01');
		expect(isoWithOffset(day, 'Asia/Shanghai')).toBe('1900-01-01T00:00:17+08:06');
		expect(new Date(isoWithOffset(day, 'Asia/Shanghai')).getTime()).toBe(day.getTime());
	});
	it('gives every date, in every time zone, back as the day written', () => {
		const days = [
			'0050-06-15',
			'1850-03-01',
			'1900-01-01',
			'1919-04-13',
			'1940-06-03',
			'1986-05-04',
			'2018-11-04',
			'2024-03-31',
			'2026-10-25',
		];
		const wrong: string[] = [];
		for (const zone of Intl.supportedValuesOf('timeZone'))
			for (const day of days) {
				const shown = calendarDate(parseArticleDate(day, zone)!, zone);
				if (shown !== day) wrong.push(`${zone} ${day} → ${shown}`);
			}
		expect(wrong).toEqual([]);
	});
	it('rejects values that are not dates at all', () => {
		expect(parseArticleDate(20260915, 'Asia/Shanghai')).toBeUndefined();
		expect(parseArticleDate(new Date('nope'), 'Asia/Shanghai')).toBeUndefined();
	});
});

describe('time zones', () => {
	it('finds the instant of a wall-clock time across a DST change', () => {
		expect(zonedTime('2027-03-28', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-03-28T07:00:00.000Z');
		expect(zonedTime('2027-01-10', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-01-10T08:00:00.000Z');
	});
	it('takes a midnight that summer time skips as the moment the day began', () => {
		// São Paulo's clocks jumped from 00:00 to 01:00 on 2018-11-04.
		expect(zonedTime('2018-11-04', '00:00', 'America/Sao_Paulo').toISOString()).toBe('2018-11-04T03:00:00.000Z');
	});
	it('gives the calendar date of an instant in a zone, not on the build machine', () => {
		expect(calendarDate(new Date('2026-09-14T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-09-15');
		expect(calendarDate(new Date('2026-09-14T16:00:00Z'), 'America/Los_Angeles')).toBe('2026-09-14');
	});
	it('writes machine-readable instants with the zone offset', () => {
		expect(isoWithOffset(new Date('2026-09-14T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-09-15T00:00:00+08:00');
		expect(isoWithOffset(new Date('2026-01-01T12:00:00Z'), 'America/New_York')).toBe('2026-01-01T07:00:00-05:00');
	});
});

describe('formatting', () => {
	const date = new Date('2024-04-23T16:00:00Z');
	it('formats dates as readers of each language expect', () => {
		expect(formatDate(date, 'zh-CN', 'Asia/Shanghai')).toBe('2024年4月24日');
		expect(formatDate(date, 'en', 'Asia/Shanghai')).toBe('April 24, 2024');
	});
	it('shortens the fair dates the way Chinese posters do', () => {
		expect(formatDateRange('2024-04-24', '2024-04-26', 'zh-CN')).toBe('2024.4.24–26');
		expect(formatDateRange('2024-04-29', '2024-05-02', 'zh-CN')).toBe('2024.4.29–5.2');
		expect(formatDateRange('2024-12-30', '2025-01-02', 'zh-CN')).toBe('2024.12.30–2025.1.2');
		expect(formatDateRange('2024-04-24', '2024-04-24', 'zh-CN')).toBe('2024.4.24');
	});
	it('lets Intl format English ranges', () => {
		expect(formatDateRange('2024-04-24', '2024-04-26', 'en')).toBe('April 24\u2009–\u200926, 2024');
	});
});

describe('opening days', () => {
	const days = ['2027-04-23', '2027-04-21', '2027-04-22', '2027-04-30', '2027-05-01'];
	it('groups consecutive days', () => {
		expect(consecutiveRuns(days)).toEqual([
			['2027-04-21', '2027-04-22', '2027-04-23'],
			['2027-04-30', '2027-05-01'],
		]);
	});
	it('writes runs of days as ranges with their weekdays', () => {
		expect(formatDays(days, 'zh-CN')).toBe('4月21日—23日（周三至周五）、4月30日—5月1日（周五至周六）');
		expect(formatDays(['2027-04-24'], 'zh-CN')).toBe('4月24日（周六）');
		expect(formatDays(['2027-04-21', '2027-04-22'], 'en')).toBe('Wed, Apr 21\u2009–\u2009Thu, Apr 22');
		expect(formatDays(['2027-04-24'], 'en')).toBe('Sat, Apr 24');
	});
});
