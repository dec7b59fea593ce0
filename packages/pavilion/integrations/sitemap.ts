import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

export interface LanguageLink {
	url: string;
	lang: string;
}

/** Canonical page URL → its language versions (x-default included), as each built page declares them. */
export type AlternatesByUrl = Map<string, LanguageLink[]>;

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/**
 * Read the hreflang links of built pages. Translations are paired by translationKey and may have
 * different slugs, which the sitemap's own i18n option (matching paths) cannot pair; the pages
 * already know, so the sitemap takes it from them.
 */
export function readAlternates(htmlFiles: readonly URL[], into: AlternatesByUrl): void {
	for (const file of htmlFiles) {
		const head = readFileSync(file, 'utf8').split('</head>')[0] ?? '';
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
		const links = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, url]) => ({
			lang: lang!,
			url: decode(url!),
		}));
		if (canonical && links.length > 0) into.set(decode(canonical), links);
	}
}

/** A 404 page is not a page to index. */
export const isIndexable = (url: string) => !/\/404(\.html|\/)?$/.test(new URL(url).pathname);

export function pavilionSitemap(alternates: AlternatesByUrl): AstroIntegration {
	return sitemap({
		filter: isIndexable,
		serialize: (item) => {
			const links = alternates.get(item.url);
			return links ? { ...item, links } : item;
		},
	});
}
