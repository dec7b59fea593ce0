import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, requireSite } from '../runtime/feed.ts';
import { getSiteModel } from '../runtime/site-model.ts';
import { config, localeContext, localeFromParam, localeParams } from '../runtime/site.ts';

export const getStaticPaths = (() =>
	localeParams().flatMap(({ locale }) =>
		Object.keys(config.categories).map((category) => ({ params: { locale, category } })),
	)) satisfies GetStaticPaths;

/** /news/category/<key>/rss.xml: one section of one language. */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = localeFromParam(params.locale);
	const category = (await getSiteModel()).locale(locale).categories.find((candidate) => candidate.key === params.category)!;
	const { t, text } = localeContext(locale);
	return feedResponse(
		{
			locale,
			title: `${text(config.title)} · ${category.label}`,
			description: t('feed.categoryDescription', { site: text(config.title), category: category.label }),
			selfPath: category.feedUrl,
			pagePath: category.url,
		},
		category.articles,
		requireSite(site),
	);
};
