import type { LanguageLink } from './site-facts.ts';

/**
 * The language versions of one page, as hreflang links: each locale's version, then x-default
 * (the default locale's). One version alone is no alternate, so it gets none. The page head and
 * the sitemap both list these.
 */
export function hreflangLinks(
	alternates: Readonly<Record<string, string>>,
	locales: Readonly<Record<string, { lang: string }>>,
	defaultLocale: string,
): LanguageLink[] {
	const versions = Object.entries(alternates).filter(([key]) => locales[key]);
	if (versions.length < 2) return [];
	const links = versions.map(([key, path]) => ({ lang: locales[key]!.lang, path }));
	return [...links, { lang: 'x-default', path: alternates[defaultLocale] ?? versions[0]![1] }];
}
