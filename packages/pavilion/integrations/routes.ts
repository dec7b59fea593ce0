import type { InjectedRoute, PavilionFeature } from '../features/feature.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { SITE_FACTS_FILE } from '../utils/site-facts.ts';
import { SEGMENTS } from '../utils/urls.ts';

export type { InjectedRoute };

/**
 * Every page the theme makes: the core's, then those of the features that are on (features/index.ts).
 * `[...locale]` is empty for the default locale and the key for the others. Files that need Node
 * (the logo's PNGs, the press kit, Decap) are not routes: see node-files.ts.
 */
export function pavilionRoutes(
	config: PavilionConfig,
	/** The features that are on. */
	features: readonly PavilionFeature[],
): InjectedRoute[] {
	const { articlesBase: news, feed } = config;
	const route = (pattern: string, file: string) => ({ pattern, entrypoint: `astro-pavilion/routes/${file}` });
	return [
		route('/[...locale]', 'Home.astro'),
		route(`/[...locale]/${news}/[...page]`, 'NewsList.astro'),
		route(`/[...locale]/${news}/[slug]`, 'Article.astro'),
		route(`/[...locale]/${news}/${SEGMENTS.category}/[category]/[...page]`, 'CategoryList.astro'),
		route(`/[...locale]/${news}/${SEGMENTS.tag}/[tag]/[...page]`, 'TagList.astro'),
		route(`/[...locale]/${news}/${SEGMENTS.archive}`, 'Archive.astro'),
		route('/404', 'NotFound.astro'),
		route('/[locale]/404', 'NotFound.astro'),
		route(`/[...locale]/${SEGMENTS.calendar}`, 'expo.ics.ts'),
		route('/robots.txt', 'robots.txt.ts'),
		...(feed === false
			? []
			: [
					route(`/[...locale]/${SEGMENTS.feed}`, 'rss.xml.ts'),
					route(`/${SEGMENTS.feedStylesheet}`, 'rss.css.ts'),
					route(`/[...locale]/${SEGMENTS.subscribe}`, 'Subscribe.astro'),
					route(`/[...locale]/${news}/${SEGMENTS.category}/[category]/${SEGMENTS.feed}`, 'category-rss.xml.ts'),
				]),
		...features.flatMap((feature) => feature.routes(config)),
	];
}

/** Only `astro build` has it: the site model's facts for the post-build steps (utils/site-facts.ts), never shipped. */
export const siteFactsRoute = { pattern: `/${SITE_FACTS_FILE}`, entrypoint: 'astro-pavilion/routes/site-facts.json.ts', prerender: true };
