/**
 * <locale>/exhibitors/directory.json: the language's directory for the instant filters and the
 * visit plan (data.ts says its shape), in the directory's order.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../runtime/site-model.ts';
import { localeParam } from '../../../runtime/site.ts';
import { cardOf } from '../runtime/cards.ts';
import type { DirectoryData } from '../data.ts';
import type { LocaleDirectory } from '../runtime/directory.ts';

export const getStaticPaths = (async () => {
	const { directory } = await getSiteModel();
	return (directory?.locales ?? []).map((locale) => ({ params: { locale: localeParam(locale.locale) }, props: { directory: locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ directory: LocaleDirectory }> = ({ props: { directory } }) => {
	const data: DirectoryData = {
		halls: directory.halls.map(({ key, label }) => ({ key, label })),
		exhibitors: directory.exhibitors.map((exhibitor) => {
			const card = cardOf(exhibitor);
			return {
				s: card.slug,
				n: card.name,
				...(card.legalName && { l: card.legalName }),
				u: card.url,
				h: exhibitor.hall.key,
				st: card.stand,
				se: exhibitor.sectors.map((sector) => sector.key),
				r: exhibitor.region.key,
				sl: card.sectors.map((sector) => sector.label).join(' · '),
				...(card.logo && { lo: [card.logo.src, card.logo.width, card.logo.height] as [string, number, number] }),
				a: exhibitor.letter,
			};
		}),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
