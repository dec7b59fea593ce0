import { z } from 'astro/zod';
import { EXPO_STATUSES, type ExpoStatus } from '../utils/expo-status.ts';
import { localizedText } from './localized.ts';
import { webUrl } from './links.ts';

export { EXPO_STATUSES, type ExpoStatus };

export const isoDate = z
	.string()
	.refine((value) => isCalendarDate(value), 'expected a calendar date written YYYY-MM-DD, such as "2027-04-21"');

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time written HH:MM, such as "09:00"');

const timeZone = z
	.string()
	.refine((zone) => isTimeZone(zone), 'expected an IANA time zone name such as "Asia/Shanghai" or "Europe/Berlin"');

export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export function expoSchema(localeKeys: readonly string[], defaultLocale: string) {
	const text = localizedText(localeKeys, defaultLocale);
	return z
		.object({
			name: text.describe(
				'Full name of the fair, e.g. { zh: "第七届青潭国际智能装备博览会", en: "7th Qingtan International Smart Equipment Expo" }.',
			),
			shortName: text
				.optional()
				.describe(
					"A short name for tight spaces: the title of the calendar event (the .ics file and the Google Calendar link, whose notes then give the full name), the web app's short name, and the header strip, before the dates (left out there when it is the same as the site title). Without it the calendar event takes the full name and the strip shows only the dates and venue.",
				),
			edition: z.number().int().positive().optional().describe('The edition number, e.g. 7 for the seventh fair.'),
			startDate: isoDate.describe("First day of the fair, YYYY-MM-DD, in the fair's time zone."),
			endDate: isoDate.describe("Last day of the fair, YYYY-MM-DD, in the fair's time zone. Not before startDate."),
			timezone: timeZone.default('Asia/Shanghai').describe('IANA time zone of the venue; dates and opening hours are read in it.'),
			venue: z
				.object({
					name: text.describe('Name of the venue.'),
					address: text.describe('Street address of the venue.'),
					mapUrl: webUrl().optional().describe('A link to a map of the venue (for readers in China prefer a map service reachable there).'),
				})
				.strict()
				.describe('Where the fair takes place.'),
			hours: z
				.array(
					z
						.object({
							label: text.describe('What the period is, e.g. { zh: "专业观众日", en: "Trade visitor days" }.'),
							days: z.array(isoDate).min(1).describe('The dates this period covers, YYYY-MM-DD.'),
							open: clockTime.describe('Opening time, HH:MM.'),
							close: clockTime.describe('Closing time, HH:MM.'),
						})
						.strict()
						.refine((period) => period.open < period.close, {
							path: ['close'],
							error: 'closes before it opens; expected a closing time later than the opening time',
						}),
				)
				.default([])
				.describe('Opening hours, one entry per period with the same times.'),
			status: z
				.enum(EXPO_STATUSES)
				.default('scheduled')
				.describe('Whether the fair goes ahead as planned. Anything but "scheduled" shows a banner on every page.'),
			previousStartDate: isoDate
				.optional()
				.describe(
					'When the status is "rescheduled" or "postponed": the first day as first announced. Keep it at that day through later moves: the calendar file takes its event UID from it, so calendars that imported the file before move the event instead of adding a second one.',
				),
			statusNote: text.optional().describe('A sentence shown in the status banner, e.g. the reason for a postponement.'),
			registrationUrl: webUrl().optional().describe('Where visitors register; shows a registration button on the home page.'),
		})
		.strict()
		.superRefine((expo, ctx) => {
			if (isCalendarDate(expo.startDate) && isCalendarDate(expo.endDate) && expo.endDate < expo.startDate) {
				ctx.addIssue({
					code: 'custom',
					path: ['endDate'],
					input: expo.endDate,
					message: `"${expo.endDate}" is before startDate "${expo.startDate}"; expected the last day of the fair, on or after its first day`,
				});
			}
			expo.hours.forEach((period, index) => {
				period.days.forEach((day, dayIndex) => {
					if (day < expo.startDate || day > expo.endDate) {
						ctx.addIssue({
							code: 'custom',
							path: ['hours', index, 'days', dayIndex],
							input: day,
							message: `"${day}" is outside the fair; expected a date from ${expo.startDate} to ${expo.endDate}`,
						});
					}
				});
			});
		});
}

export type ExpoConfig = z.output<ReturnType<typeof expoSchema>>;
