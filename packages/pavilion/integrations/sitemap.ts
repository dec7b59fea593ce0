import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { pageKey, type LanguageLink } from '../utils/site-facts.ts';
import { SEGMENTS } from '../utils/urls.ts';

/** Page key → its language versions, filled from the site model's facts before the sitemap is written. */
export type AlternatesByPage = Map<string, LanguageLink[]>;

/** Not-found pages and the browser editor (noindex) stay out of the sitemap. */
export const isIndexable = (url: string) => !new RegExp(`/(404(\\.html|/)?|${SEGMENTS.admin}/)$`).test(new URL(url).pathname);

/**
 * @astrojs/sitemap with each page's hreflang alternates from the site model. Translations are
 * paired by translationKey and may have different slugs, which the sitemap's own i18n option
 * (matching paths) cannot pair.
 */
export function pavilionSitemap(alternates: AlternatesByPage, site: URL): AstroIntegration {
	return sitemap({
		filter: isIndexable,
		serialize: (item) => {
			const links = alternates.get(pageKey(new URL(item.url).pathname));
			return links ? { ...item, links: links.map(({ lang, path }) => ({ lang, url: new URL(path, site).href })) } : item;
		},
	});
}
