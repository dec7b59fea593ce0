import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, localeFeedPath } from '../runtime/feed.ts';
import { articlesOf, config, localeContext, localeFromParam, localeParams, urlContext } from '../runtime/site.ts';
import { homeUrl } from '../utils/urls.ts';

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
			selfPath: localeFeedPath(locale),
			pagePath: homeUrl(urlContext, locale),
		},
		await articlesOf(locale),
		requireSite(site),
	);
};

export function requireSite(site: URL | undefined): URL {
	if (!site)
		throw new Error(
			'Pavilion feeds need the address of the site: set `site` in astro.config.mjs, for example site: "https://expo.example.com".',
		);
	return site;
}
