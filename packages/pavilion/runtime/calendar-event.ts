import type { CalendarEvent } from '../utils/ical.ts';
import { expoSpan } from '../utils/expo-times.ts';
import { buildTime, config, localeContext, urlContext } from './site.ts';
import { homeUrl } from '../utils/urls.ts';

const STATUS: Record<string, CalendarEvent['status']> = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' };

/** The fair as a calendar event in one language: the .ics file and the Google Calendar link share it. */
export function expoCalendarEvent(locale: string, site: URL | undefined): CalendarEvent {
	const { expo } = config;
	const { t, text, lang } = localeContext(locale);
	const hoursText = expo.hours.map((period) => `${text(period.label)} ${period.open}–${period.close}`);
	const host = site?.host ?? 'localhost';
	return {
		// Stable across builds and languages, so re-importing the file updates the event instead of adding one.
		uid: `expo-${expo.startDate}@${host}`,
		stamp: buildTime,
		span: expoSpan(expo),
		timeZone: expo.timezone,
		summary: text(expo.name),
		location: [text(expo.venue.name), text(expo.venue.address)].join(', '),
		description: [text(config.description), hoursText.length ? `${t('labelled', { label: t('expo.hours') })}\n${hoursText.join('\n')}` : '']
			.filter(Boolean)
			.join('\n\n'),
		url: site ? new URL(homeUrl(urlContext, locale), site).href : undefined,
		status: STATUS[expo.status] ?? 'CONFIRMED',
		language: lang,
	};
}
