import { z } from 'astro/zod';
import { isCalendarDate } from './expo.ts';
import { expecting } from './expecting.ts';
import { localizedText } from './localized.ts';
import { SESSION_TEXT } from './programme-text.ts';

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
		title: text.describe(SESSION_TEXT.title.hint.en),
		description: text.optional().describe(SESSION_TEXT.description.hint.en),
		start: localTime('start').describe(SESSION_TEXT.start.hint.en),
		end: localTime('end').describe(SESSION_TEXT.end.hint.en),
		room: oneOf(rooms, 'rooms').describe(SESSION_TEXT.room.hint.en),
		track: oneOf(tracks, 'tracks').describe(SESSION_TEXT.track.hint.en),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(-[a-z]{2,3})?$/, { error: expecting('the language spoken as a code such as zh, en, or zh-en when interpreted') })
			.describe(SESSION_TEXT.language.hint.en),
		speakers: slugList('speaker').default([]).describe(SESSION_TEXT.speakers.hint.en),
		status: z
			.enum(SESSION_STATUSES, { error: expecting(`one of ${SESSION_STATUSES.join(', ')}`) })
			.default('scheduled')
			.describe(SESSION_TEXT.status.hint.en),
		previous: z.array(span).optional().describe(SESSION_TEXT.previous.hint.en),
		sideEvent: z
			.boolean({ error: expecting('true or false') })
			.default(false)
			.describe(SESSION_TEXT.sideEvent.hint.en),
		exhibitors: slugList('exhibitor').optional().describe(SESSION_TEXT.exhibitors.hint.en),
	});
}

export type SessionData = z.output<ReturnType<typeof sessionSchema>>;
