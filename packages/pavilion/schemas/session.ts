import { z } from 'astro/zod';
import { isCalendarDate } from './expo.ts';
import { expecting } from './expecting.ts';
import { localizedText } from './localized.ts';

/**
 * A session of the programme (issue 24), as `site/programme/<name>.yaml` holds it: its times are
 * the fair's local time, written as text ("2027-04-21T09:30"), since YAML would read a time with
 * seconds as an instant in UTC. A moved session keeps its earlier times (`previous`) so calendars
 * that had it update it, and a cancelled one stays, marked, for the same reason.
 */
export interface SessionSchemaOptions {
	localeKeys: readonly string[];
	defaultLocale: string;
	rooms: readonly string[];
	tracks: readonly string[];
}

export const SESSION_STATUSES = ['scheduled', 'moved', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** "2027-04-21T09:30": a day that exists and a 24-hour time, nothing else. */
export function isLocalTime(value: string): boolean {
	const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(value);
	return match !== null && isCalendarDate(match[1]!);
}

const localTime = (what: string) =>
	z
		.string({ error: expecting(`the ${what} as quoted text in the fair's time, such as '2027-04-21T09:30'`) })
		.refine(isLocalTime, { error: expecting(`the ${what} written YYYY-MM-DDTHH:MM in the fair's time, such as '2027-04-21T09:30'`) });

const oneOf = (keys: readonly string[], what: string) =>
	z.string().refine((value) => keys.includes(value), { error: expecting(`one of the ${what} in the options: ${keys.join(', ')}`) });

const slugList = (what: string) =>
	z.array(
		z
			.string()
			.regex(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u, { error: expecting(`the file name of ${what}, such as lin-siyuan`) }),
		{
			error: expecting(`a list of ${what}s by file name, such as [lin-siyuan]`),
		},
	);

export function sessionSchema({ localeKeys, defaultLocale, rooms, tracks }: SessionSchemaOptions) {
	const text = localizedText(localeKeys, defaultLocale);
	const span = z.strictObject({ start: localTime('start'), end: localTime('end') });
	return z.strictObject({
		title: text.describe('The session’s title: one text, or one per language.'),
		description: text.optional().describe('What the session is about, one text or one per language.'),
		start: localTime('start').describe("When it starts, in the fair's time: '2027-04-21T09:30'."),
		end: localTime('end').describe("When it ends, in the fair's time: '2027-04-21T11:00'."),
		room: oneOf(rooms, 'rooms').describe('The room, a key of the options’ rooms.'),
		track: oneOf(tracks, 'tracks').describe('The track, a key of the options’ tracks.'),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(-[a-z]{2,3})?$/, { error: expecting('the language spoken as a code such as zh, en, or zh-en when interpreted') })
			.describe('The language spoken: zh, en, or zh-en for an interpreted session.'),
		speakers: slugList('speaker').default([]).describe('Its speakers, by the file names of site/speakers/.'),
		status: z
			.enum(SESSION_STATUSES, { error: expecting(`one of ${SESSION_STATUSES.join(', ')}`) })
			.default('scheduled')
			.describe('scheduled, moved (give its earlier times in previous) or cancelled.'),
		previous: z.array(span).optional().describe('For a moved session: the times it had before, earliest first.'),
		sideEvent: z
			.boolean({ error: expecting('true or false') })
			.default(false)
			.describe('true for a session outside the fair’s days, such as a press conference the day before.'),
		exhibitors: slugList('exhibitor').optional().describe('Exhibitors presenting, by the file names of site/exhibitors/.'),
	});
}

export type SessionData = z.output<ReturnType<typeof sessionSchema>>;
