/**
 * The glue between the pure helpers and Astro: the configured site and the strings of a locale,
 * from the virtual modules. Articles come from the site model (site-model.ts).
 */
import config from 'virtual:pavilion/config';
import translations from 'virtual:pavilion/translations';
import { localize } from '../utils/localize.ts';
import { cached } from '../utils/cached.ts';
import { interpolate, selectString } from '../utils/strings.ts';
import { localeSegment, type UrlContext } from '../utils/urls.ts';

export { config };

export const urlContext: UrlContext = {
	base: import.meta.env.BASE_URL,
	defaultLocale: config.defaultLocale,
	articlesBase: config.articlesBase,
};

export const localeKeys = Object.keys(config.locales);

/** The `[...locale]` route parameter of a locale: undefined where the URL has no prefix. */
export function localeParam(key: string): string | undefined {
	return localeSegment(urlContext, key) || undefined;
}

/** The locale of a page from its `[...locale]` parameter. */
export function localeFromParam(param: string | undefined): string {
	return param ?? config.defaultLocale;
}

/** getStaticPaths params for each locale. */
export function localeParams(): { locale: string | undefined; key: string }[] {
	return localeKeys.map((key) => ({ key, locale: localeParam(key) }));
}

export interface LocaleContext {
	locale: string;
	lang: string;
	/** A UI string of the locale, with `{name}` placeholders filled. */
	t: (key: string, values?: Record<string, string | number>) => string;
	/** The unfilled template, in the plural form for `count` (for browser code that fills it later). */
	template: (key: string, count?: number) => string;
	/** An organizer's text in the locale (string or locale → string). */
	text: (value: string | Record<string, string> | undefined) => string;
}

const contexts = new Map<string, LocaleContext>();

/** The strings of one locale; made once per locale and shared by every page. */
export function localeContext(locale: string): LocaleContext {
	return cached(contexts, locale, () => {
		const strings = translations[locale] ?? translations[config.defaultLocale] ?? {};
		const lang = config.locales[locale]?.lang ?? locale;
		return {
			locale,
			lang,
			t: (key, values) =>
				interpolate(selectString(strings, key, lang, typeof values?.count === 'number' ? values.count : undefined) ?? key, values),
			template: (key, count) => selectString(strings, key, lang, count) ?? key,
			text: (value) => localize(value, locale, config.defaultLocale),
		};
	});
}
