/**
 * The programme laid out the way the frab / c3voc schedule format lays it out (c3voc.de/schedule):
 * conference days, on each day every room, in each room its sessions in order, every time already
 * written in the fair's zone. frab-schedule.ts writes this one plan as schedule.json and as
 * schedule.xml, so the two files cannot disagree.
 *
 * The input is neutral: nothing here reads the theme's options or content collections.
 */
import { calendarDate, isoWithOffset, zonedTime } from './dates.ts';
import { isUuid } from './uuid-v5.ts';

export interface ScheduleInput {
	/** The programme's revision ("1.4", "2027-04-18 evening"): apps show it and tell readers it changed. */
	version: string;
	/** The software that wrote the file. Pavilion unless given. */
	generator?: { name: string; version?: string | undefined; url?: string | undefined } | undefined;
	conference: ScheduleConference;
	/** Every room of the programme, in the order apps should show them; a day lists each, sessions or not. */
	rooms: readonly ScheduleRoom[];
	events: readonly ScheduleEvent[];
}

export interface ScheduleConference {
	/** Short lower-case name ("qtse2027"): c3voc's tools build file names and slugs from it. */
	acronym: string;
	title: string;
	/** First and last day, YYYY-MM-DD, in the fair's zone: the schedule has one day for each date between. */
	start: string;
	end: string;
	/** IANA zone ("Asia/Shanghai"): every time in the files is written in it, with its offset. */
	timeZone: string;
	/** The conference's web site or programme page. */
	url: string;
	/** What relative media addresses resolve against; the origin of `url` unless given. Pavilion writes absolute URLs. */
	baseUrl?: string | undefined;
	/** The grid step of apps' timetables, HH:MM. "00:15" unless given. */
	timeslotDuration?: string | undefined;
	/** Colours for apps that theme a schedule, as #rrggbb. */
	colors?: { primary: string; background?: string | undefined } | undefined;
	/** An absolute URL of the fair's logo. */
	logo?: string | undefined;
	/** Tracks in the order and colours apps should show them; tracks that only sessions name follow, in their order. */
	tracks?: readonly ScheduleTrack[] | undefined;
}

export interface ScheduleRoom {
	name: string;
	/** A UUID that stays the room's from build to build (see uuid-v5.ts). */
	guid: string;
	/** Seats, for apps that show how full a talk may be. */
	capacity?: number | undefined;
}

export interface ScheduleTrack {
	name: string;
	/** #rrggbb */
	color?: string | undefined;
	/** Lower-case letters, digits and dashes, starting with a letter. */
	slug?: string | undefined;
}

export interface SchedulePerson {
	/** A positive integer that stays the speaker's. */
	id: number;
	/** A UUID that stays the speaker's. */
	guid: string;
	name: string;
}

/** A link or an attachment; `type` is one of the kinds the c3voc schema names. */
export interface ScheduleReference {
	url: string;
	title?: string | undefined;
	type?: 'slides' | 'paper' | 'web' | 'blog' | 'article' | 'media' | 'related' | 'activitypub' | undefined;
}

export interface ScheduleEvent {
	/**
	 * A UUID that stays the session's when it moves to another time or room, so that apps update it
	 * instead of showing it twice: make it with uuidFromName from something that does not move, such
	 * as the session's slug.
	 */
	guid: string;
	/** A positive integer that stays the session's (older apps key sessions by it). */
	id: number;
	/** The session's own slug; the schedule's slug is `acronym-id-slug`, the form frab writes and c3voc's tools expect. */
	slug: string;
	title: string;
	subtitle?: string | undefined;
	/** The short text apps show in the list. */
	abstract?: string | undefined;
	description?: string | undefined;
	start: Date;
	end: Date;
	/** A room's name from `rooms`. */
	room: string;
	track?: string | undefined;
	/** What kind of session: "Talk", "Forum", "Workshop"… */
	type: string;
	/** The language it is held in, as a language code ("zh", "en"). */
	language?: string | undefined;
	persons: readonly SchedulePerson[];
	/** The session's page. */
	url: string;
	/**
	 * A cancelled session is left out, as frab and pretalx leave it out: the format has no status, and
	 * an app shows whatever the file holds as happening. (The iCalendar feed keeps it, marked CANCELLED.)
	 */
	status?: 'confirmed' | 'cancelled' | undefined;
	links?: readonly ScheduleReference[] | undefined;
	attachments?: readonly ScheduleReference[] | undefined;
	/** Whether the session may be recorded, and under which licence, for the recording teams' tools. */
	recording?: { license: string; optOut: boolean } | undefined;
	/** An absolute URL of the session's picture. */
	logo?: string | undefined;
}

/** A session with its times as the files write them. */
export interface PlannedEvent {
	event: ScheduleEvent;
	/** ISO 8601 with the zone's offset: "2027-04-21T09:30:00+08:00". */
	date: string;
	end: string;
	/** Local start, HH:MM. */
	start: string;
	/** HH:MM. */
	duration: string;
	/** `acronym-id-slug`. */
	slug: string;
}

export interface PlannedDay {
	/** 1 for the first day. */
	index: number;
	/** YYYY-MM-DD */
	date: string;
	/** The first session's start and the last one's end, or the whole day when it has none (ISO 8601 with offset). */
	start: string;
	end: string;
	/** Every room, in the input's order, with its sessions of the day by start time. */
	rooms: { room: ScheduleRoom; events: PlannedEvent[] }[];
}

export interface SchedulePlan {
	input: ScheduleInput;
	timeslotDuration: string;
	baseUrl: string;
	tracks: ScheduleTrack[];
	days: PlannedDay[];
}

/** The JSON schema's form of an acronym: c3voc's tools make file names from it. */
const ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

/** The dates from `start` to `end`, both included. */
function datesBetween(start: string, end: string): string[] {
	const dates: string[] = [];
	for (let date = start; date <= end; date = nextDate(date)) dates.push(date);
	return dates;
}

/** The session's slug in the schema's alphabet (lower-case letters, digits, - and _), ending in a letter or digit. */
function slugPart(slug: string): string {
	const cleaned = slug
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-_]+|[-_]+$/g, '');
	// A slug of Chinese characters alone leaves nothing; the id already makes the slug unique.
	return cleaned || 'session';
}

function plannedEvent(event: ScheduleEvent, input: ScheduleInput): PlannedEvent {
	const { timeZone, acronym } = input.conference;
	const minutes = Math.round((event.end.getTime() - event.start.getTime()) / 60000);
	if (Number.isNaN(minutes) || minutes < 0) throw new Error(`session ${event.slug} ends before it starts`);
	const date = isoWithOffset(event.start, timeZone);
	return {
		event,
		date,
		end: isoWithOffset(event.end, timeZone),
		start: date.slice(11, 16),
		duration: clock(minutes),
		slug: `${acronym}-${event.id}-${slugPart(event.slug)}`,
	};
}

/** Refuses what no file could say right: the checks in __tests__/frab-rules.ts cover the rest of the rules. */
function checkInput(input: ScheduleInput): void {
	const { conference, rooms, events } = input;
	if (!ACRONYM.test(conference.acronym))
		throw new Error(
			`conference acronym "${conference.acronym}": expected lower-case letters, digits and _, at least 4, such as "qtse2027"`,
		);
	if (!DATE.test(conference.start) || !DATE.test(conference.end) || conference.start > conference.end)
		throw new Error(`conference dates ${conference.start} to ${conference.end}: expected YYYY-MM-DD, the start not after the end`);
	const roomNames = new Set<string>();
	for (const room of rooms) {
		if (roomNames.has(room.name)) throw new Error(`two rooms are named "${room.name}"`);
		if (!isUuid(room.guid)) throw new Error(`room "${room.name}": guid ${room.guid} is not a UUID`);
		roomNames.add(room.name);
	}
	const guids = new Set<string>();
	const ids = new Set<number>();
	for (const event of events) {
		if (!roomNames.has(event.room)) throw new Error(`session ${event.slug} is in room "${event.room}", which is not in the rooms`);
		if (!isUuid(event.guid)) throw new Error(`session ${event.slug}: guid ${event.guid} is not a UUID`);
		if (!Number.isSafeInteger(event.id) || event.id < 1) throw new Error(`session ${event.slug}: id ${event.id} is not a positive integer`);
		if (guids.has(event.guid.toLowerCase())) throw new Error(`two sessions have the guid ${event.guid}`);
		if (ids.has(event.id)) throw new Error(`two sessions have the id ${event.id}`);
		guids.add(event.guid.toLowerCase());
		ids.add(event.id);
	}
}

/** Configured tracks first, then those only sessions name, each once. */
function tracksOf(input: ScheduleInput): ScheduleTrack[] {
	const tracks = [...(input.conference.tracks ?? [])];
	const named = new Set(tracks.map((track) => track.name));
	for (const event of input.events) {
		if (event.track && !named.has(event.track)) {
			tracks.push({ name: event.track });
			named.add(event.track);
		}
	}
	return tracks;
}

/** Lays the programme out by day and room; throws on what no schedule file could say right. */
export function schedulePlan(input: ScheduleInput): SchedulePlan {
	checkInput(input);
	const { conference } = input;
	const { timeZone } = conference;
	const dates = datesBetween(conference.start, conference.end);
	const planned = input.events
		.filter((event) => event.status !== 'cancelled')
		.map((event) => plannedEvent(event, input))
		.sort((a, b) => a.event.start.getTime() - b.event.start.getTime() || a.event.id - b.event.id);
	for (const { event } of planned) {
		const day = calendarDate(event.start, timeZone);
		if (!dates.includes(day))
			throw new Error(`session ${event.slug} is on ${day}, outside the conference's ${conference.start} to ${conference.end}`);
	}
	const days = dates.map((date, index): PlannedDay => {
		const ofDay = planned.filter(({ event }) => calendarDate(event.start, timeZone) === date);
		// Apps draw a day's timetable from its start to its end: the sessions' own span keeps it tight.
		const start = ofDay.length > 0 ? ofDay[0]!.event.start : zonedTime(date, '00:00', timeZone);
		const end =
			ofDay.length > 0
				? new Date(Math.max(...ofDay.map(({ event }) => event.end.getTime())))
				: zonedTime(nextDate(date), '00:00', timeZone);
		return {
			index: index + 1,
			date,
			start: isoWithOffset(start, timeZone),
			end: isoWithOffset(end, timeZone),
			rooms: input.rooms.map((room) => ({ room, events: ofDay.filter(({ event }) => event.room === room.name) })),
		};
	});
	return {
		input,
		timeslotDuration: conference.timeslotDuration ?? '00:15',
		baseUrl: conference.baseUrl ?? new URL('/', conference.url).href,
		tracks: tracksOf(input),
		days,
	};
}
