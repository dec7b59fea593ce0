import type { PavilionConfig } from '../schemas/config.ts';
import { SITE_FACTS_FILE } from '../utils/site-facts.ts';
import { SEGMENTS } from '../utils/urls.ts';

export interface InjectedRoute {
	pattern: string;
	entrypoint: string;
}

/**
 * Every page the theme makes. `[...locale]` is empty for the default locale and the key for the
 * others. Files that need Node (the logo's PNGs, the press kit, Decap) are not routes: see node-files.ts.
 */
export function pavilionRoutes({
	articlesBase: news,
	feed,
	search,
	offline,
	cms,
	press,
}: Pick<PavilionConfig, 'articlesBase' | 'feed' | 'search' | 'offline' | 'cms' | 'press'>): InjectedRoute[] {
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
		...(search ? [route(`/[...locale]/${SEGMENTS.search}`, 'Search.astro')] : []),
		...(offline
			? [route(`/[...locale]/${SEGMENTS.offline}`, 'Offline.astro'), route(`/[...locale]/${SEGMENTS.manifest}`, 'manifest.webmanifest.ts')]
			: []),
		...(press ? [route(`/[...locale]/${SEGMENTS.press}`, 'Press.astro')] : []),
		...(cms
			? [route(`/[...locale]/${SEGMENTS.admin}`, 'Admin.astro'), route(`/[...locale]/${SEGMENTS.admin}/config.yml`, 'admin-config.yml.ts')]
			: []),
		...(feed === false
			? []
			: [
					route(`/[...locale]/${SEGMENTS.feed}`, 'rss.xml.ts'),
					route(`/${SEGMENTS.feedStylesheet}`, 'rss.css.ts'),
					route(`/[...locale]/${SEGMENTS.subscribe}`, 'Subscribe.astro'),
					route(`/[...locale]/${news}/${SEGMENTS.category}/[category]/${SEGMENTS.feed}`, 'category-rss.xml.ts'),
				]),
	];
}

/** Only `astro build` has it: the site model's facts for the post-build steps (utils/site-facts.ts), never shipped. */
export const siteFactsRoute = { pattern: `/${SITE_FACTS_FILE}`, entrypoint: 'astro-pavilion/routes/site-facts.json.ts', prerender: true };
