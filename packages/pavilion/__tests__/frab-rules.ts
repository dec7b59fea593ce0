import { XMLParser } from 'fast-xml-parser';
import { timeZoneOffsetMinutes } from '../utils/dates.ts';
import { xmlProblem } from './feed-rules.ts';

/**
 * The rules a schedule.xml and a schedule.json must follow for conference apps to read them:
 * c3voc's XSD (validator/xsd/schedule.xml.xsd, "XSD" below) and JSON schema
 * (validator/json/schema.json, "schema" below) in github.com/voc/schedule, restated here because
 * the tests run without xmllint or a JSON-schema validator and without the network. A few rules
 * are the project's own ("project" below): what frab always writes and apps rely on, though the
 * published files leave it open. Returns one line per problem, like feed-rules.ts.
 */

// ---- Value forms ----------------------------------------------------------------------------

/** XSD "uuid" and the schema's format "uuid": 8-4-4-4-12 hexadecimal digits. */
const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
/** xs:date as frab writes it, YYYY-MM-DD (the schema's format "date", RFC 3339 full-date). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** XSD "dateTimeTZ" (an xs:dateTime whose zone is given) and the schema's format "date-time" (RFC 3339, offset required). */
const DATE_TIME_TZ = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * A clock time or a duration, HH:MM. The XSD allows 1 or 2 digits of hours and optional seconds and
 * the schema any number of hours; HH:MM is the form both accept and frab writes (project).
 */
const HH_MM = /^\d\d:[0-5]\d$/;
/** The schema's Event.start: a time of day. */
const START = /^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$/;
/** XSD "httpURI". */
const HTTP_URI = /^https?:\/\/\S*$/;
/** XSD "hexColor". The schema says format "color", which no validator defines: the XSD's form is kept for both (project). */
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** XSD "voc-slug-new", the form of an event's slug: the conference acronym, a dash, the rest. */
const XSD_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
/** The schema's slug pattern, for events, rooms and tracks. */
const JSON_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;
/** XSD "slug", the form of a track's slug attribute. */
const TRACK_SLUG = /^[a-z][a-z0-9-]+$/;
/** XSD "acronym". */
const XSD_ACRONYM = /^[a-z0-9_-]{4,}$/;
/** The schema's Conference.acronym. */
const JSON_ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
/**
 * The schema's Conference.time_zone_name, as written: without parentheses round the alternatives it
 * accepts a name that starts Area/Location or ends in UTC.
 */
const TIME_ZONE_NAME = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;
/** XSD "pretalx-random-code" and the schema's Event.code. */
const XSD_CODE = /^[0-9A-Z]{6}$/;
const JSON_CODE = /^[A-Z0-9]+$/;
/** The schema's Reference.type. */
const REFERENCE_TYPES = ['slides', 'paper', 'web', 'blog', 'article', 'media', 'related', 'activitypub'];
/** The schema's Room.type. */
const ROOM_TYPES = ['lecturehall', 'stage', 'workshop', 'outside', 'online', 'project', 'bbb', 'hangar', 'other'];

/** A real calendar date: 2027-02-30 has the form and is no date. */
function isCalendarDate(text: string): boolean {
	if (!DATE.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function isDateTimeTZ(text: string): boolean {
	const parts = DATE_TIME_TZ.exec(text);
	return parts !== null && isCalendarDate(parts[1]!) && Number(parts[2]) < 24 && Number(parts[3]) < 60 && Number(parts[4]) < 60;
}

/** The schema's format "uri": an absolute URI (RFC 3986), a scheme and no spaces. */
const isUri = (text: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(text) && URL.canParse(text);

/** A zone the platform knows, so that offsets in the file can be checked against it (project). */
function isKnownZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** A value as a problem line shows it: text as it is, anything else as JSON. */
const shown = (value: unknown): string =>
	typeof value === 'string'
		? value
		: typeof value === 'number' || typeof value === 'boolean'
			? String(value)
			: value === undefined
				? 'nothing'
				: JSON.stringify(value);

/** The offset a date-time is written with, in minutes east of UTC. */
function offsetMinutes(dateTime: string): number {
	const zone = /(Z|([+-])(\d\d):(\d\d))$/.exec(dateTime);
	if (!zone || zone[1] === 'Z') return 0;
	return (zone[2] === '-' ? -1 : 1) * (Number(zone[3]) * 60 + Number(zone[4]));
}

const offsetName = (minutes: number) =>
	`${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

const minutesOf = (clock: string) => Number(clock.slice(0, -3)) * 60 + Number(clock.slice(-2));

// ---- What both files say of each event, checked the same way -------------------------------

interface EventFacts {
	where: string;
	id: unknown;
	guid: unknown;
	code: unknown;
	slug: unknown;
	date: string;
	start: string;
	duration: string;
	/** Only the JSON has it. */
	end?: string | undefined;
	room: string;
	/** The room the event is filed under. */
	listedRoom: string;
	day: { date: string; start: string; end: string };
	personIds: unknown[];
}

/**
 * Rules across events: identifiers unique (XSD's guid_unique, id_unique, code_unique, slug_unique;
 * the schema marks id deprecated in favour of guid but requires both), each event's date written
 * with the offset the conference's zone has then (apps show the time in that offset), each event
 * filed under the day whose date it has and inside that day's span (frab files an event under the day whose start
 * and end hold its start), filed under its own room, times that agree, persons with ids (project).
 */
function eventProblems(events: readonly EventFacts[], timeZone: string): string[] {
	const problems: string[] = [];
	const seen = {
		id: new Map<string, string>(),
		guid: new Map<string, string>(),
		code: new Map<string, string>(),
		slug: new Map<string, string>(),
	};
	for (const event of events) {
		for (const key of ['id', 'guid', 'code', 'slug'] as const) {
			const value = event[key];
			if (value === undefined || value === null || value === '') continue;
			const text = key === 'guid' ? shown(value).toLowerCase() : shown(value);
			const first = seen[key].get(text);
			if (first) problems.push(`${event.where}: ${key} ${text} is also the ${key} of ${first}`);
			else seen[key].set(text, event.where);
		}
		if (event.room !== event.listedRoom) problems.push(`${event.where}: room "${event.room}" but listed under room "${event.listedRoom}"`);
		if (isDateTimeTZ(event.date)) {
			if (event.date.slice(0, 10) !== event.day.date)
				problems.push(`${event.where}: date ${event.date} is not on its day ${event.day.date}`);
			const instant = Date.parse(event.date);
			if (isKnownZone(timeZone)) {
				const zoneOffset = timeZoneOffsetMinutes(new Date(instant), timeZone);
				if (offsetMinutes(event.date) !== zoneOffset)
					problems.push(`${event.where}: date ${event.date} has not the offset ${timeZone} has then (${offsetName(zoneOffset)}) (project)`);
			}
			if (isDateTimeTZ(event.day.start) && isDateTimeTZ(event.day.end))
				if (instant < Date.parse(event.day.start) || instant > Date.parse(event.day.end))
					problems.push(`${event.where}: starts at ${event.date}, outside its day ${event.day.start} to ${event.day.end}`);
			if (HH_MM.test(event.start) && event.date.slice(11, 16) !== event.start)
				problems.push(`${event.where}: start ${event.start} is not the time of its date ${event.date}`);
			if (event.end !== undefined && isDateTimeTZ(event.end) && HH_MM.test(event.duration))
				if ((Date.parse(event.end) - instant) / 60000 !== minutesOf(event.duration))
					problems.push(`${event.where}: end ${event.end} is not date plus duration ${event.duration}`);
		}
		event.personIds.forEach((id, index) => {
			if (id === undefined || id === '') problems.push(`${event.where}: person ${index + 1} has no id`);
		});
	}
	return problems;
}

// ---- schedule.xml -------------------------------------------------------------------------------

type Node = Record<string, unknown>;

const ARRAYS = new Set([
	'schedule.day',
	'schedule.day.room',
	'schedule.day.room.event',
	'schedule.day.room.event.persons.person',
	'schedule.day.room.event.links.link',
	'schedule.day.room.event.attachments.attachment',
	'schedule.conference.track',
]);
const xmlParser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	isArray: (_name, path) => ARRAYS.has(String(path)),
});
const orderParser = new XMLParser({ preserveOrder: true, ignoreAttributes: true });

const textOf = (value: unknown): string => {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return textOf((value as Node)['#text']);
	return typeof value === 'string' || typeof value === 'number' ? shown(value) : '';
};
const asNode = (value: unknown): Node => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : {});
const childNames = (node: Node) => Object.keys(node).filter((key) => !key.startsWith('@') && key !== '#text');
const attributeNames = (node: Node) => Object.keys(node).filter((key) => key.startsWith('@'));

/** Elements and attributes the XSD does not declare there, and elements it allows once written twice. */
function shapeProblems(
	node: Node,
	where: string,
	children: readonly string[],
	attributes: readonly string[],
	repeatable: readonly string[] = [],
) {
	const problems: string[] = [];
	for (const name of childNames(node)) {
		if (!children.includes(name)) problems.push(`${where}: unexpected element <${name}>`);
		else if (Array.isArray(node[name]) && !repeatable.includes(name)) problems.push(`${where}: <${name}> more than once`);
	}
	for (const name of attributeNames(node))
		if (!attributes.includes(name.slice(1))) problems.push(`${where}: unexpected attribute ${name.slice(1)}`);
	return problems;
}

/** The order of <schedule>'s children, which the XSD fixes: generator?, url?, version, conference, day+. */
function scheduleOrderProblem(xml: string): string | undefined {
	const top = orderParser.parse(xml) as Node[];
	const schedule = top.find((node) => 'schedule' in node)?.schedule as Node[] | undefined;
	const names = (schedule ?? []).flatMap((node) => Object.keys(node).filter((key) => key !== ':@' && key !== '#text'));
	return /^(generator )?(url )?version conference (day )+$/.test(`${names.join(' ')} `)
		? undefined
		: `<schedule> holds ${names.join(', ') || 'nothing'}; the XSD wants generator?, url?, version, conference, day+`;
}

const CONFERENCE_ELEMENTS = [
	'title',
	'acronym',
	'start',
	'end',
	'days',
	'timeslot_duration',
	'base_url',
	'logo',
	'url',
	'time_zone_name',
	'color',
	'track',
];
const EVENT_ELEMENTS = [
	'room',
	'title',
	'subtitle',
	'type',
	'date',
	'start',
	'duration',
	'abstract',
	'slug',
	'track',
	'logo',
	'persons',
	'language',
	'description',
	'recording',
	'links',
	'attachments',
	'video_download_url',
	'url',
	'feedback_url',
	'origin_url',
];
/** The event elements without minOccurs="0" in the XSD. */
const EVENT_REQUIRED = ['room', 'title', 'type', 'date', 'start', 'duration', 'abstract', 'track'];

function conferenceXmlProblems(conference: Node, dayCount: number, dayDates: readonly string[]): string[] {
	const problems = shapeProblems(conference, 'conference', CONFERENCE_ELEMENTS, [], ['track']);
	const text = (name: string) => textOf(conference[name]);
	// The XSD makes every element optional; c3voc's list of what software needs names title and acronym (validator/xsd/README.md).
	for (const name of ['title', 'acronym']) if (!text(name).trim()) problems.push(`conference: missing <${name}>`);
	if (text('acronym') && !XSD_ACRONYM.test(text('acronym')))
		problems.push(`conference: acronym "${text('acronym')}" is not [a-z0-9_-]{4,}`);
	for (const name of ['start', 'end'])
		if (name in conference && !isCalendarDate(text(name)) && !isDateTimeTZ(text(name)))
			problems.push(`conference: <${name}> ${text(name)} is neither a date nor a date-time with a zone`);
	if ('days' in conference && !/^[+-]?\d+$/.test(text('days'))) problems.push(`conference: <days> ${text('days')} is not an integer`);
	else if ('days' in conference && Number(text('days')) !== dayCount)
		problems.push(`conference: <days> says ${text('days')}, the file has ${dayCount} (project)`);
	if (dayDates.length > 0 && isCalendarDate(text('start')) && text('start') !== dayDates[0])
		problems.push(`conference: starts ${text('start')}, the first day is ${dayDates[0]} (project)`);
	if (dayDates.length > 0 && isCalendarDate(text('end')) && text('end') !== dayDates.at(-1))
		problems.push(`conference: ends ${text('end')}, the last day is ${dayDates.at(-1)} (project)`);
	if ('timeslot_duration' in conference && !HH_MM.test(text('timeslot_duration')))
		problems.push(`conference: timeslot_duration ${text('timeslot_duration')} is not HH:MM`);
	for (const name of ['base_url', 'logo', 'url'])
		if (name in conference && !HTTP_URI.test(text(name))) problems.push(`conference: <${name}> ${text(name)} is not an http(s) URL`);
	if ('time_zone_name' in conference && !isKnownZone(text('time_zone_name')))
		problems.push(`conference: time_zone_name ${text('time_zone_name')} is not a time zone (project)`);
	if ('color' in conference) {
		const color = asNode(conference.color);
		// <color> allows any further attribute (xs:anyAttribute), so only the two declared ones are checked.
		if (!HEX_COLOR.test(shown(color['@primary']))) problems.push('conference: <color> needs primary="#rrggbb"');
		if (color['@background'] !== undefined && !HEX_COLOR.test(shown(color['@background'])))
			problems.push('conference: <color> background is not #rrggbb');
	}
	for (const [index, track] of ((conference.track as unknown[] | undefined) ?? []).map(asNode).entries()) {
		const where = `conference: track ${index + 1}`;
		problems.push(...shapeProblems(track, where, [], ['name', 'color', 'slug']));
		if (!track['@name']) problems.push(`${where}: missing name`);
		if (track['@color'] !== undefined && !HEX_COLOR.test(shown(track['@color']))) problems.push(`${where}: color is not #rrggbb`);
		if (track['@slug'] !== undefined && !TRACK_SLUG.test(shown(track['@slug']))) problems.push(`${where}: slug is not [a-z][a-z0-9-]+`);
	}
	return problems;
}

function referenceXmlProblems(event: Node, where: string, list: 'links' | 'attachments', item: 'link' | 'attachment'): string[] {
	if (!(list in event)) return [];
	const container = asNode(event[list]);
	const problems = shapeProblems(container, `${where} <${list}>`, [item], [], [item]);
	for (const [index, reference] of ((container[item] as unknown[] | undefined) ?? []).map(asNode).entries()) {
		const at = `${where} ${item} ${index + 1}`;
		problems.push(...shapeProblems(reference, at, [], item === 'link' ? ['href', 'type', 'service'] : ['href', 'type']));
		// The XSD leaves href optional; a link that points nowhere is no link (project).
		if (!reference['@href']) problems.push(`${at}: missing href`);
	}
	return problems;
}

function eventXmlProblems(event: Node, where: string): string[] {
	const problems = shapeProblems(event, where, EVENT_ELEMENTS, ['id', 'guid', 'code']);
	const text = (name: string) => textOf(event[name]);
	for (const name of EVENT_REQUIRED) if (!(name in event)) problems.push(`${where}: missing <${name}>`);
	if (!/^[1-9]\d*$/.test(shown(event['@id']))) problems.push(`${where}: id ${shown(event['@id'])} is not a positive integer`);
	if (!UUID.test(shown(event['@guid']))) problems.push(`${where}: guid ${shown(event['@guid'])} is not a UUID`);
	if (event['@code'] !== undefined && !XSD_CODE.test(shown(event['@code']))) problems.push(`${where}: code is not 6 of [0-9A-Z]`);
	if ('date' in event && !isDateTimeTZ(text('date'))) problems.push(`${where}: date ${text('date')} is not a date-time with a zone`);
	if ('start' in event && !(HH_MM.test(text('start')) && START.test(text('start'))))
		problems.push(`${where}: start ${text('start')} is not HH:MM`);
	if ('duration' in event && !HH_MM.test(text('duration'))) problems.push(`${where}: duration ${text('duration')} is not HH:MM`);
	if ('slug' in event && !XSD_SLUG.test(text('slug'))) problems.push(`${where}: slug ${text('slug')} is not acronym-rest`);
	if ('logo' in event && !(HTTP_URI.test(text('logo')) || !text('logo').trim()))
		problems.push(`${where}: logo is neither empty nor an http(s) URL`);
	for (const name of ['url', 'feedback_url', 'origin_url', 'video_download_url'])
		if (name in event && !HTTP_URI.test(text(name))) problems.push(`${where}: <${name}> ${text(name)} is not an http(s) URL`);
	if (!text('title').trim() && 'title' in event) problems.push(`${where}: empty title (project)`);
	if ('recording' in event) {
		const recording = asNode(event.recording);
		problems.push(...shapeProblems(recording, `${where} <recording>`, ['license', 'optout', 'url', 'link'], []));
		for (const name of ['license', 'optout']) if (!(name in recording)) problems.push(`${where} <recording>: missing <${name}>`);
		if ('optout' in recording && !['true', 'false', '1', '0'].includes(textOf(recording.optout)))
			problems.push(`${where} <recording>: optout is not a boolean`);
	}
	if ('persons' in event) {
		const persons = asNode(event.persons);
		problems.push(...shapeProblems(persons, `${where} <persons>`, ['person'], [], ['person']));
		for (const [index, person] of ((persons.person as unknown[] | undefined) ?? []).entries()) {
			const node = asNode(person);
			problems.push(...shapeProblems(node, `${where} person ${index + 1}`, [], ['id', 'guid']));
			if (node['@id'] !== undefined && !/^[+-]?\d+$/.test(shown(node['@id'])))
				problems.push(`${where} person ${index + 1}: id is not an integer`);
			if (node['@guid'] !== undefined && !UUID.test(shown(node['@guid'])))
				problems.push(`${where} person ${index + 1}: guid is not a UUID`);
			if (!textOf(person).trim()) problems.push(`${where} person ${index + 1}: no name`);
		}
	}
	problems.push(...referenceXmlProblems(event, where, 'links', 'link'), ...referenceXmlProblems(event, where, 'attachments', 'attachment'));
	return problems;
}

/** What the rules find in a schedule.xml. */
export function scheduleXmlProblems(xml: string): string[] {
	const malformed = xmlProblem(xml);
	if (malformed) return [malformed];
	const parsed = xmlParser.parse(xml) as Node;
	if (!('schedule' in parsed)) return ['root element is not <schedule>'];
	const schedule = asNode(parsed.schedule);
	const problems: string[] = [];
	const order = scheduleOrderProblem(xml);
	if (order) problems.push(order);
	problems.push(...shapeProblems(schedule, 'schedule', ['generator', 'url', 'version', 'conference', 'day'], [], ['day']));
	if ('generator' in schedule) problems.push(...shapeProblems(asNode(schedule.generator), 'generator', [], ['name', 'system', 'version']));
	if ('url' in schedule && !HTTP_URI.test(textOf(schedule.url))) problems.push('schedule: <url> is not an http(s) URL');
	const days = ((schedule.day as unknown[] | undefined) ?? []).map(asNode);
	problems.push(
		...conferenceXmlProblems(
			asNode(schedule.conference),
			days.length,
			days.map((day) => shown(day['@date'])),
		),
	);
	const events: EventFacts[] = [];
	const indexes = new Set<string>();
	for (const [dayNumber, day] of days.entries()) {
		const where = `day ${dayNumber + 1}`;
		problems.push(...shapeProblems(day, where, ['room'], ['index', 'date', 'start', 'end'], ['room']));
		const index = shown(day['@index']);
		if (!/^[1-9]\d*$/.test(index)) problems.push(`${where}: index ${index} is not a positive integer`);
		else if (indexes.has(index)) problems.push(`${where}: index ${index} is also another day's`);
		indexes.add(index);
		// The XSD leaves a day's date optional; frab always writes it, and events are checked against it (project).
		if (!isCalendarDate(shown(day['@date']))) problems.push(`${where}: date ${shown(day['@date'])} is not a date`);
		for (const name of ['start', 'end'])
			if (!isDateTimeTZ(shown(day[`@${name}`])))
				problems.push(`${where}: ${name} ${shown(day[`@${name}`])} is not a date-time with a zone`);
		for (const [roomNumber, room] of ((day.room as unknown[] | undefined) ?? []).map(asNode).entries()) {
			const roomWhere = `${where} room ${roomNumber + 1}`;
			problems.push(...shapeProblems(room, roomWhere, ['event'], ['name', 'guid'], ['event']));
			if (!room['@name']) problems.push(`${roomWhere}: missing name`);
			if (room['@guid'] !== undefined && !UUID.test(shown(room['@guid']))) problems.push(`${roomWhere}: guid is not a UUID`);
			for (const [eventNumber, event] of ((room.event as unknown[] | undefined) ?? []).map(asNode).entries()) {
				const eventWhere = `${roomWhere} event ${eventNumber + 1} (id ${shown(event['@id'])})`;
				problems.push(...eventXmlProblems(event, eventWhere));
				events.push({
					where: eventWhere,
					id: event['@id'],
					guid: event['@guid'],
					code: event['@code'],
					slug: event.slug === undefined ? undefined : textOf(event.slug),
					date: textOf(event.date),
					start: textOf(event.start),
					duration: textOf(event.duration),
					room: textOf(event.room),
					listedRoom: shown(room['@name']),
					day: { date: shown(day['@date']), start: shown(day['@start']), end: shown(day['@end']) },
					personIds: ((asNode(event.persons).person as unknown[] | undefined) ?? []).map((person) => asNode(person)['@id']),
				});
			}
		}
	}
	if (days.length === 0) problems.push('schedule: no <day>');
	return [...problems, ...eventProblems(events, textOf(asNode(schedule.conference).time_zone_name))];
}

// ---- schedule.json ------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A property's type as the schema's "type" says it: JSON types, integer meaning a whole number. */
function hasType(value: unknown, types: readonly string[]): boolean {
	return types.some((type) => (type === 'integer' ? Number.isInteger(value) : typeName(value) === type));
}

interface Shape {
	required?: readonly string[];
	/** Every property the definition lists, when it sets additionalProperties to false. */
	only?: readonly string[];
	types?: Readonly<Record<string, readonly string[]>>;
	patterns?: Readonly<Record<string, RegExp>>;
	uris?: readonly string[];
}

/** One object against one definition of the schema: required properties, no others, types, patterns, URIs. */
function shape(value: unknown, where: string, rules: Shape): string[] {
	if (!isObject(value)) return [`${where}: is ${typeName(value)}, not an object`];
	const problems: string[] = [];
	for (const name of rules.required ?? []) if (!(name in value)) problems.push(`${where}: missing "${name}"`);
	if (rules.only)
		for (const name of Object.keys(value)) if (!rules.only.includes(name)) problems.push(`${where}: "${name}" is not allowed`);
	for (const [name, types] of Object.entries(rules.types ?? {}))
		if (name in value && !hasType(value[name], types))
			problems.push(`${where}: "${name}" is ${typeName(value[name])}, not ${types.join(' or ')}`);
	for (const [name, pattern] of Object.entries(rules.patterns ?? {}))
		if (typeof value[name] === 'string' && !pattern.test(value[name]))
			problems.push(`${where}: "${name}" ${value[name]} does not match ${pattern.source}`);
	for (const name of rules.uris ?? [])
		if (typeof value[name] === 'string' && !isUri(value[name])) problems.push(`${where}: "${name}" ${value[name]} is not an absolute URI`);
	return problems;
}

const EVENT_KEYS = [
	'guid',
	'code',
	'id',
	'logo',
	'date',
	'start',
	'end',
	'duration',
	'room',
	'slug',
	'url',
	'title',
	'subtitle',
	'track',
	'type',
	'language',
	'abstract',
	'description',
	'recording_license',
	'do_not_record',
	'do_not_stream',
	'persons',
	'links',
	'feedback_url',
	'origin_url',
	'attachments',
];
const EVENT_JSON_REQUIRED = [
	'abstract',
	'date',
	'duration',
	'guid',
	'id',
	'language',
	'links',
	'persons',
	'room',
	'slug',
	'start',
	'subtitle',
	'title',
	'track',
	'type',
	'url',
];
const STRING_OR_NULL = ['string', 'null'];

function referenceJsonProblems(list: unknown, where: string): string[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((reference, index) => {
		const at = `${where} ${index + 1}`;
		const problems = shape(reference, at, {
			required: ['url'],
			only: ['type', 'url', 'title'],
			types: { url: ['string'], title: ['string'], type: ['string'] },
			uris: ['url'],
		});
		if (isObject(reference) && reference.type !== undefined && !REFERENCE_TYPES.includes(shown(reference.type)))
			problems.push(`${at}: type ${shown(reference.type)} is not one of ${REFERENCE_TYPES.join(', ')}`);
		return problems;
	});
}

/** The schema's Person: exactly one of a frab person (integer id and public_name) or a pretalx person (name). */
function personJsonProblems(person: unknown, where: string): string[] {
	const problems = shape(person, where, {
		types: {
			name: ['string'],
			guid: ['string'],
			id: ['integer'],
			url: ['string'],
			public_name: ['string'],
			links: ['array'],
			code: ['string'],
			avatar: ['string', 'null'],
			biography: ['string', 'null'],
		},
		patterns: { guid: UUID, code: JSON_CODE },
		uris: ['url'],
	});
	if (!isObject(person)) return problems;
	const frab = 'id' in person && 'public_name' in person;
	const pretalx = 'name' in person;
	if (frab === pretalx)
		problems.push(
			frab
				? `${where}: has both public_name and name, so it is a frab and a pretalx person at once (oneOf)`
				: `${where}: has neither id and public_name nor name`,
		);
	problems.push(...referenceJsonProblems(person.links, `${where} link`));
	return problems;
}

function eventJsonProblems(event: unknown, where: string): string[] {
	const problems = shape(event, where, {
		required: EVENT_JSON_REQUIRED,
		only: EVENT_KEYS,
		types: {
			guid: ['string'],
			code: ['string'],
			id: ['integer'],
			date: ['string'],
			start: ['string'],
			end: ['string'],
			duration: ['string'],
			room: ['string'],
			slug: ['string'],
			url: ['string'],
			title: ['string'],
			subtitle: STRING_OR_NULL,
			track: STRING_OR_NULL,
			type: ['string'],
			language: STRING_OR_NULL,
			abstract: STRING_OR_NULL,
			description: STRING_OR_NULL,
			recording_license: ['string'],
			do_not_record: ['boolean', 'null'],
			do_not_stream: ['boolean', 'string', 'null'],
			persons: ['array'],
			links: ['array'],
			attachments: ['array'],
			feedback_url: ['string'],
			origin_url: ['string'],
		},
		patterns: { guid: UUID, code: JSON_CODE, start: START, duration: HH_MM, slug: JSON_SLUG },
		uris: ['url', 'feedback_url', 'origin_url'],
	});
	if (!isObject(event)) return problems;
	if (typeof event.id === 'number' && event.id < 1) problems.push(`${where}: id ${event.id} is below 1`);
	for (const name of ['date', 'end'])
		if (typeof event[name] === 'string' && !isDateTimeTZ(event[name]))
			problems.push(`${where}: "${name}" ${event[name]} is not a date-time with an offset`);
	// null, "", or a URL: absolute, or relative to base_url, as the schema's comment on logo says.
	if (typeof event.logo === 'string' && event.logo !== '' && !URL.canParse(event.logo, 'https://base.invalid/'))
		problems.push(`${where}: logo is not a URL`);
	else if (event.logo !== undefined && event.logo !== null && typeof event.logo !== 'string')
		problems.push(`${where}: logo is ${typeName(event.logo)}`);
	if (typeof event.title === 'string' && !event.title.trim()) problems.push(`${where}: empty title (project)`);
	if (Array.isArray(event.persons))
		event.persons.forEach((person, index) => problems.push(...personJsonProblems(person, `${where} person ${index + 1}`)));
	problems.push(...referenceJsonProblems(event.links, `${where} link`), ...referenceJsonProblems(event.attachments, `${where} attachment`));
	return problems;
}

const CONFERENCE_KEYS = [
	'acronym',
	'title',
	'description',
	'start',
	'end',
	'daysCount',
	'timeslot_duration',
	'time_zone_name',
	'logo',
	'colors',
	'keywords',
	'url',
	'tracks',
	'rooms',
	'meta',
	'days',
];

function conferenceJsonProblems(conference: Json): string[] {
	const problems = shape(conference, 'conference', {
		required: ['title', 'acronym', 'days', 'daysCount', 'start', 'end', 'timeslot_duration'],
		only: CONFERENCE_KEYS,
		types: {
			acronym: ['string'],
			title: ['string'],
			description: ['string'],
			start: ['string'],
			end: ['string'],
			daysCount: ['integer'],
			timeslot_duration: ['string'],
			time_zone_name: ['string'],
			logo: ['string'],
			colors: ['object'],
			keywords: ['array'],
			url: ['string'],
			tracks: ['array'],
			rooms: ['array'],
			meta: ['object'],
			days: ['array'],
		},
		// timeslot_duration is any string to the schema; frab writes HH:MM and apps read it so (project).
		patterns: { acronym: JSON_ACRONYM, time_zone_name: TIME_ZONE_NAME, timeslot_duration: HH_MM },
		uris: ['url', 'logo'],
	});
	for (const name of ['start', 'end'])
		if (typeof conference[name] === 'string' && !isCalendarDate(conference[name]) && !isDateTimeTZ(conference[name]))
			problems.push(`conference: "${name}" ${conference[name]} is neither a date nor a date-time`);
	if (typeof conference.time_zone_name === 'string' && !isKnownZone(conference.time_zone_name))
		problems.push(`conference: time_zone_name ${conference.time_zone_name} is not a time zone (project)`);
	if (isObject(conference.colors))
		for (const name of ['primary', 'background'])
			if (conference.colors[name] !== undefined && !HEX_COLOR.test(shown(conference.colors[name])))
				problems.push(`conference: colors.${name} is not #rrggbb`);
	if (Array.isArray(conference.keywords) && conference.keywords.some((keyword) => typeof keyword !== 'string'))
		problems.push('conference: a keyword is not a string');
	if (Array.isArray(conference.tracks))
		conference.tracks.forEach((track, index) => {
			const where = `conference track ${index + 1}`;
			problems.push(
				...shape(track, where, { types: { name: ['string'], slug: ['string'], color: ['string'] }, patterns: { slug: JSON_SLUG } }),
			);
			if (isObject(track) && track.color !== undefined && !HEX_COLOR.test(shown(track.color)))
				problems.push(`${where}: color is not #rrggbb`);
		});
	if (Array.isArray(conference.rooms))
		conference.rooms.forEach((room, index) => {
			const where = `conference room ${index + 1}`;
			problems.push(
				...shape(room, where, {
					required: ['name', 'guid'],
					only: ['name', 'slug', 'type', 'guid', 'stream_id', 'description', 'capacity', 'url', 'features', 'assembly'],
					types: {
						name: ['string'],
						slug: ['string'],
						type: ['string'],
						guid: ['string'],
						stream_id: STRING_OR_NULL,
						description: ['string', 'null', 'object'],
						capacity: ['number', 'null'],
						url: ['string'],
						features: ['object'],
						assembly: ['object'],
					},
					patterns: { slug: JSON_SLUG, guid: UUID },
					uris: ['url'],
				}),
			);
			if (isObject(room) && room.type !== undefined && !ROOM_TYPES.includes(shown(room.type)))
				problems.push(`${where}: type ${shown(room.type)} is not one of ${ROOM_TYPES.join(', ')}`);
		});
	return problems;
}

/** What the rules find in a schedule.json. */
export function scheduleJsonProblems(text: string): string[] {
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		return [`not JSON: ${(error as Error).message}`];
	}
	const problems = shape(document, 'document', {
		required: ['schedule'],
		only: ['schedule', '$schema', 'generator'],
		types: { $schema: ['string'], generator: ['object'] },
	});
	if (!isObject(document) || !isObject(document.schedule))
		return [...problems, ...(isObject(document) && 'schedule' in document ? ['schedule: is not an object'] : [])];
	if (isObject(document.generator))
		problems.push(
			...shape(document.generator, 'generator', { types: { name: ['string'], version: ['string'], url: ['string'] }, uris: ['url'] }),
		);
	const schedule = document.schedule;
	problems.push(
		...shape(schedule, 'schedule', {
			required: ['conference', 'version'],
			types: { version: ['string'], base_url: ['string'], conference: ['object'] },
			uris: ['base_url'],
		}),
	);
	if ('rooms' in schedule) problems.push('schedule: "rooms" belongs in the conference');
	if (!isObject(schedule.conference)) return problems;
	const conference = schedule.conference;
	problems.push(...conferenceJsonProblems(conference));
	const days = Array.isArray(conference.days) ? conference.days : [];
	if (Number.isInteger(conference.daysCount) && conference.daysCount !== days.length)
		problems.push(`conference: daysCount says ${shown(conference.daysCount)}, the file has ${days.length} (project)`);
	const dayDates = days.map((day) => (isObject(day) ? shown(day.date) : ''));
	if (dayDates.length > 0 && typeof conference.start === 'string' && isCalendarDate(conference.start) && conference.start !== dayDates[0])
		problems.push(`conference: starts ${conference.start}, the first day is ${dayDates[0]} (project)`);
	if (dayDates.length > 0 && typeof conference.end === 'string' && isCalendarDate(conference.end) && conference.end !== dayDates.at(-1))
		problems.push(`conference: ends ${conference.end}, the last day is ${dayDates.at(-1)} (project)`);
	const roomNames = new Set(
		(Array.isArray(conference.rooms) ? conference.rooms : []).map((room) => (isObject(room) ? room.name : undefined)),
	);
	const events: EventFacts[] = [];
	const indexes = new Set<unknown>();
	days.forEach((day, dayNumber) => {
		const where = `day ${dayNumber + 1}`;
		problems.push(
			...shape(day, where, {
				required: ['date', 'day_end', 'day_start', 'index', 'rooms'],
				only: ['index', 'date', 'day_start', 'day_end', 'rooms'],
				types: { index: ['integer'], date: ['string'], day_start: ['string'], day_end: ['string'], rooms: ['object'] },
			}),
		);
		if (!isObject(day)) return;
		// The XSD's day_index_unique and positive index, kept for the JSON too (project).
		if (Number.isInteger(day.index) && (day.index as number) < 1) problems.push(`${where}: index ${shown(day.index)} is below 1 (project)`);
		if (indexes.has(day.index)) problems.push(`${where}: index ${shown(day.index)} is also another day's (project)`);
		indexes.add(day.index);
		if (typeof day.date === 'string' && !isCalendarDate(day.date)) problems.push(`${where}: date ${day.date} is not a date`);
		for (const name of ['day_start', 'day_end'])
			if (typeof day[name] === 'string' && !isDateTimeTZ(day[name]))
				problems.push(`${where}: ${name} ${day[name]} is not a date-time with an offset`);
		if (!isObject(day.rooms)) return;
		for (const [roomName, roomEvents] of Object.entries(day.rooms)) {
			const roomWhere = `${where} room "${roomName}"`;
			// Apps look a room's events up by the names in conference.rooms (project).
			if (!roomNames.has(roomName)) problems.push(`${roomWhere}: not listed in conference.rooms`);
			if (!Array.isArray(roomEvents)) {
				problems.push(`${roomWhere}: is ${typeName(roomEvents)}, not an array`);
				continue;
			}
			roomEvents.forEach((event, eventNumber) => {
				const eventWhere = `${roomWhere} event ${eventNumber + 1}${isObject(event) ? ` (id ${shown(event.id)})` : ''}`;
				problems.push(...eventJsonProblems(event, eventWhere));
				if (!isObject(event)) return;
				events.push({
					where: eventWhere,
					id: event.id,
					guid: event.guid,
					code: event.code,
					slug: event.slug,
					date: shown(event.date),
					start: shown(event.start),
					duration: shown(event.duration),
					end: typeof event.end === 'string' ? event.end : undefined,
					room: shown(event.room),
					listedRoom: roomName,
					day: { date: shown(day.date), start: shown(day.day_start), end: shown(day.day_end) },
					personIds: (Array.isArray(event.persons) ? event.persons : []).map((person) => (isObject(person) ? person.id : undefined)),
				});
			});
		}
	});
	return [...problems, ...eventProblems(events, typeof conference.time_zone_name === 'string' ? conference.time_zone_name : '')];
}

/**
 * Whether the two files describe the same programme: the same events by guid, with the same id,
 * time, duration, room, slug and title (project: apps and tools read either file).
 */
export function scheduleAgreementProblems(xml: string, json: string): string[] {
	const fromXml = new Map<string, string>();
	const schedule = asNode((xmlParser.parse(xml) as Node).schedule);
	for (const day of ((schedule.day as unknown[] | undefined) ?? []).map(asNode))
		for (const room of ((day.room as unknown[] | undefined) ?? []).map(asNode))
			for (const event of ((room.event as unknown[] | undefined) ?? []).map(asNode))
				fromXml.set(
					shown(event['@guid']),
					[event['@id'], ...['date', 'duration', 'room', 'slug', 'title'].map((name) => textOf(event[name]))].map(String).join(' | '),
				);
	const fromJson = new Map<string, string>();
	const conference = asNode(asNode(asNode(JSON.parse(json) as unknown).schedule).conference);
	for (const day of ((conference.days as unknown[] | undefined) ?? []).map(asNode))
		for (const roomEvents of Object.values(asNode(day.rooms)))
			for (const event of ((roomEvents as unknown[] | undefined) ?? []).map(asNode))
				fromJson.set(
					shown(event.guid),
					[event.id, event.date, event.duration, event.room, event.slug, event.title].map(String).join(' | '),
				);
	const problems: string[] = [];
	for (const [guid, facts] of fromXml) {
		if (!fromJson.has(guid)) problems.push(`event ${guid} is in schedule.xml only`);
		else if (fromJson.get(guid) !== facts) problems.push(`event ${guid}: schedule.xml says ${facts}, schedule.json ${fromJson.get(guid)}`);
	}
	for (const guid of fromJson.keys()) if (!fromXml.has(guid)) problems.push(`event ${guid} is in schedule.json only`);
	return problems;
}
