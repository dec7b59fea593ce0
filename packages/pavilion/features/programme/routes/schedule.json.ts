/** <locale>/programme/schedule.json: the programme in the frab/c3voc JSON format event apps read. */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../../runtime/site-model.ts';
import { localeFromParam, localeParams } from '../../../runtime/site.ts';
import { scheduleJson } from '../../../utils/frab-schedule.ts';
import { scheduleInput } from '../runtime/feeds.ts';
import { scheduleVersion } from '../runtime/schedule-version.ts';

export function getStaticPaths() {
	return localeParams().map(({ locale }) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params, site, url }) => {
	const programme = (await getSiteModel()).programme!.locale(localeFromParam(params.locale));
	return new Response(scheduleJson(scheduleInput(programme, site ?? url, scheduleVersion(programme))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
