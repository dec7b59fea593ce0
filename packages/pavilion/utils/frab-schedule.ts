/**
 * The programme in the frab / c3voc schedule format, which conference apps read (Giggity,
 * EventFahrplan, ConfClerk, congress.conference.systems) and recording teams' tools follow:
 * schedule.json after c3voc's JSON schema (c3voc.de/schedule/schema.json) and schedule.xml after
 * its XSD (c3voc.de/schedule/schema.xsd). Both are written from one plan (frab-schedule-plan.ts),
 * in a fixed order, so the same programme gives the same bytes on every build.
 *
 * Where the format keeps a deprecated field beside its successor (start and duration beside end,
 * public_name beside name), the files write what the apps in use read.
 */
import { escapeMarkup } from './escape.ts';
import { schedulePlan, type PlannedEvent, type ScheduleInput, type SchedulePlan, type ScheduleReference } from './frab-schedule-plan.ts';

export type {
	ScheduleConference,
	ScheduleEvent,
	ScheduleInput,
	SchedulePerson,
	ScheduleReference,
	ScheduleRoom,
	ScheduleTrack,
} from './frab-schedule-plan.ts';

export const SCHEDULE_JSON_SCHEMA = 'https://c3voc.de/schedule/schema.json';

const GENERATOR: NonNullable<ScheduleInput['generator']> = { name: 'Pavilion' };

const reference = (link: ScheduleReference) => ({
	url: link.url,
	...(link.title === undefined ? {} : { title: link.title }),
	...(link.type === undefined ? {} : { type: link.type }),
});

/** One session as the JSON schema's Event: every required key, and none it does not list (it allows no others). */
function jsonEvent(planned: PlannedEvent, room: string) {
	const { event } = planned;
	return {
		guid: event.guid,
		id: event.id,
		...(event.logo === undefined ? {} : { logo: event.logo }),
		date: planned.date,
		start: planned.start,
		end: planned.end,
		duration: planned.duration,
		room,
		slug: planned.slug,
		url: event.url,
		title: event.title,
		// Text that apps print is a string, empty when there is none; a missing track or language is null, not a track named "".
		subtitle: event.subtitle ?? '',
		track: event.track ?? null,
		type: event.type,
		language: event.language ?? null,
		abstract: event.abstract ?? '',
		description: event.description ?? '',
		...(event.recording ? { recording_license: event.recording.license, do_not_record: event.recording.optOut } : {}),
		// The schema's Person is one of a frab person (id and public_name) or a pretalx person (name), never both:
		// public_name is what the apps that read JSON have always read.
		persons: event.persons.map((person) => ({ guid: person.guid, id: person.id, public_name: person.name })),
		links: (event.links ?? []).map(reference),
		attachments: (event.attachments ?? []).map(reference),
	};
}

function jsonDocument(plan: SchedulePlan) {
	const { input, days } = plan;
	const { conference } = input;
	const generator = input.generator ?? GENERATOR;
	return {
		$schema: SCHEDULE_JSON_SCHEMA,
		generator: {
			name: generator.name,
			...(generator.version === undefined ? {} : { version: generator.version }),
			...(generator.url === undefined ? {} : { url: generator.url }),
		},
		schedule: {
			version: input.version,
			base_url: plan.baseUrl,
			conference: {
				acronym: conference.acronym,
				title: conference.title,
				start: conference.start,
				end: conference.end,
				daysCount: days.length,
				timeslot_duration: plan.timeslotDuration,
				time_zone_name: conference.timeZone,
				url: conference.url,
				...(conference.logo === undefined ? {} : { logo: conference.logo }),
				...(conference.colors
					? {
							colors: {
								primary: conference.colors.primary,
								...(conference.colors.background === undefined ? {} : { background: conference.colors.background }),
							},
						}
					: {}),
				...(plan.tracks.length > 0
					? {
							tracks: plan.tracks.map((track) => ({
								name: track.name,
								...(track.slug === undefined ? {} : { slug: track.slug }),
								...(track.color === undefined ? {} : { color: track.color }),
							})),
						}
					: {}),
				rooms: input.rooms.map((room) => ({
					name: room.name,
					guid: room.guid,
					...(room.capacity === undefined ? {} : { capacity: room.capacity }),
				})),
				days: days.map((day) => ({
					index: day.index,
					date: day.date,
					day_start: day.start,
					day_end: day.end,
					rooms: Object.fromEntries(day.rooms.map(({ room, events }) => [room.name, events.map((event) => jsonEvent(event, room.name))])),
				})),
			},
		},
	};
}

/** schedule.json: the programme after c3voc's JSON schema, two-space indented, ending in a newline. */
export function scheduleJson(input: ScheduleInput): string {
	return `${JSON.stringify(jsonDocument(schedulePlan(input)), null, 2)}\n`;
}

// XML 1.0 has no way to write these characters, not even escaped: a file holding one is not XML at all.
/* eslint-disable no-control-regex */
const NOT_XML =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

const xmlText = (text: string) => escapeMarkup(text.replace(NOT_XML, ''));
/** A parser turns tabs and line breaks in an attribute into spaces unless they are written as references. */
const xmlAttribute = (text: string) => xmlText(text).replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);

type Attributes = Readonly<Record<string, string | number | undefined>>;

const attributes = (values: Attributes) =>
	Object.entries(values)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
		.join('');

/** An element with text, or empty when the text is empty. */
const leaf = (indent: string, name: string, text: string, values: Attributes = {}) =>
	text === '' ? `${indent}<${name}${attributes(values)}/>` : `${indent}<${name}${attributes(values)}>${xmlText(text)}</${name}>`;

/** An element holding other elements, each already indented. */
const branch = (indent: string, name: string, children: readonly string[], values: Attributes = {}) =>
	children.length === 0
		? `${indent}<${name}${attributes(values)}/>`
		: [`${indent}<${name}${attributes(values)}>`, ...children, `${indent}</${name}>`].join('\n');

function xmlEvent(planned: PlannedEvent, room: string, indent: string): string {
	const { event } = planned;
	const inner = `${indent}\t`;
	const child = (name: string, text: string) => leaf(inner, name, text);
	return branch(
		indent,
		'event',
		[
			child('date', planned.date),
			child('start', planned.start),
			child('duration', planned.duration),
			child('room', room),
			child('slug', planned.slug),
			child('url', event.url),
			...(event.recording
				? [
						branch(inner, 'recording', [
							leaf(`${inner}\t`, 'license', event.recording.license),
							leaf(`${inner}\t`, 'optout', String(event.recording.optOut)),
						]),
					]
				: []),
			child('title', event.title),
			child('subtitle', event.subtitle ?? ''),
			child('track', event.track ?? ''),
			child('type', event.type),
			...(event.language ? [child('language', event.language)] : []),
			child('abstract', event.abstract ?? ''),
			child('description', event.description ?? ''),
			...(event.logo === undefined ? [] : [child('logo', event.logo)]),
			branch(
				inner,
				'persons',
				event.persons.map((person) => leaf(`${inner}\t`, 'person', person.name, { id: person.id, guid: person.guid })),
			),
			branch(
				inner,
				'links',
				(event.links ?? []).map((link) => leaf(`${inner}\t`, 'link', link.title ?? link.url, { href: link.url, type: link.type })),
			),
			branch(
				inner,
				'attachments',
				(event.attachments ?? []).map((attachment) =>
					leaf(`${inner}\t`, 'attachment', attachment.title ?? attachment.url, { href: attachment.url, type: attachment.type }),
				),
			),
		],
		{ id: event.id, guid: event.guid },
	);
}

/** schedule.xml: the programme after c3voc's XSD, in UTF-8, tab-indented, ending in a newline. */
export function scheduleXml(input: ScheduleInput): string {
	const plan = schedulePlan(input);
	const { conference } = input;
	const generator = input.generator ?? GENERATOR;
	const conferenceChildren = [
		leaf('\t\t', 'acronym', conference.acronym),
		leaf('\t\t', 'title', conference.title),
		leaf('\t\t', 'start', conference.start),
		leaf('\t\t', 'end', conference.end),
		leaf('\t\t', 'days', String(plan.days.length)),
		leaf('\t\t', 'timeslot_duration', plan.timeslotDuration),
		leaf('\t\t', 'time_zone_name', conference.timeZone),
		leaf('\t\t', 'base_url', plan.baseUrl),
		leaf('\t\t', 'url', conference.url),
		...(conference.logo === undefined ? [] : [leaf('\t\t', 'logo', conference.logo)]),
		...(conference.colors
			? [leaf('\t\t', 'color', '', { primary: conference.colors.primary, background: conference.colors.background })]
			: []),
		...plan.tracks.map((track) => leaf('\t\t', 'track', '', { name: track.name, color: track.color, slug: track.slug })),
	];
	const days = plan.days.map((day) =>
		branch(
			'\t',
			'day',
			day.rooms.map(({ room, events }) =>
				branch(
					'\t\t',
					'room',
					events.map((event) => xmlEvent(event, room.name, '\t\t\t')),
					{ name: room.name, guid: room.guid },
				),
			),
			{ index: day.index, date: day.date, start: day.start, end: day.end },
		),
	);
	return `${[
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<schedule>',
		leaf('\t', 'generator', '', { name: generator.name, version: generator.version }),
		leaf('\t', 'version', input.version),
		branch('\t', 'conference', conferenceChildren),
		...days,
		'</schedule>',
	].join('\n')}\n`;
}
