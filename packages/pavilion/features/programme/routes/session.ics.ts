/** <locale>/programme/<session>.ics: one session for a calendar, with the same UID as in the programme's feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildInstant } from '../../../runtime/build-run.ts';
import { getSiteModel } from '../../../runtime/site-model.ts';
import { localeParam } from '../../../runtime/site.ts';
import { icalendar } from '../../../utils/ical.ts';
import { calendarEvent } from '../runtime/feeds.ts';
import type { SiteSession } from '../runtime/programme.ts';

export const getStaticPaths = (async () => {
	const { programme } = await getSiteModel();
	return (programme?.locales ?? []).flatMap((locale) =>
		locale.sessions.map((session) => ({ params: { locale: localeParam(locale.locale), slug: session.slug }, props: { session } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: SiteSession }> = ({ props: { session }, site, url }) =>
	new Response(icalendar(calendarEvent(session, site ?? url, buildInstant())), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
