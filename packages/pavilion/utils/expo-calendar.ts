import type { ExpoStatus } from './expo-status.ts';
import { expoSpan, type ExpoDates } from './expo-times.ts';
import type { CalendarEvent } from './ical.ts';

/** The fair's dates and status, as the options give them. */
export interface ExpoSchedule extends ExpoDates {
	/** The first day as first announced, when the fair has moved. */
	previousStartDate?: string | undefined;
	status: ExpoStatus;
}

/**
 * The options keep no history, so the revision number comes from the state alone, ranked in the order a
 * fair passes through them: as announced, postponed, on new dates (or online), cancelled. Each usual step
 * raises it; a step between states of equal rank keeps it, and calendars then take the later DTSTAMP
 * (RFC 5546 §2.1.5).
 */
const STATUS_REVISION: Record<ExpoStatus, number> = { scheduled: 0, postponed: 1, rescheduled: 2, 'moved-online': 2, cancelled: 3 };
const MOVED_REVISION = 2;

const STATUS: Partial<Record<ExpoStatus, CalendarEvent['status']>> = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' };

/**
 * UID and SEQUENCE of the fair's calendar event. A calendar replaces an event it already has only when
 * the UID is the same and the SEQUENCE is not lower (RFC 5545 §3.8.4.7, §3.8.7.4), so the UID comes from
 * the first day as first announced and outlives a new date or a cancellation; a fair that has not moved
 * keeps the UID it always had.
 */
export function expoEventIdentity(
	expo: Pick<ExpoSchedule, 'startDate' | 'previousStartDate' | 'status'>,
	host: string,
): { uid: string; sequence: number } {
	const announced = expo.previousStartDate ?? expo.startDate;
	const moved = announced !== expo.startDate;
	return { uid: `expo-${announced}@${host}`, sequence: Math.max(STATUS_REVISION[expo.status], moved ? MOVED_REVISION : 0) };
}

export interface ExpoEventOptions {
	expo: ExpoSchedule;
	/** The fair's full name in the event's language. */
	name: string;
	/** The short name in the event's language; empty or undefined when the options set none. */
	shortName?: string | undefined;
	location: string;
	/** The notes after the name: the site's description, the opening hours. */
	details: string;
	url?: string | undefined;
	language?: string | undefined;
	/** The site's host, which makes the UID unique beyond this site. */
	host: string;
	stamp: Date;
}

/** The fair as a calendar event in one language, its text already localized. */
export function expoEvent(options: ExpoEventOptions): CalendarEvent {
	const { expo, name } = options;
	// Calendars show the title in a narrow cell: the short name fits there, and the notes still give the full name once.
	const summary = options.shortName || name;
	return {
		...expoEventIdentity(expo, options.host),
		stamp: options.stamp,
		span: expoSpan(expo),
		timeZone: expo.timezone,
		summary,
		location: options.location,
		description: [summary !== name && name, options.details].filter(Boolean).join('\n\n'),
		url: options.url,
		status: STATUS[expo.status] ?? 'CONFIRMED',
		language: options.language,
	};
}
