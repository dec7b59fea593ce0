import type { PavilionConfig } from '../schemas/config.ts';

export interface InjectedRoute {
	pattern: string;
	entrypoint: string;
}

/** Every page the theme makes. `[...locale]` is empty for the default locale and the key for the others. */
export function pavilionRoutes({ articlesBase: news }: Pick<PavilionConfig, 'articlesBase'>): InjectedRoute[] {
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
	];
}
