import type { APIRoute, GetStaticPaths } from 'astro';
import { expoCalendarEvent } from '../runtime/calendar-event.ts';
import { icalendar } from '../utils/ical.ts';
import { localeFromParam, localeParams } from '../runtime/site.ts';

export const getStaticPaths = (() => localeParams().map(({ locale }) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** /expo.ics and /<locale>/expo.ics: the fair for the reader's calendar, in their language. */
export const GET: APIRoute = ({ params, site }) =>
	new Response(icalendar(expoCalendarEvent(localeFromParam(params.locale), site)), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
