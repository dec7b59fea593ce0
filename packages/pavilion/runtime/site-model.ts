/**
 * The site model: every fact about the published site, computed once per build from the content
 * layer and the options. Routes, feeds, structured data, search metadata and the post-build steps
 * (sitemap, offline save lists, feed enclosures) all read it; none of them derives a fact again.
 */
import { getImage } from 'astro:assets';
import { getCollection } from 'astro:content';
import type { GetImageResult, ImageMetadata } from 'astro';
import build from 'virtual:pavilion/build';
import featurePages from 'virtual:pavilion/locale-pages';
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { attributionLines, type AttributionLine } from '../utils/attribution.ts';
import { buildInstant, perBuildRun } from './build-run.ts';
import { calendarDate, formatDate, isoWithOffset } from '../utils/dates.ts';
import { entryLocale, entrySlug } from '../utils/entry-path.ts';
import { hreflangLinks } from '../utils/hreflang.ts';
import { pageKey, type PreviewContent, type SiteFacts } from '../utils/site-facts.ts';
import { tagSlugs } from '../utils/slugs.ts';
import { readingMinutes } from '../utils/reading-time.ts';
import { markdownToText, summarize } from '../utils/summary.ts';
import {
	archiveUrl,
	articleUrl,
	categoryFeedUrl,
	categoryUrl,
	feedUrl,
	homeUrl,
	localePath,
	newsUrl,
	saveListUrl,
	subscribeUrl,
	tagUrl,
} from './urls.ts';
import { byNewest, groupByTag, groupByTranslationKey, isPublished, relatedArticles } from './articles.ts';
import { config, localeContext, localeKeys, localeParam } from './site.ts';
import { previewContent, previewImage } from './article-preview.ts';
import { socialImage, type SocialImage } from './social-image.ts';
import { directoryOf, type Directory, type ExhibitorEntry } from 'virtual:pavilion/directory';
import { programmeOf, type Programme, type SessionEntry, type SpeakerEntry } from 'virtual:pavilion/programme';

/**
 * An entry of the articles collection, as the content layer gives it. Declared here rather than
 * taken from the site's generated types, which the theme cannot see when it is checked alone.
 */
export interface ArticleEntry {
	id: string;
	collection: string;
	body?: string | undefined;
	filePath?: string | undefined;
	digest?: string | undefined;
	data: ArticleFrontmatter;
}

/** Every file the theme makes from one cover, each sized for where it is shown. */
export interface ArticleCover {
	alt: string;
	/** Above the article's text. */
	page: GetImageResult;
	/** On article cards in lists. */
	card: GetImageResult;
	/** Beside a search result. */
	thumbnail: GetImageResult;
	/** Link previews (Open Graph) and feed items. */
	preview: SocialImage;
}

/**
 * The image variants of a cover: one table, so the page, the save lists and the feeds agree on the
 * files. No file is wider than twice the widest slot it fills (the text column is 46rem, a card
 * 320px, a search thumbnail 96px); a smaller original is never enlarged.
 */
export const COVER_VARIANTS: {
	page: { width: number; widths: number[]; sizes: string };
	card: { width: number; widths: number[]; sizes: string };
	thumbnail: { width: number; height: number; fit: 'cover'; format: 'webp' };
} = {
	// `width` sizes the fallback file too, which would otherwise be the original's full width.
	page: { width: 1200, widths: [480, 800, 1200], sizes: '(min-width: 48rem) 46rem, 100vw' },
	card: { width: 640, widths: [320, 640], sizes: '(min-width: 48rem) 320px, 100vw' },
	thumbnail: { width: 192, height: 108, fit: 'cover', format: 'webp' },
};

export interface ArticlePreview extends SocialImage {
	/** What the drawn image shows; undefined when the cover is the preview. */
	drawn: PreviewContent | undefined;
}

export interface CategoryRef {
	key: string;
	label: string;
	url: string;
}

export interface TagRef {
	label: string;
	slug: string;
	url: string;
}

/** A date of an article, in the fair's time zone, as pages show it and as machines read it. */
export interface ArticleDate {
	/** With the zone's offset, for <time datetime> and structured data ("2026-09-15T10:00:00+08:00"). */
	iso: string;
	/** In the article's language ("2026年9月15日", "September 15, 2026"). */
	text: string;
	/** The calendar day (YYYY-MM-DD). */
	day: string;
}

/** An article as every output sees it. */
export interface SiteArticle {
	/** Entry id: the path under the articles folder without extension ("zh/expo-opens"). */
	id: string;
	locale: string;
	slug: string;
	/** Site path of its page, base included. */
	url: string;
	data: ArticleFrontmatter;
	/** The front-matter summary, or the opening of the body. */
	summary: string;
	/** Minutes to read the body, Chinese and English each at its own speed (utils/reading-time.ts). */
	readingMinutes: number;
	/** Formatted once here: cards, lists, the article page and its search record all show them. */
	published: ArticleDate;
	updated: ArticleDate | undefined;
	entry: ArticleEntry;
	category: CategoryRef;
	tags: TagRef[];
	cover: ArticleCover | undefined;
	/** The link-preview image (Open Graph): the cover's, or one drawn from the title (runtime/article-preview.ts); none when drawing is turned off and there is no cover. */
	preview: ArticlePreview | undefined;
	/** The 来源 block: empty for original reporting. */
	attribution: AttributionLine[];
	/** Locale key → site path of this article in that locale (itself first). */
	alternates: Record<string, string>;
	newer: SiteArticle | undefined;
	older: SiteArticle | undefined;
	related: SiteArticle[];
}

export interface CategoryGroup extends CategoryRef {
	feedUrl: string;
	/** Newest first. */
	articles: SiteArticle[];
}

export interface TagGroup extends TagRef {
	articles: SiteArticle[];
}

export interface LocaleModel {
	key: string;
	lang: string;
	/** The `[...locale]` route parameter: undefined for the default locale. */
	param: string | undefined;
	/** Published articles, newest first. */
	articles: SiteArticle[];
	/** Every configured category, in the configured order, empty ones too. */
	categories: CategoryGroup[];
	/** Most used first. */
	tags: TagGroup[];
}

export interface SiteModel {
	locales: LocaleModel[];
	/** The exhibitor directory (the `exhibitors` option); undefined when it is off. */
	directory: Directory | undefined;
	/** The programme's sessions and speakers (the `programme` option); undefined when it is off. */
	programme: Programme | undefined;
	/** Every published article, newest first. */
	articles: SiteArticle[];
	locale(key: string): LocaleModel;
	/** Page key (see pageKey) → the same page in each locale (locale key → site path), for pages that have language versions. */
	alternates: ReadonlyMap<string, Record<string, string>>;
	alternatesOf(path: string): Record<string, string> | undefined;
}

/** Makes the image files of a cover; the runtime uses astro:assets, unit tests a stand-in. */
export type CoverImages = (source: ImageMetadata, alt: string) => Promise<ArticleCover>;

const astroCoverImages: CoverImages = async (source, alt) => {
	const [page, card, thumbnail, preview] = await Promise.all([
		getImage({ src: source, alt, ...COVER_VARIANTS.page }),
		getImage({ src: source, alt, ...COVER_VARIANTS.card }),
		getImage({ src: source, ...COVER_VARIANTS.thumbnail }),
		socialImage(source),
	]);
	return { alt, page, card, thumbnail, preview };
};

/** Build the model from the collection's entries: pure apart from the cover images. */
export async function buildSiteModel(
	entries: readonly ArticleEntry[],
	{
		coverImages = astroCoverImages,
		now = buildInstant(),
		production = build.production,
		directory: makeDirectory = undefined as DirectoryMaker | undefined,
		programme: makeProgramme = undefined as ((published: readonly SiteArticle[]) => Promise<Programme>) | undefined,
	} = {},
): Promise<SiteModel> {
	const published = entries.filter((entry) => isPublished(entry.data, now, production));
	const articles = (await Promise.all(published.map((entry) => toSiteArticle(entry, coverImages)))).sort(byNewest);
	for (const group of groupByTranslationKey(articles).values()) {
		for (const article of group) {
			for (const other of group) if (other.locale !== article.locale) article.alternates[other.locale] ??= other.url;
		}
	}
	const locales = localeKeys.map((key) => localeModel(key, articles));
	const byKey = new Map(locales.map((locale) => [locale.key, locale]));
	const alternates = new Map<string, Record<string, string>>();
	if (localeKeys.length > 1) {
		for (const pageOf of localePages()) {
			const versions = Object.fromEntries(localeKeys.map((key) => [key, pageOf(key)]));
			for (const path of Object.values(versions)) alternates.set(pageKey(path), versions);
		}
	}
	for (const article of articles) if (Object.keys(article.alternates).length > 1) alternates.set(pageKey(article.url), article.alternates);
	const directory = await makeDirectory?.(articles);
	if (directory && localeKeys.length > 1) for (const [key, versions] of directoryAlternates(directory)) alternates.set(key, versions);
	const programme = await makeProgramme?.(articles);
	if (programme && localeKeys.length > 1)
		for (const locale of programme.locales)
			for (const page of [...locale.sessions, ...locale.speakers]) alternates.set(pageKey(page.url), page.alternates);
	return {
		locales,
		directory,
		programme,
		articles,
		alternates,
		locale: (key) => {
			const locale = byKey.get(key);
			if (!locale) throw new Error(`"${key}" is not a configured locale; expected one of ${localeKeys.join(', ')}`);
			return locale;
		},
		alternatesOf: (path) => alternates.get(pageKey(path)),
	};
}

async function toSiteArticle(entry: ArticleEntry, coverImages: CoverImages): Promise<SiteArticle> {
	const { data } = entry;
	const locale = entryLocale(entry.id);
	const slug = entrySlug(entry.id, data.slug);
	const { t, lang } = localeContext(locale);
	const url = articleUrl(locale, slug);
	const text = markdownToText(entry.body ?? '');
	const category = categoryRef(locale, data.category);
	const cover = data.cover ? await coverImages(data.cover, data.coverAlt ?? '') : undefined;
	const drawn = cover || !config.linkPreviews ? undefined : previewContent(locale, data.title, category.label);
	return {
		id: entry.id,
		locale,
		slug,
		url,
		data,
		summary: data.summary ?? summarize(text),
		readingMinutes: readingMinutes(text),
		published: articleDate(data.date, lang),
		updated: data.updated && articleDate(data.updated, lang),
		entry,
		category,
		tags: [],
		cover,
		preview: drawn ? { ...previewImage(drawn), drawn } : cover && { ...cover.preview, drawn: undefined },
		attribution: attributionLines(data.source, data.editor, t),
		alternates: { [locale]: url },
		newer: undefined,
		older: undefined,
		related: [],
	};
}

function articleDate(date: Date, lang: string): ArticleDate {
	const timeZone = config.expo.timezone;
	return { iso: isoWithOffset(date, timeZone), text: formatDate(date, lang, timeZone), day: calendarDate(date, timeZone) };
}

function categoryRef(locale: string, key: string): CategoryRef {
	return { key, label: localeContext(locale).text(config.categories[key]), url: categoryUrl(locale, key) };
}

function tagRef(locale: string, label: string, slug: string): TagRef {
	return { label, slug, url: tagUrl(locale, slug) };
}

function localeModel(key: string, all: readonly SiteArticle[]): LocaleModel {
	const articles = all.filter((article) => article.locale === key);
	const related = relatedArticles(articles);
	const slugOf = tagSlugs(articles.flatMap((article) => article.data.tags));
	articles.forEach((article, index) => {
		article.newer = articles[index - 1];
		article.older = articles[index + 1];
		article.related = related.get(article) ?? [];
		article.tags = [...new Set(article.data.tags)].map((label) => tagRef(key, label, slugOf.get(label)!));
	});
	return {
		key,
		lang: config.locales[key]!.lang,
		param: localeParam(key),
		articles,
		categories: Object.keys(config.categories).map((category) => ({
			...categoryRef(key, category),
			feedUrl: categoryFeedUrl(key, category),
			articles: articles.filter((article) => article.data.category === category),
		})),
		tags: groupByTag(articles, slugOf).map(({ slug, label, articles: tagged }) => ({ ...tagRef(key, label, slug), articles: tagged })),
	};
}

/** Builds the exhibitor directory once the articles are known (features/exhibitors/runtime/model.ts). */
export type DirectoryMaker = (articles: readonly SiteArticle[]) => Promise<Directory>;

/** The directory's pages that are translations of each other: each exhibitor's, and each hall's, sector's and region's list. */
function directoryAlternates(directory: Directory): [string, Record<string, string>][] {
	const versions = new Map<string, Record<string, string>>();
	const add = (key: string, locale: string, url: string) => {
		if (!versions.has(key)) versions.set(key, {});
		versions.get(key)![locale] = url;
	};
	for (const locale of directory.locales) {
		for (const exhibitor of locale.exhibitors) add(exhibitor.slug, locale.locale, exhibitor.url);
		for (const group of [...locale.halls, ...locale.sectors, ...locale.regions]) add(`${group.by}/${group.key}`, locale.locale, group.url);
	}
	return [...versions.values()].flatMap((pages) =>
		Object.values(pages).map((url): [string, Record<string, string>] => [pageKey(url), pages]),
	);
}

/** Pages every locale has, each a translation of the others: the core's, and those of the features that are on (search, offline, press). */
function localePages(): ((locale: string) => string)[] {
	return [
		homeUrl,
		newsUrl,
		archiveUrl,
		...Object.keys(config.categories).map((category) => (locale: string) => categoryUrl(locale, category)),
		...(config.feed === false ? [] : [subscribeUrl]),
		...featurePages.map((path) => (locale: string) => localePath(locale, path)),
	];
}

/** What the post-build steps need, taken from the model (see utils/site-facts.ts). */
export function siteFacts(model: SiteModel): SiteFacts {
	const coverFiles = (article: SiteArticle) =>
		article.cover ? [article.cover.page.src, ...article.cover.page.srcSet.values.map((value) => value.url)] : [];
	return {
		articles: model.articles.map((article) => article.url),
		otherIndexed: [
			...(model.directory?.locales.flatMap((locale) => locale.exhibitors.map((exhibitor) => exhibitor.url)) ?? []),
			...(model.programme?.locales.flatMap((locale) => [...locale.sessions, ...locale.speakers].map((page) => page.url)) ?? []),
		],
		alternates: [...model.alternates].map(([key, versions]) => [key, hreflangLinks(versions, config.locales, config.defaultLocale)]),
		saveLists: config.offline
			? [
					...model.locales.map((locale) => ({
						path: saveListUrl(locale.key),
						pages: locale.articles.map((article) => ({ path: article.url, title: article.data.title })),
						images: [...new Set(locale.articles.flatMap(coverFiles))],
					})),
					// "Save the directory" takes the programme too, for the halls; the programme page saves itself alone.
					...(model.directory?.locales.map((locale) => {
						const programme = model.programme?.locale(locale.locale).saveList;
						const { saveList } = locale;
						return programme
							? {
									...saveList,
									pages: [...saveList.pages, ...programme.pages],
									images: [...new Set([...saveList.images, ...programme.images])],
								}
							: saveList;
					}) ?? []),
					...(model.programme?.locales.map((locale) => locale.saveList) ?? []),
				]
			: [],
		previews: [
			...new Map(
				model.articles.flatMap(({ preview, entry }) =>
					preview?.drawn ? [[preview.src, { path: preview.src, content: preview.drawn, article: entry.filePath }] as const] : [],
				),
			).values(),
		],
		feeds:
			config.feed === false
				? []
				: model.locales.flatMap((locale) => [feedUrl(locale.key), ...locale.categories.map((category) => category.feedUrl)]),
	};
}

/** The articles collection (see ArticleEntry for why its type is the theme's own). */
async function readArticles(): Promise<readonly ArticleEntry[]> {
	const entries: unknown = await getCollection('articles');
	return entries as readonly ArticleEntry[];
}

/** Collections the site declares, not the theme (the theme's own types know only its articles): read only when their option is on. */
async function readOptional<T>(name: string, on: boolean): Promise<readonly T[]> {
	if (!on) return [];
	// Typed loosely on purpose: a site without these collections still type-checks the theme.
	const read = getCollection as (collection: string) => Promise<unknown>;
	const entries = await read(name);
	return (entries as readonly T[] | undefined) ?? [];
}

interface Collections {
	articles: readonly ArticleEntry[];
	exhibitors: readonly ExhibitorEntry[];
	sessions: readonly SessionEntry[];
	speakers: readonly SpeakerEntry[];
}

async function readCollections(): Promise<Collections> {
	const [articles, exhibitors, sessions, speakers] = await Promise.all([
		readArticles(),
		readOptional<ExhibitorEntry>('exhibitors', config.exhibitors !== false),
		readOptional<SessionEntry>('sessions', config.programme !== false),
		readOptional<SpeakerEntry>('speakers', config.programme !== false),
	]);
	return { articles, exhibitors, sessions, speakers };
}

/** The directory and the programme come from their features through virtual modules, which hold nothing when they are off. */
async function modelOf({ articles, exhibitors, sessions, speakers }: Collections): Promise<SiteModel> {
	const directoryOptions = config.exhibitors;
	const programmeOptions = config.programme;
	const makeDirectory = directoryOf;
	const makeProgramme = programmeOf;
	return buildSiteModel(articles, {
		directory: directoryOptions && makeDirectory ? (published) => makeDirectory(exhibitors, published, directoryOptions) : undefined,
		programme:
			programmeOptions && makeProgramme
				? (published) => makeProgramme(sessions, speakers, published, programmeOptions, siteHost())
				: undefined,
	});
}

/** What makes a session's calendar UID unique to this site: its host, or the fair's name without one. */
const siteHost = () => (import.meta.env.SITE ? new URL(import.meta.env.SITE).host : 'pavilion.invalid');

const productionModel = perBuildRun(() => readCollections().then(modelOf));
let development: { fingerprint: string; model: Promise<SiteModel> } | undefined;

/**
 * The model of this build. A production build computes it once (routes/site-facts.json.ts hands
 * its facts to the post-build steps); `astro dev` computes it again only when an article or exhibitor has changed.
 */
export function getSiteModel(): Promise<SiteModel> {
	if (build.production) return productionModel();
	return readCollections().then((collections) => {
		const fingerprint = Object.values(collections)
			.flat()
			.map((entry: { id: string; digest?: string | undefined }) => `${entry.id}:${entry.digest ?? ''}`)
			.join('\n');
		if (development?.fingerprint !== fingerprint) development = { fingerprint, model: modelOf(collections) };
		return development.model;
	});
}
