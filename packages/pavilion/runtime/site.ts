/**
 * The glue between the pure helpers and Astro: the configured site, its articles and the strings
 * of the page's locale. Only .astro files and endpoints import this module.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import build from 'virtual:pavilion/build';
import config from 'virtual:pavilion/config';
import translations from 'virtual:pavilion/translations';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { byNewest, isPublished, toArticle, translationsOf, type Article } from './articles.ts';
import { localize } from '../utils/localize.ts';
import { interpolate, selectString } from '../utils/strings.ts';
import type { UrlContext } from '../utils/urls.ts';

export type ArticleEntry = CollectionEntry<'articles'> & { data: ArticleFrontmatter };
export type SiteArticle = Article<ArticleEntry>;

export { config };

/** The instant the build started. */
export const buildTime = new Date(build.builtAt);

export const urlContext: UrlContext = {
	base: import.meta.env.BASE_URL,
	defaultLocale: config.defaultLocale,
	articlesBase: config.articlesBase,
};

export const localeKeys = Object.keys(config.locales);

/** `[...locale]` is undefined for the default locale. */
export function localeFromParam(param: string | undefined): string {
	return param ?? config.defaultLocale;
}

/** getStaticPaths params for each locale. */
export function localeParams(): { locale: string | undefined; key: string }[] {
	return localeKeys.map((key) => ({ key, locale: key === config.defaultLocale ? undefined : key }));
}

let cache: Promise<SiteArticle[]> | undefined;

/** Every published article of every locale, newest first; read once per build. */
export function allArticles(): Promise<SiteArticle[]> {
	cache ??= getCollection('articles').then((entries) => {
		return (entries as ArticleEntry[])
			.filter((entry) => isPublished(entry.data, buildTime, build.production))
			.map((entry) => toArticle(entry))
			.sort(byNewest);
	});
	return cache;
}

const byLocale = new Map<string, Promise<SiteArticle[]>>();

/** The published articles of one locale, newest first; filtered once per build, not once per page. */
export function articlesOf(locale: string): Promise<SiteArticle[]> {
	let list = byLocale.get(locale);
	if (!list) {
		list = allArticles().then((articles) => articles.filter((article) => article.locale === locale));
		byLocale.set(locale, list);
	}
	return list;
}

let byTranslationKey: Promise<Map<string, SiteArticle[]>> | undefined;

/** The versions of an article in other locales, from an index by translationKey built once per build. */
export async function translationsOfArticle(article: SiteArticle): Promise<Record<string, SiteArticle>> {
	byTranslationKey ??= allArticles().then((articles) => {
		const index = new Map<string, SiteArticle[]>();
		for (const other of articles) {
			const key = other.data.translationKey;
			if (key) index.set(key, [...(index.get(key) ?? []), other]);
		}
		return index;
	});
	const key = article.data.translationKey;
	return key ? translationsOf(article, (await byTranslationKey).get(key) ?? []) : {};
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

export function localeContext(locale: string): LocaleContext {
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
}

/** The same page in every locale, for the language switch and hreflang links. */
export function alternatesFor(urlOf: (locale: string) => string): Record<string, string> {
	return Object.fromEntries(localeKeys.map((key) => [key, urlOf(key)]));
}
