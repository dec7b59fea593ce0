/**
 * The exhibitor directory's model (issue 23): every fact the directory's pages, the articles, the
 * search records, the structured data, the sitemap and "save the directory" show, computed once per
 * build from the exhibitors collection and the site's articles. An exhibitor has one file and a page
 * in every language, at the same address after the locale's prefix.
 */
import type { GetImageResult, ImageMetadata } from 'astro';
import { byIndexLetter } from '../../../utils/index-letter.ts';
import { config, localeContext, localeKeys } from '../../../runtime/site.ts';
import { directoryFilterUrl, directorySaveListUrl, directoryUrl, exhibitorUrl, visitPlanUrl } from '../../../runtime/urls.ts';
import type { SaveListFacts } from '../../../utils/site-facts.ts';
import type { ExhibitorsOptions } from '../../../schemas/exhibitors-options.ts';
import { exhibitorError } from './errors.ts';
import { placeSortKeys } from './sort-keys.ts';
import { exhibitorFacts } from './exhibitor-facts.ts';

export type LocalizedText = string | Record<string, string>;

/** An entry of the exhibitors collection, as the content layer gives it (schemas/exhibitor.ts). */
export interface ExhibitorEntry {
	id: string;
	filePath?: string | undefined;
	digest?: string | undefined;
	data: {
		name: LocalizedText;
		sortKey?: string | undefined;
		stand: { hall: string; number: string };
		sectors: string[];
		region: string;
		website?: string | undefined;
		logo?: ImageMetadata | undefined;
		description?: LocalizedText | undefined;
		products?: string[] | Record<string, string[]> | undefined;
		contact?: { email?: string | undefined; phone?: string | undefined } | undefined;
	};
}

/** A hall, sector or region as a filter: its key in the URL, its label in the language, its filtered list. */
export interface DirectoryFilter {
	by: 'hall' | 'sector' | 'region';
	key: string;
	label: string;
	url: string;
}

/** The one article fact an exhibitor's page needs of the news naming it. */
export interface NamingArticle {
	locale: string;
	url: string;
	title: string;
	date: { iso: string; text: string };
}

export interface SiteExhibitor {
	/** The file name: its address in every language. */
	slug: string;
	locale: string;
	url: string;
	/** The name in this language (the default locale's when it has none of its own). */
	name: string;
	/** Its name in the default locale, when this language shows another: a Chinese firm's legal name beside its English one. */
	legalName: string | undefined;
	/** The A–Z heading it is listed under. */
	letter: string;
	hall: DirectoryFilter;
	stand: string;
	sectors: DirectoryFilter[];
	region: DirectoryFilter;
	website: string | undefined;
	logo: ExhibitorLogo | undefined;
	description: string | undefined;
	products: string[];
	contact: { email?: string | undefined; phone?: string | undefined } | undefined;
	/** News of this language naming it, newest first. */
	articles: NamingArticle[];
	/** Locale key → its page in that language. */
	alternates: Record<string, string>;
	entry: ExhibitorEntry;
}

/** A logo's files: on cards and on the exhibitor's page. */
export interface ExhibitorLogo {
	card: GetImageResult;
	page: GetImageResult;
}

export interface FilterGroup extends DirectoryFilter {
	exhibitors: SiteExhibitor[];
}

export interface LocaleDirectory {
	locale: string;
	lang: string;
	/** Sorted as readers of the language expect: Chinese names by pinyin, under A–Z headings. */
	exhibitors: SiteExhibitor[];
	halls: FilterGroup[];
	sectors: FilterGroup[];
	/** Regions that have exhibitors, by their name in the language. */
	regions: FilterGroup[];
	bySlug: ReadonlyMap<string, SiteExhibitor>;
	/** "Save the directory": every page of it in this language, and every logo and floor plan they show. */
	saveList: SaveListFacts;
}

export interface Directory {
	/** The exhibitors an article of `locale` names, in its order. */
	named(locale: string, slugs: readonly string[]): SiteExhibitor[];
	/** What an article page's cache key holds of them (runtime/cache-keys.ts). */
	namedFacts(locale: string, slugs: readonly string[]): unknown[];
	options: ExhibitorsOptions;
	/** Hall key → its floor plan's file. */
	floorPlans: Readonly<Record<string, GetImageResult>>;
	locales: LocaleDirectory[];
	locale(key: string): LocaleDirectory;
}

/** Makes a logo's files; the runtime uses astro:assets, unit tests a stand-in. */
export type LogoImages = (source: ImageMetadata) => Promise<ExhibitorLogo>;

/** The articles the directory relates exhibitors to, by the `exhibitors` field of their front matter. */
export interface ArticleNaming extends NamingArticle {
	filePath: string | undefined;
	exhibitors: readonly string[];
}

export async function buildDirectory(
	entries: readonly ExhibitorEntry[],
	articles: readonly ArticleNaming[],
	{
		logoImages,
		floorPlans,
		options,
	}: { logoImages: LogoImages; floorPlans: Readonly<Record<string, GetImageResult>>; options: ExhibitorsOptions },
): Promise<Directory> {
	const known = new Set(entries.map((entry) => entry.id));
	for (const article of articles)
		for (const slug of article.exhibitors)
			if (!known.has(slug))
				throw exhibitorError(
					article.filePath,
					'exhibitors',
					`names ${JSON.stringify(slug)}, which is no exhibitor; expected the file name of one in site/exhibitors/ (without .yaml)${suggestion(slug, known)}`,
				);
	const logos = new Map(
		await Promise.all(
			entries.flatMap((entry) => (entry.data.logo ? [logoImages(entry.data.logo).then((logo) => [entry.id, logo] as const)] : [])),
		),
	);
	const locales = localeKeys.map((locale) => localeDirectory(locale, entries, articles, logos, options, floorPlans));
	for (const locale of locales)
		for (const exhibitor of locale.exhibitors)
			for (const other of locales) exhibitor.alternates[other.locale] = other.bySlug.get(exhibitor.slug)!.url;
	const byKey = new Map(locales.map((locale) => [locale.locale, locale]));
	const named = (locale: string, slugs: readonly string[]) => slugs.map((slug) => byKey.get(locale)!.bySlug.get(slug)!);
	return {
		named,
		namedFacts: (locale, slugs) => named(locale, slugs).map(exhibitorFacts),
		options,
		floorPlans,
		locales,
		locale: (key) => byKey.get(key)!,
	};
}

function suggestion(slug: string, known: ReadonlySet<string>): string {
	const close = [...known].find((name) => name.includes(slug) || slug.includes(name));
	return close ? ` (did you mean ${JSON.stringify(close)}?)` : '';
}

function localeDirectory(
	locale: string,
	entries: readonly ExhibitorEntry[],
	articles: readonly ArticleNaming[],
	logos: ReadonlyMap<string, ExhibitorLogo>,
	options: ExhibitorsOptions,
	floorPlans: Readonly<Record<string, GetImageResult>>,
): LocaleDirectory {
	const { text, lang, t } = localeContext(locale);
	const filter = (by: DirectoryFilter['by'], key: string, label: string): DirectoryFilter => ({
		by,
		key,
		label,
		url: directoryFilterUrl(locale, by, key),
	});
	const halls = Object.entries(options.halls).map(([key, hall]) => filter('hall', key, text(hall.name)));
	const sectors = Object.entries(options.sectors).map(([key, label]) => filter('sector', key, text(label)));
	const regionNames = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
	const regions = new Map<string, DirectoryFilter>();
	const regionOf = (code: string) => {
		if (!regions.has(code)) regions.set(code, filter('region', code.toLowerCase(), regionNames.of(code) ?? code));
		return regions.get(code)!;
	};
	const hallByKey = new Map(halls.map((hall) => [hall.key, hall]));
	const sectorByKey = new Map(sectors.map((sector) => [sector.key, sector]));
	const ownArticles = articles.filter((article) => article.locale === locale);
	const unsorted = entries.map((entry): SiteExhibitor => {
		const { data } = entry;
		const name = text(data.name);
		const defaultName = text(typeof data.name === 'string' ? data.name : data.name[config.defaultLocale]);
		const products = Array.isArray(data.products)
			? data.products
			: data.products
				? (data.products[locale] ?? data.products[config.defaultLocale] ?? [])
				: [];
		return {
			slug: entry.id,
			locale,
			url: exhibitorUrl(locale, entry.id),
			name,
			legalName: defaultName !== name ? defaultName : undefined,
			letter: '',
			hall: hallByKey.get(data.stand.hall)!,
			stand: data.stand.number,
			sectors: data.sectors.map((key) => sectorByKey.get(key)!),
			region: regionOf(data.region),
			website: data.website,
			logo: logos.get(entry.id),
			description: data.description === undefined ? undefined : text(data.description),
			products,
			contact: data.contact,
			articles: ownArticles
				.filter((article) => article.exhibitors.includes(entry.id))
				.map(({ locale: articleLocale, url, title, date }) => ({ locale: articleLocale, url, title, date })),
			alternates: {},
			entry,
		};
	});
	// A pinyin sort key stands for the Chinese name wherever that name is the one shown.
	const sortName = (exhibitor: SiteExhibitor) =>
		exhibitor.entry.data.sortKey !== undefined && exhibitor.legalName === undefined ? exhibitor.entry.data.sortKey : exhibitor.name;
	const groups = byIndexLetter(unsorted, sortName, lang);
	const keyOf = (exhibitor: SiteExhibitor) => (sortName(exhibitor) === exhibitor.name ? undefined : sortName(exhibitor));
	const exhibitors = groups.flatMap(({ letter, items }) =>
		placeSortKeys(items, keyOf, (exhibitor) => exhibitor.name).map((exhibitor) => Object.assign(exhibitor, { letter })),
	);
	const collator = new Intl.Collator(lang);
	const group = (of: DirectoryFilter, has: (exhibitor: SiteExhibitor) => boolean): FilterGroup => ({
		...of,
		exhibitors: exhibitors.filter(has),
	});
	const filterGroups = {
		halls: halls.map((hall) => group(hall, (exhibitor) => exhibitor.hall.key === hall.key)),
		sectors: sectors.map((sector) => group(sector, (exhibitor) => exhibitor.sectors.some(({ key }) => key === sector.key))),
		regions: [...regions.values()]
			.sort((a, b) => collator.compare(a.label, b.label))
			.map((region) => group(region, (exhibitor) => exhibitor.region.key === region.key)),
	};
	const pageCount = (count: number) => directoryPageCount(count, options.pageSize);
	const pagesOf = (count: number, urlOf: (page: number) => string, title: string) =>
		Array.from({ length: pageCount(count) }, (_, index) => ({ path: urlOf(index + 1), title }));
	const saveList: SaveListFacts = {
		path: directorySaveListUrl(locale),
		pages: [
			...pagesOf(exhibitors.length, (page) => directoryUrl(locale, page), t('exhibitors.title')),
			...[...filterGroups.halls, ...filterGroups.sectors, ...filterGroups.regions].flatMap((of) =>
				pagesOf(of.exhibitors.length, (page) => directoryFilterUrl(locale, of.by, of.key, page), of.label),
			),
			...exhibitors.map((exhibitor) => ({ path: exhibitor.url, title: exhibitor.name })),
			{ path: visitPlanUrl(locale), title: t('exhibitors.plan.title') },
		],
		images: [
			...new Set([
				...exhibitors.flatMap(({ logo }) => (logo ? [logo.card.src, logo.page.src] : [])),
				...Object.values(floorPlans).map((plan) => plan.src),
			]),
		],
	};
	return {
		locale,
		lang,
		exhibitors,
		...filterGroups,
		bySlug: new Map(exhibitors.map((exhibitor) => [exhibitor.slug, exhibitor])),
		saveList,
	};
}

/** The pages a list of `count` exhibitors takes. */
export const directoryPageCount = (count: number, pageSize: number) => Math.max(1, Math.ceil(count / pageSize));
