import type { APIRoute, GetStaticPaths } from 'astro';
import { categoryFeedPath, feedResponse } from '../runtime/feed.ts';
import { articlesOf, config, localeContext, localeFromParam, localeParams, urlContext } from '../runtime/site.ts';
import { categoryUrl } from '../utils/urls.ts';
import { requireSite } from './rss.xml.ts';

export const getStaticPaths = (() =>
	localeParams().flatMap(({ locale }) =>
		Object.keys(config.categories).map((category) => ({ params: { locale, category } })),
	)) satisfies GetStaticPaths;

/** /news/category/<key>/rss.xml: one section of one language. */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = localeFromParam(params.locale);
	const category = params.category!;
	const { t, text } = localeContext(locale);
	const title = `${text(config.title)} · ${text(config.categories[category])}`;
	return feedResponse(
		{
			locale,
			title,
			description: t('feed.categoryDescription', { site: text(config.title), category: text(config.categories[category]) }),
			selfPath: categoryFeedPath(locale, category),
			pagePath: categoryUrl(urlContext, locale, category),
		},
		(await articlesOf(locale)).filter((article) => article.data.category === category),
		requireSite(site),
	);
};
