import type { CalendarEvent } from '../utils/ical.ts';
import { expoEvent } from '../utils/expo-calendar.ts';
import { buildInstant } from './build-run.ts';
import { config, localeContext } from './site.ts';
import { homeUrl } from './urls.ts';

/** The fair as a calendar event in one language: the .ics file and the Google Calendar link share it. */
export function expoCalendarEvent(locale: string, site: URL | undefined): CalendarEvent {
	const { expo } = config;
	const { t, text, lang } = localeContext(locale);
	const hoursText = expo.hours.map((period) => `${text(period.label)} ${period.open}–${period.close}`);
	return expoEvent({
		expo,
		name: text(expo.name),
		shortName: text(expo.shortName),
		location: [text(expo.venue.name), text(expo.venue.address)].join(', '),
		details: [text(config.description), hoursText.length ? `${t('labelled', { label: t('expo.hours') })}\n${hoursText.join('\n')}` : '']
			.filter(Boolean)
			.join('\n\n'),
		url: site ? new URL(homeUrl(locale), site).href : undefined,
		language: lang,
		host: site?.host ?? 'localhost',
		stamp: buildInstant(),
	});
}
