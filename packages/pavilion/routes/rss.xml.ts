import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, requireSite } from '../runtime/feed.ts';
import { getSiteModel } from '../runtime/site-model.ts';
import { config, localeContext, localeFromParam, localeParams } from '../runtime/site.ts';
import { feedUrl, homeUrl } from '../runtime/urls.ts';

export const getStaticPaths = (() => localeParams().map(({ locale }) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** /rss.xml and /<locale>/rss.xml: every article of the language, newest first, in full. */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = localeFromParam(params.locale);
	const { t, text } = localeContext(locale);
	const title = text(config.title);
	return feedResponse(
		{
			locale,
			title,
			description: text(config.description) || t('feed.description', { site: title }),
			selfPath: feedUrl(locale),
			pagePath: homeUrl(locale),
		},
		(await getSiteModel()).locale(locale).articles,
		requireSite(site),
	);
};
