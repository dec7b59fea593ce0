/**
 * The programme's model (issue 24): every fact its pages, calendars, app feeds, structured data and
 * search records show, computed once per build from the sessions and speakers collections. Times
 * are instants (the files hold the fair's local time), shown in the fair's zone.
 */
import type { GetImageResult, ImageMetadata } from 'astro';
import { config, localeContext, localeKeys } from '../../../runtime/site.ts';
import { programmeSaveListUrl, programmeUrl, sessionCalendarUrl, sessionUrl, speakerUrl } from '../../../runtime/urls.ts';
import type { SaveListFacts } from '../../../utils/site-facts.ts';
import type { ProgrammeOptions } from '../../../schemas/programme-options.ts';
import type { SessionData } from '../../../schemas/session.ts';
import { dateFormat, isoWithOffset, zonedTime } from '../../../utils/dates.ts';
import { programmeError } from './errors.ts';

export type LocalizedText = string | Record<string, string>;

export interface SessionEntry {
	id: string;
	filePath?: string | undefined;
	digest?: string | undefined;
	data: SessionData;
}

export interface SpeakerEntry {
	id: string;
	filePath?: string | undefined;
	digest?: string | undefined;
	data: {
		name: LocalizedText;
		organization?: LocalizedText | undefined;
		role?: LocalizedText | undefined;
		photo?: ImageMetadata | undefined;
		bio?: LocalizedText | undefined;
	};
}

export interface Labelled {
	key: string;
	label: string;
}

/** A span of a session in the fair's zone, as pages and machines read it. */
export interface SessionTime {
	start: Date;
	end: Date;
	/** With the zone's offset, for <time datetime> and structured data. */
	startIso: string;
	endIso: string;
	/** The day (YYYY-MM-DD) and the clock times (HH:MM) in the fair's zone. */
	day: string;
	startClock: string;
	endClock: string;
}

export interface SiteSession extends SessionTime {
	slug: string;
	locale: string;
	url: string;
	calendarUrl: string;
	title: string;
	description: string | undefined;
	/** The day as the language writes it, with its weekday: "4月21日 周三", "Wed 21 April". */
	dayText: string;
	room: Labelled;
	track: Labelled;
	/** The language spoken: "zh", "en", or "zh-en" for an interpreted session. */
	language: string;
	status: SessionData['status'];
	/** A moved session's earlier times, earliest first, with their day as the language writes it. */
	previous: (SessionTime & { dayText: string })[];
	sideEvent: boolean;
	speakers: SiteSpeaker[];
	/** Exhibitors presenting, by file name. */
	exhibitors: string[];
	/** News of this language naming it, newest first. */
	news: ProgrammeArticle[];
	/** Stays the session's through moves, so calendars update it instead of adding a second. */
	uid: string;
	/** Rises with each move and with a cancellation, so calendars take the newer version. */
	sequence: number;
	alternates: Record<string, string>;
	entry: SessionEntry;
}

export interface SiteSpeaker {
	slug: string;
	locale: string;
	url: string;
	name: string;
	organization: string | undefined;
	role: string | undefined;
	bio: string | undefined;
	photo: GetImageResult | undefined;
	/** Their sessions, in time order. */
	sessions: SiteSession[];
	alternates: Record<string, string>;
	entry: SpeakerEntry;
}

export interface ProgrammeDay {
	day: string;
	label: string;
	sessions: SiteSession[];
}

export interface LocaleProgramme {
	locale: string;
	lang: string;
	url: string;
	/** In time order, then by room in the options' order. */
	sessions: SiteSession[];
	days: ProgrammeDay[];
	/** Sorted by name in the language. */
	speakers: SiteSpeaker[];
	rooms: Labelled[];
	tracks: Labelled[];
	bySlug: ReadonlyMap<string, SiteSession>;
	/** "Save the programme": its page, every session and speaker page, and the speakers' photos. */
	saveList: SaveListFacts;
}

export interface Programme {
	locales: LocaleProgramme[];
	locale(key: string): LocaleProgramme;
	/** The sessions an article of `locale` names, in its order. */
	named(locale: string, slugs: readonly string[]): SiteSession[];
	/** What an article page's cache key holds of them (runtime/cache-keys.ts): what their items show. */
	namedFacts(locale: string, slugs: readonly string[]): unknown[];
}

/** An article as the programme relates it to sessions (the `sessions` field of its front matter). */
export interface ProgrammeArticle {
	locale: string;
	url: string;
	title: string;
	date: { iso: string; text: string };
	filePath?: string | undefined;
	sessions: readonly string[];
}

/** Makes a speaker's photo file; the runtime uses astro:assets, unit tests a stand-in. */
export type PhotoImages = (source: ImageMetadata) => Promise<GetImageResult>;

export async function buildProgramme(
	sessions: readonly SessionEntry[],
	speakers: readonly SpeakerEntry[],
	{
		photoImages,
		options,
		site,
		articles = [],
	}: { photoImages: PhotoImages; options: ProgrammeOptions; site: string; articles?: readonly ProgrammeArticle[] },
): Promise<Programme> {
	const sessionSlugs = new Set(sessions.map((session) => session.id));
	for (const article of articles)
		for (const slug of article.sessions)
			if (!sessionSlugs.has(slug))
				throw programmeError(
					article.filePath,
					'sessions',
					`names ${JSON.stringify(slug)}, which is no session; expected the file name of one in site/programme/ (without .yaml)`,
				);
	const known = new Set(speakers.map((speaker) => speaker.id));
	for (const session of sessions)
		for (const speaker of session.data.speakers)
			if (!known.has(speaker))
				throw programmeError(
					session.filePath,
					'speakers',
					`names ${JSON.stringify(speaker)}, which is no speaker; expected the file name of one in site/speakers/ (without .yaml)`,
				);
	const photos = new Map(
		await Promise.all(
			speakers.flatMap((speaker) =>
				speaker.data.photo ? [photoImages(speaker.data.photo).then((photo) => [speaker.id, photo] as const)] : [],
			),
		),
	);
	const locales = localeKeys.map((locale) => localeProgramme(locale, sessions, speakers, photos, options, site, articles));
	for (const locale of locales) {
		for (const session of locale.sessions)
			for (const other of locales) session.alternates[other.locale] = other.bySlug.get(session.slug)!.url;
		for (const speaker of locale.speakers)
			for (const other of locales) speaker.alternates[other.locale] = other.speakers.find(({ slug }) => slug === speaker.slug)!.url;
	}
	const byKey = new Map(locales.map((locale) => [locale.locale, locale]));
	const named = (locale: string, slugs: readonly string[]) => slugs.map((slug) => byKey.get(locale)!.bySlug.get(slug)!);
	return {
		locales,
		locale: (key) => byKey.get(key)!,
		named,
		namedFacts: (locale, slugs) =>
			named(locale, slugs).map((session) => [
				session.slug,
				session.url,
				session.title,
				session.startIso,
				session.endIso,
				session.dayText,
				session.room.label,
				session.track.label,
				session.status,
				session.sideEvent,
				session.speakers.map((speaker) => speaker.name),
			]),
	};
}

const clockOf = (instant: Date, timeZone: string) => isoWithOffset(instant, timeZone).slice(11, 16);

export function sessionTime(start: string, end: string, timeZone: string): SessionTime {
	const [startInstant, endInstant] = [start, end].map((local) => zonedTime(local.slice(0, 10), local.slice(11), timeZone)) as [Date, Date];
	return {
		start: startInstant,
		end: endInstant,
		startIso: isoWithOffset(startInstant, timeZone),
		endIso: isoWithOffset(endInstant, timeZone),
		day: start.slice(0, 10),
		startClock: clockOf(startInstant, timeZone),
		endClock: clockOf(endInstant, timeZone),
	};
}

function localeProgramme(
	locale: string,
	sessionEntries: readonly SessionEntry[],
	speakerEntries: readonly SpeakerEntry[],
	photos: ReadonlyMap<string, GetImageResult>,
	options: ProgrammeOptions,
	site: string,
	articles: readonly ProgrammeArticle[],
): LocaleProgramme {
	const { text, lang } = localeContext(locale);
	const timeZone = config.expo.timezone;
	const optional = (value: LocalizedText | undefined) => (value === undefined ? undefined : text(value));
	const rooms = Object.entries(options.rooms).map(([key, room]) => ({ key, label: text(room.name) }));
	const tracks = Object.entries(options.tracks).map(([key, label]) => ({ key, label: text(label) }));
	const dayFormat = dateFormat(lang, { timeZone, month: 'long', day: 'numeric', weekday: 'short' });
	const speakers = speakerEntries.map((entry): SiteSpeaker => ({
		slug: entry.id,
		locale,
		url: speakerUrl(locale, entry.id),
		name: text(entry.data.name),
		organization: optional(entry.data.organization),
		role: optional(entry.data.role),
		bio: optional(entry.data.bio),
		photo: photos.get(entry.id),
		sessions: [],
		alternates: {},
		entry,
	}));
	const speakerBySlug = new Map(speakers.map((speaker) => [speaker.slug, speaker]));
	const roomOrder = rooms.map(({ key }) => key);
	const sessions = sessionEntries
		.map((entry): SiteSession => {
			const { data } = entry;
			const time = sessionTime(data.start, data.end, timeZone);
			const previous = (data.previous ?? []).map((span) => {
				const before = sessionTime(span.start, span.end, timeZone);
				return { ...before, dayText: dayFormat.format(before.start) };
			});
			return {
				...time,
				slug: entry.id,
				locale,
				url: sessionUrl(locale, entry.id),
				calendarUrl: sessionCalendarUrl(locale, entry.id),
				title: text(data.title),
				description: optional(data.description),
				dayText: dayFormat.format(time.start),
				room: rooms.find(({ key }) => key === data.room)!,
				track: tracks.find(({ key }) => key === data.track)!,
				language: data.language,
				status: data.status,
				previous,
				sideEvent: data.sideEvent,
				speakers: data.speakers.map((slug) => speakerBySlug.get(slug)!),
				exhibitors: data.exhibitors ?? [],
				news: articles.filter((article) => article.locale === locale && article.sessions.includes(entry.id)),
				uid: `${entry.id}@${site}`,
				sequence: previous.length + (data.status === 'cancelled' ? 1 : 0),
				alternates: {},
				entry,
			};
		})
		.sort((a, b) => a.start.getTime() - b.start.getTime() || roomOrder.indexOf(a.room.key) - roomOrder.indexOf(b.room.key));
	for (const session of sessions) for (const speaker of session.speakers) speaker.sessions.push(session);
	const days = [...new Set(sessions.map((session) => session.day))].map((day) => {
		const onDay = sessions.filter((session) => session.day === day);
		return { day, label: onDay[0]!.dayText, sessions: onDay };
	});
	const collator = new Intl.Collator(lang);
	const saveList: SaveListFacts = {
		path: programmeSaveListUrl(locale),
		pages: [
			{ path: programmeUrl(locale), title: localeContext(locale).t('programme.title') },
			...sessions.map((session) => ({ path: session.url, title: session.title })),
			...speakers.map((speaker) => ({ path: speaker.url, title: speaker.name })),
		],
		images: [...new Set(speakers.flatMap((speaker) => (speaker.photo ? [speaker.photo.src] : [])))],
	};
	return {
		saveList,
		locale,
		lang,
		url: programmeUrl(locale),
		sessions,
		days,
		speakers: speakers.sort((a, b) => collator.compare(a.name, b.name)),
		rooms,
		tracks,
		bySlug: new Map(sessions.map((session) => [session.slug, session])),
	};
}
