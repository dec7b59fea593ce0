import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import exhibitorsOptions from '../site/exhibitors.options.mjs';
import programmeOptions from '../site/programme.options.mjs';

/**
 * The demo's programme: the sessions in site/programme/, the speakers in site/speakers/ and the rooms and
 * tracks of site/programme.options.mjs. Until the theme has a schema for them, this test holds the format
 * the theme will read (issue 24), and it checks what no schema can see: a room booked twice at once, a
 * speaker in two places, a session outside the fair's days or hours, a speaker nobody hears, a portrait
 * too heavy for a page of speakers, and a forum on another day than the article announcing it says.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SESSIONS_DIR = join(ROOT, 'site', 'programme');
const SPEAKERS_DIR = join(ROOT, 'site', 'speakers');
const PHOTOS_DIR = join(SPEAKERS_DIR, 'photos');
const EXHIBITORS_DIR = join(ROOT, 'site', 'exhibitors');
const LOCALES = ['zh', 'en'] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Local time at the fair (Asia/Shanghai), to the minute, without an offset. */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const FAIR_DAYS = ['2027-04-21', '2027-04-22', '2027-04-23', '2027-04-24'];
const DAY_STARTS = 9 * 60;
const DAY_ENDS = 17 * 60 + 30;
const LANGUAGES = ['zh', 'en', 'zh-en'];
const STATUSES = ['scheduled', 'moved', 'cancelled'];
const PHOTO_SIZE = 320;
const PHOTO_MAX_BYTES = 12 * 1024;

type Localized = Record<(typeof LOCALES)[number], string>;

interface Slot {
	start: string;
	end: string;
}

interface Session extends Slot {
	title: Localized;
	description: Localized;
	room: string;
	track: string;
	language: string;
	speakers: string[];
	status: string;
	previous?: Slot[];
	sideEvent?: boolean;
	exhibitors?: string[];
}

interface Speaker {
	name: Localized;
	organization: Localized;
	role: Localized;
	photo?: string;
	bio: Localized;
}

const SESSION_KEYS = [
	'title',
	'description',
	'start',
	'end',
	'room',
	'track',
	'language',
	'speakers',
	'status',
	'previous',
	'sideEvent',
	'exhibitors',
];
const SPEAKER_KEYS = ['name', 'organization', 'role', 'photo', 'bio'];

/** Each YAML file of a folder, by its name without .yaml, sorted. */
function read(dir: string): Array<{ slug: string; data: unknown }> {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ slug: name.slice(0, -'.yaml'.length), data: parse(readFileSync(join(dir, name), 'utf8')) as unknown }));
}

// the files as the format has them; the tests below check that they do
const sessions = read(SESSIONS_DIR) as Array<{ slug: string; data: Session }>;
const speakers = read(SPEAKERS_DIR) as Array<{ slug: string; data: Speaker }>;
const exhibitorSlugs = new Set(
	readdirSync(EXHIBITORS_DIR)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => name.slice(0, -'.yaml'.length)),
);
const rooms = programmeOptions.rooms as Record<string, { name: Localized; hall?: string }>;
const tracks = programmeOptions.tracks as Record<string, Localized>;

/** Problems with a value that should hold a non-empty text in each language. */
function localizedProblems(value: unknown, where: string): string[] {
	if (typeof value !== 'object' || value === null) return [`${where}: expected { zh, en }`];
	const record = value as Record<string, unknown>;
	const problems = LOCALES.filter((locale) => typeof record[locale] !== 'string' || record[locale].trim() === '').map(
		(locale) => `${where}.${locale}: expected text`,
	);
	const extra = Object.keys(record).filter((key) => !(LOCALES as readonly string[]).includes(key));
	return extra.length > 0 ? [...problems, `${where}: unknown ${extra.join(', ')}`] : problems;
}

/** The day and the minute of the day of a local time; undefined if it is not one. */
function timeOf(value: unknown): { day: string; minute: number } | undefined {
	if (typeof value !== 'string') return undefined;
	const match = LOCAL_TIME.exec(value);
	if (!match) return undefined;
	const [, day = '', hours, minutes] = match;
	const date = new Date(`${day}T00:00:00Z`);
	if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day || Number(hours) > 23 || Number(minutes) > 59) {
		return undefined;
	}
	return { day, minute: Number(hours) * 60 + Number(minutes) };
}

/** Problems with a start and end: both local times of one day in 15-minute steps, the start first. */
function slotProblems(slot: Slot, where: string): string[] {
	const start = timeOf(slot.start);
	const end = timeOf(slot.end);
	if (start === undefined || end === undefined) return [`${where}: start and end must be 'YYYY-MM-DDTHH:MM'`];
	const problems: string[] = [];
	if (start.minute % 15 !== 0 || end.minute % 15 !== 0) problems.push(`${where}: not in 15-minute steps`);
	if (start.day !== end.day) problems.push(`${where}: ends on another day`);
	else if (start.minute >= end.minute) problems.push(`${where}: does not end after it starts`);
	return problems;
}

function overlap(a: Slot, b: Slot): boolean {
	// the times share a format, so they compare as text; end == next start is no overlap
	return a.start < b.end && b.start < a.end;
}

/** Pairs of sessions whose times overlap, among those that `key` puts together. */
function clashes(list: typeof sessions, keys: (session: Session) => string[]): string[] {
	const found: string[] = [];
	for (const [i, a] of list.entries()) {
		for (const b of list.slice(i + 1)) {
			const shared = keys(a.data).filter((key) => keys(b.data).includes(key));
			if (shared.length > 0 && overlap(a.data, b.data)) found.push(`${shared.join(', ')}: ${a.slug} and ${b.slug}`);
		}
	}
	return found;
}

function repeated(values: readonly string[]): string[] {
	return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

/** Width, height, colour type and size from a PNG's header, or undefined if the bytes are not a PNG. */
function pngInfo(path: string): { width: number; height: number; colourType: number; bytes: number } | undefined {
	const bytes = readFileSync(path);
	if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]!, bytes: bytes.length };
}

describe('the programme options', () => {
	it('name four rooms in both languages, each in an exhibitor hall if it names one', () => {
		expect(Object.keys(rooms)).toHaveLength(4);
		const problems = Object.entries(rooms).flatMap(([key, room]) => [
			...(SLUG.test(key) ? [] : [`${key}: not a URL name`]),
			...localizedProblems(room.name, `${key}.name`),
			...(room.hall === undefined || room.hall in exhibitorsOptions.halls ? [] : [`${key}.hall: no hall ${room.hall}`]),
		]);
		expect(problems).toEqual([]);
		for (const locale of LOCALES) expect(repeated(Object.values(rooms).map((room) => room.name[locale])), locale).toEqual([]);
	});

	it('name four or five tracks in both languages', () => {
		expect(Object.keys(tracks).length).toBeGreaterThanOrEqual(4);
		expect(Object.keys(tracks).length).toBeLessThanOrEqual(5);
		const problems = Object.entries(tracks).flatMap(([key, label]) => [
			...(SLUG.test(key) ? [] : [`${key}: not a URL name`]),
			...localizedProblems(label, key),
		]);
		expect(problems).toEqual([]);
		for (const locale of LOCALES) expect(repeated(Object.values(tracks).map((label) => label[locale])), locale).toEqual([]);
	});
});

describe('the speakers', () => {
	it('are twenty files, each named by a lower-case URL name, with name, organization, role and bio in both languages', () => {
		expect(speakers).toHaveLength(20);
		const problems = speakers.flatMap(({ slug, data }) => [
			...(SLUG.test(slug) ? [] : [`${slug}: not a URL name`]),
			...Object.keys(data)
				.filter((key) => !SPEAKER_KEYS.includes(key))
				.map((key) => `${slug}: unknown ${key}`),
			...(['name', 'organization', 'role', 'bio'] as const).flatMap((field) => localizedProblems(data[field], `${slug} ${field}`)),
		]);
		expect(problems).toEqual([]);
	});

	it('give no two speakers one name in any language', () => {
		for (const locale of LOCALES) expect(repeated(speakers.map(({ data }) => data.name[locale])), locale).toEqual([]);
	});

	it('give an exhibitor’s name in both languages as its file does, when they work for one', () => {
		const exhibitorNames = new Map(
			[...exhibitorSlugs].map((slug) => {
				const { name } = parse(readFileSync(join(EXHIBITORS_DIR, `${slug}.yaml`), 'utf8')) as { name: string | Localized };
				return typeof name === 'string' ? [name, undefined] : [name.zh, name.en];
			}),
		);
		const atExhibitors = speakers.filter(({ data }) => exhibitorNames.has(data.organization.zh));
		expect(atExhibitors.length).toBeGreaterThanOrEqual(5);
		for (const { slug, data } of atExhibitors) expect(data.organization.en, slug).toBe(exhibitorNames.get(data.organization.zh));
	});

	it('have portraits, most of them: PNG palette files of 320x320 pixels and at most 12 KB, one for each speaker file', () => {
		const withPhoto = speakers.filter(({ data }) => data.photo !== undefined);
		expect(withPhoto.length).toBeGreaterThanOrEqual(16);
		expect(withPhoto.length).toBeLessThan(speakers.length);
		for (const { slug, data } of withPhoto) {
			expect(data.photo, slug).toBe(`./photos/${slug}.png`);
			const path = join(SPEAKERS_DIR, data.photo!);
			expect(existsSync(path), `${slug}: ${data.photo!}`).toBe(true);
			const png = pngInfo(path);
			expect(png, slug).toMatchObject({ width: PHOTO_SIZE, height: PHOTO_SIZE, colourType: 3 });
			expect(png!.bytes, slug).toBeLessThanOrEqual(PHOTO_MAX_BYTES);
		}
		// no portrait is left behind by a speaker who has gone
		const named = new Set(withPhoto.map(({ slug }) => `${slug}.png`));
		expect(readdirSync(PHOTOS_DIR).filter((name) => !named.has(name))).toEqual([]);
	});
});

describe('the sessions', () => {
	const speakerSlugs = new Set(speakers.map(({ slug }) => slug));
	const fairSessions = sessions.filter(({ data }) => data.sideEvent !== true);

	it('are about twenty-five files, each named by a lower-case URL name, with a title and description in both languages', () => {
		expect(sessions.length).toBeGreaterThanOrEqual(22);
		expect(sessions.length).toBeLessThanOrEqual(30);
		const problems = sessions.flatMap(({ slug, data }) => [
			...(SLUG.test(slug) ? [] : [`${slug}: not a URL name`]),
			...Object.keys(data)
				.filter((key) => !SESSION_KEYS.includes(key))
				.map((key) => `${slug}: unknown ${key}`),
			...localizedProblems(data.title, `${slug} title`),
			...localizedProblems(data.description, `${slug} description`),
		]);
		expect(problems).toEqual([]);
	});

	it('give no two sessions one title in any language', () => {
		for (const locale of LOCALES) expect(repeated(sessions.map(({ data }) => data.title[locale])), locale).toEqual([]);
	});

	it('name rooms, tracks, speakers and exhibitors that exist, and a language and status the theme knows', () => {
		const problems = sessions.flatMap(({ slug, data }) => [
			...(data.room in rooms ? [] : [`${slug}: no room ${data.room}`]),
			...(data.track in tracks ? [] : [`${slug}: no track ${data.track}`]),
			...(LANGUAGES.includes(data.language) ? [] : [`${slug}: language ${data.language}`]),
			...(STATUSES.includes(data.status) ? [] : [`${slug}: status ${data.status}`]),
			...(Array.isArray(data.speakers) && data.speakers.length <= 4 ? [] : [`${slug}: speakers must be a list of at most 4`]),
			...data.speakers.filter((speaker) => !speakerSlugs.has(speaker)).map((speaker) => `${slug}: no speaker ${speaker}`),
			...repeated(data.speakers).map((speaker) => `${slug}: ${speaker} twice`),
			...(data.exhibitors ?? [])
				.filter((exhibitor) => !exhibitorSlugs.has(exhibitor))
				.map((exhibitor) => `${slug}: no exhibitor ${exhibitor}`),
			...repeated(data.exhibitors ?? []).map((exhibitor) => `${slug}: ${exhibitor} twice`),
		]);
		expect(problems).toEqual([]);
	});

	it('start and end at quarter hours between 09:00 and 17:30 of one day', () => {
		const problems = sessions.flatMap(({ slug, data }) => {
			const slot = slotProblems(data, slug);
			if (slot.length > 0) return slot;
			const start = timeOf(data.start)!;
			const end = timeOf(data.end)!;
			return start.minute < DAY_STARTS || end.minute > DAY_ENDS ? [`${slug}: ${data.start}–${data.end} is outside 09:00–17:30`] : [];
		});
		expect(problems).toEqual([]);
	});

	it('fall on the fair’s days, 21 to 24 April 2027, each day with sessions, except side events, which fall outside them', () => {
		for (const { slug, data } of sessions) {
			const day = data.start.slice(0, 10);
			if (data.sideEvent === true) expect(FAIR_DAYS, `${slug} is a side event`).not.toContain(day);
			else expect(FAIR_DAYS, slug).toContain(day);
			if (data.sideEvent !== undefined) expect(data.sideEvent, `${slug}: sideEvent is only ever true`).toBe(true);
		}
		expect(new Set(fairSessions.map(({ data }) => data.start.slice(0, 10)))).toEqual(new Set(FAIR_DAYS));
		// the demo's one side event is the press conference the day before the doors open
		expect(sessions.filter(({ data }) => data.sideEvent === true).map(({ data }) => data.start.slice(0, 10))).toEqual(['2027-04-20']);
	});

	it('never put two sessions in one room at once (one may start when another ends)', () => {
		expect(clashes(sessions, (session) => [session.room])).toEqual([]);
	});

	it('never put a speaker in two sessions at once', () => {
		const held = sessions.filter(({ data }) => data.status !== 'cancelled');
		expect(clashes(held, (session) => session.speakers)).toEqual([]);
	});

	it('hold exactly one moved session, with its earlier times, and exactly one cancelled session', () => {
		const moved = sessions.filter(({ data }) => data.status === 'moved');
		expect(moved.map(({ slug }) => slug)).toHaveLength(1);
		expect(sessions.filter(({ data }) => data.status === 'cancelled')).toHaveLength(1);
		// only a moved session says where it was before
		expect(sessions.filter(({ data }) => data.previous !== undefined && data.status !== 'moved').map(({ slug }) => slug)).toEqual([]);
		const { slug, data } = moved[0]!;
		expect(Array.isArray(data.previous) && data.previous.length > 0, `${slug}: previous`).toBe(true);
		for (const [i, slot] of data.previous!.entries()) {
			expect(Object.keys(slot).sort(), `${slug} previous.${i}`).toEqual(['end', 'start']);
			expect(slotProblems(slot, `${slug} previous.${i}`)).toEqual([]);
			expect(slot.start === data.start && slot.end === data.end, `${slug} previous.${i} is its time now`).toBe(false);
			expect(FAIR_DAYS, `${slug} previous.${i}`).toContain(slot.start.slice(0, 10));
		}
	});

	it('give every speaker a session that takes place', () => {
		const heard = new Set(sessions.filter(({ data }) => data.status !== 'cancelled').flatMap(({ data }) => data.speakers));
		expect([...speakerSlugs].filter((slug) => !heard.has(slug))).toEqual([]);
	});

	it('use every room and every track', () => {
		expect(new Set(sessions.map(({ data }) => data.room))).toEqual(new Set(Object.keys(rooms)));
		expect(new Set(sessions.map(({ data }) => data.track))).toEqual(new Set(Object.keys(tracks)));
	});
});

describe('the programme and the articles', () => {
	const bySlug = new Map(sessions.map(({ slug, data }) => [slug, data]));

	it('open the fair on the morning of 21 April in the main forum hall and hold the keynote forum that afternoon', () => {
		const opening = bySlug.get('opening-ceremony');
		expect(opening).toMatchObject({ room: 'main-forum' });
		expect(opening!.start.slice(0, 10)).toBe('2027-04-21');
		expect(opening!.end <= '2027-04-21T12:00').toBe(true);
		// site/articles/*/forum-programme-first-look.md: the keynote forum is on the afternoon of 21 April
		const keynote = bySlug.get('keynote-forum');
		expect(keynote).toMatchObject({ room: 'main-forum' });
		expect(keynote!.start >= '2027-04-21T12:00' && keynote!.start < '2027-04-22').toBe(true);
	});

	it('hold each forum of the first-look article on the day the article gives', () => {
		const article = readFileSync(join(ROOT, 'site', 'articles', 'zh', 'forum-programme-first-look.md'), 'utf8');
		const rows = [...article.matchAll(/^\| 4月(\d+)日 \| ([^|]+?) \|/gm)].map(([, day, forum]) => ({
			day: `2027-04-${day!.padStart(2, '0')}`,
			forum: forum!,
		}));
		expect(rows).toHaveLength(6);
		for (const { day, forum } of rows) {
			const held = sessions.filter(({ data }) => data.title.zh.startsWith(forum));
			expect(
				held.map(({ data }) => data.start.slice(0, 10)),
				forum,
			).toEqual([day]);
		}
	});
});
