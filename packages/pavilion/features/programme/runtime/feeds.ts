/**
 * The programme as calendars and event apps read it: each session a CalendarEvent (utils/ical.ts),
 * and the whole programme the neutral input of the frab/c3voc writers (utils/frab-schedule.ts).
 * Identities come from what does not move: a session's file name gives its UID, its GUID and its
 * number, so a moved session updates in every calendar and app instead of appearing twice.
 */
import { config, localeContext } from '../../../runtime/site.ts';
import { homeUrl } from '../../../runtime/urls.ts';
import type { CalendarEvent } from '../../../utils/ical.ts';
import type { ScheduleEvent, ScheduleInput } from '../../../utils/frab-schedule.ts';
import { slugify } from '../../../utils/slugs.ts';
import { NAMESPACE_URL, uuidFromName } from '../../../utils/uuid-v5.ts';
import type { LocaleProgramme, SiteSession } from './programme.ts';

/** The namespace of the programme's GUIDs: one per site, from its address. */
const namespaceOf = (site: URL) => uuidFromName(NAMESPACE_URL, new URL('/programme/', site).href);
/** A positive number from a GUID that stays with it: the schedule format keys older apps by it. */
const numberOf = (guid: string) => Number.parseInt(guid.replace(/-/g, '').slice(0, 7), 16) + 1;

export function calendarEvent(session: SiteSession, site: URL, stamp: Date): CalendarEvent {
	const { text } = localeContext(session.locale);
	const speakers = session.speakers.map((speaker) => speaker.name).join(', ');
	return {
		uid: session.uid,
		sequence: session.sequence,
		stamp,
		span: { start: session.start, end: session.end, allDay: false },
		timeZone: config.expo.timezone,
		summary: session.title,
		location: `${session.room.label}, ${text(config.expo.venue.name)}`,
		description: [session.description, speakers].filter(Boolean).join('\n\n') || undefined,
		url: new URL(session.url, site).href,
		status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
		language: session.language.split('-')[0],
		categories: [session.track.label],
	};
}

/** The schedule of one language for event apps. Cancelled sessions are left out by the writers, as frab does. */
export function scheduleInput(programme: LocaleProgramme, site: URL, version: string): ScheduleInput {
	const { text } = localeContext(programme.locale);
	const namespace = namespaceOf(site);
	const guidOf = (kind: string, slug: string) => uuidFromName(namespace, `${kind}/${slug}`);
	const shortName = text(config.expo.shortName ?? config.expo.name);
	const acronym = slugify(shortName).replace(/[^a-z0-9]+/g, '') || 'expo';
	const days = programme.sessions.filter((session) => !session.sideEvent);
	const events = days.map((session): ScheduleEvent => {
		const guid = guidOf('session', session.slug);
		return {
			guid,
			id: numberOf(guid),
			slug: session.slug,
			title: session.title,
			abstract: session.description,
			start: session.start,
			end: session.end,
			room: session.room.label,
			track: session.track.label,
			type: session.track.label,
			language: session.language.split('-')[0],
			persons: session.speakers.map((speaker) => {
				const person = guidOf('speaker', speaker.slug);
				return { id: numberOf(person), guid: person, name: speaker.name };
			}),
			url: new URL(session.url, site).href,
			status: session.status === 'cancelled' ? 'cancelled' : 'confirmed',
		};
	});
	return {
		version,
		conference: {
			acronym: acronym.length >= 4 ? acronym : `${acronym}expo`,
			title: text(config.expo.name),
			start: config.expo.startDate,
			end: config.expo.endDate,
			timeZone: config.expo.timezone,
			url: new URL(homeUrl(programme.locale), site).href,
			tracks: programme.tracks.map(({ label }) => ({ name: label })),
		},
		rooms: programme.rooms.map(({ key, label }) => ({ name: label, guid: guidOf('room', key) })),
		events,
	};
}
