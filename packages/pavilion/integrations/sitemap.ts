import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { pageKey, type LanguageLink } from '../utils/site-facts.ts';

/** Page key → its language versions, filled from the site model's facts before the sitemap is written. */
export type AlternatesByPage = Map<string, LanguageLink[]>;

/** A not-found page is not a page to index; nor are the pages in `excluded` (the browser editor, noindex). */
export const isIndexable = (url: string, excluded: ReadonlySet<string> = new Set()) => {
	const path = new URL(url).pathname;
	return !/\/404(\.html|\/)?$/.test(path) && !excluded.has(path);
};

/**
 * @astrojs/sitemap with each page's hreflang alternates from the site model. Translations are
 * paired by translationKey and may have different slugs, which the sitemap's own i18n option
 * (matching paths) cannot pair.
 */
export function pavilionSitemap(alternates: AlternatesByPage, site: URL, excluded: ReadonlySet<string>): AstroIntegration {
	return sitemap({
		filter: (url) => isIndexable(url, excluded),
		serialize: (item) => {
			const links = alternates.get(pageKey(new URL(item.url).pathname));
			return links ? { ...item, links: links.map(({ lang, path }) => ({ lang, url: new URL(path, site).href })) } : item;
		},
	});
}
