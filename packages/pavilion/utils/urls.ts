/**
 * Every URL the theme links to is made here: the default locale has no prefix, others live
 * under /<locale>/, and every page URL ends with a slash (Astro's directory build format).
 */
export interface UrlContext {
	base: string;
	defaultLocale: string;
	articlesBase: string;
}

export function withBase(path: string, base: string): string {
	const cleanBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${cleanBase}${path.startsWith('/') ? path : `/${path}`}`;
}

export function localePath(context: UrlContext, locale: string, path = ''): string {
	const segments = [locale === context.defaultLocale ? '' : locale, ...path.split('/')].filter(Boolean).map(encodeSegment);
	const joined = segments.length ? `/${segments.join('/')}/` : '/';
	return withBase(joined, context.base);
}

/** Keep letters of every script readable in the source, but escape what a URL cannot hold. */
function encodeSegment(segment: string): string {
	return /^[\p{L}\p{N}._~-]+$/u.test(segment) ? segment : encodeURIComponent(segment);
}

export const homeUrl = (context: UrlContext, locale: string) => localePath(context, locale);
export const newsUrl = (context: UrlContext, locale: string, page = 1) =>
	localePath(context, locale, `${context.articlesBase}/${page > 1 ? page : ''}`);
export const articleUrl = (context: UrlContext, locale: string, slug: string) =>
	localePath(context, locale, `${context.articlesBase}/${slug}`);
export const categoryUrl = (context: UrlContext, locale: string, category: string, page = 1) =>
	localePath(context, locale, `${context.articlesBase}/category/${category}/${page > 1 ? page : ''}`);
export const tagUrl = (context: UrlContext, locale: string, tagSlug: string, page = 1) =>
	localePath(context, locale, `${context.articlesBase}/tag/${tagSlug}/${page > 1 ? page : ''}`);
export const archiveUrl = (context: UrlContext, locale: string) => localePath(context, locale, `${context.articlesBase}/archive`);
