import type { PavilionConfig } from '../schemas/config.ts';

export interface InjectedRoute {
	pattern: string;
	entrypoint: string;
}

/** Every page the theme makes. `[...locale]` is empty for the default locale and the key for the others. */
export function pavilionRoutes({
	articlesBase: news,
	feed,
	search,
	offline,
}: Pick<PavilionConfig, 'articlesBase' | 'feed' | 'search' | 'offline'>): InjectedRoute[] {
	const route = (pattern: string, file: string) => ({ pattern, entrypoint: `astro-pavilion/routes/${file}` });
	return [
		route('/[...locale]', 'Home.astro'),
		route(`/[...locale]/${news}/[...page]`, 'NewsList.astro'),
		route(`/[...locale]/${news}/[slug]`, 'Article.astro'),
		route(`/[...locale]/${news}/category/[category]/[...page]`, 'CategoryList.astro'),
		route(`/[...locale]/${news}/tag/[tag]/[...page]`, 'TagList.astro'),
		route(`/[...locale]/${news}/archive`, 'Archive.astro'),
		route('/404', 'NotFound.astro'),
		route('/[locale]/404', 'NotFound.astro'),
		route('/[...locale]/expo.ics', 'expo.ics.ts'),
		route('/robots.txt', 'robots.txt.ts'),
		route('/icons/logo-[size].png', 'logo.png.ts'),
		...(search ? [route('/[...locale]/search', 'Search.astro')] : []),
		...(offline
			? [route('/[...locale]/offline', 'Offline.astro'), route('/[...locale]/manifest.webmanifest', 'manifest.webmanifest.ts')]
			: []),
		...(feed === false
			? []
			: [
					route('/[...locale]/rss.xml', 'rss.xml.ts'),
					route('/[...locale]/rss.xsl', 'rss.xsl.ts'),
					route(`/[...locale]/${news}/category/[category]/rss.xml`, 'category-rss.xml.ts'),
				]),
	];
}
