/** <locale>/programme/programme.ics: the whole programme of the language as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { buildInstant } from '../../../runtime/build-run.ts';
import { getSiteModel } from '../../../runtime/site-model.ts';
import { config, localeContext, localeFromParam, localeParams } from '../../../runtime/site.ts';
import { programmeCalendarUrl, programmeUrl } from '../../../runtime/urls.ts';
import { icalendarOf } from '../../../utils/ical.ts';
import { calendarEvent } from '../runtime/feeds.ts';

export function getStaticPaths() {
	return localeParams().map(({ locale }) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params, site, url }) => {
	const locale = localeFromParam(params.locale);
	const { t, text, lang } = localeContext(locale);
	const base = site ?? url;
	const programme = (await getSiteModel()).programme!.locale(locale);
	const stamp = buildInstant();
	const calendar = icalendarOf({
		name: `${text(config.expo.shortName ?? config.expo.name)} · ${t('programme.title')}`,
		timeZone: config.expo.timezone,
		events: programme.sessions.map((session) => calendarEvent(session, base, stamp)),
		url: new URL(programmeUrl(locale), base).href,
		source: new URL(programmeCalendarUrl(locale), base).href,
		language: lang,
	});
	return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
