/**
 * Every URL the theme links to is made here: the default locale has no prefix, others live
 * under /<locale>/, and every page URL ends with a slash (Astro's directory build format).
 */
export interface UrlContext {
	base: string;
	defaultLocale: string;
	articlesBase: string;
}

/** The last segment of each page and file the theme makes besides articles and lists. Routes are injected with the same names. */
export const SEGMENTS = {
	archive: 'archive',
	category: 'category',
	tag: 'tag',
	search: 'search',
	offline: 'offline',
	feed: 'rss.xml',
	feedStylesheet: 'rss.css',
	subscribe: 'subscribe',
	manifest: 'manifest.webmanifest',
	calendar: 'expo.ics',
	icons: 'icons',
	saveList: 'offline-articles.json',
	searchIndex: 'pagefind',
	searchIndexList: 'search-index-files.json',
	/** Link-preview images drawn for articles without a cover. */
	previews: 'previews',
	/** The press centre (the `press` option) and its downloads. */
	press: 'press',
	pressDownloads: 'downloads',
	/** The browser editor (the `cms` option). */
	admin: 'admin',
	/** The exhibitor directory (the `exhibitors` option), its filtered lists and the reader's visit plan. */
	exhibitors: 'exhibitors',
	hall: 'hall',
	sector: 'sector',
	region: 'region',
	plan: 'plan',
	directoryData: 'directory.json',
	directorySaveList: 'offline-directory.json',
	/** The programme (the `programme` option): its sessions, its speakers, and its feeds for calendars and apps. */
	programme: 'programme',
	speakers: 'speakers',
	programmeCalendar: 'programme.ics',
	scheduleXml: 'schedule.xml',
	scheduleJson: 'schedule.json',
	programmeSaveList: 'offline-programme.json',
} as const;

/** Folders at the top of each locale that the theme writes besides the news section. */
export const THEME_ROOT_SEGMENTS: readonly string[] = [
	SEGMENTS.search,
	SEGMENTS.offline,
	SEGMENTS.subscribe,
	SEGMENTS.searchIndex,
	SEGMENTS.icons,
	SEGMENTS.previews,
	SEGMENTS.admin,
	SEGMENTS.press,
	SEGMENTS.exhibitors,
	SEGMENTS.programme,
	SEGMENTS.speakers,
	'404',
	'_astro',
];

export function withBase(path: string, base: string): string {
	const cleanBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${cleanBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The one place that says the default locale has no URL prefix: '' for it, the key for the others. */
export function localeSegment(context: Pick<UrlContext, 'defaultLocale'>, locale: string): string {
	return locale === context.defaultLocale ? '' : locale;
}

/** A page of the locale: a folder URL ending with a slash. */
export function localePath(context: UrlContext, locale: string, path = ''): string {
	const segments = [localeSegment(context, locale), ...path.split('/')].filter(Boolean).map(encodeSegment);
	const joined = segments.length ? `/${segments.join('/')}/` : '/';
	return withBase(joined, context.base);
}

/** A file of the locale (rss.xml, manifest.webmanifest): no trailing slash. */
export function localeFile(context: UrlContext, locale: string, file: string): string {
	return localePath(context, locale, file).replace(/\/$/, '');
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
	localePath(context, locale, `${context.articlesBase}/${SEGMENTS.category}/${category}/${page > 1 ? page : ''}`);
export const tagUrl = (context: UrlContext, locale: string, tagSlug: string, page = 1) =>
	localePath(context, locale, `${context.articlesBase}/${SEGMENTS.tag}/${tagSlug}/${page > 1 ? page : ''}`);
export const archiveUrl = (context: UrlContext, locale: string) =>
	localePath(context, locale, `${context.articlesBase}/${SEGMENTS.archive}`);
export const searchUrl = (context: UrlContext, locale: string) => localePath(context, locale, SEGMENTS.search);
export const offlineUrl = (context: UrlContext, locale: string) => localePath(context, locale, SEGMENTS.offline);
export const feedUrl = (context: UrlContext, locale: string) => localeFile(context, locale, SEGMENTS.feed);
/** One stylesheet for every feed: the words a browser shows come with each feed (runtime/feed.ts). */
export const feedStylesheetUrl = (context: Pick<UrlContext, 'base'>) => withBase(`/${SEGMENTS.feedStylesheet}`, context.base);
/** The page that lists every feed of a locale, with its address to copy. */
export const subscribeUrl = (context: UrlContext, locale: string) => localePath(context, locale, SEGMENTS.subscribe);
export const pressUrl = (context: UrlContext, locale: string) => localePath(context, locale, SEGMENTS.press);
/** A press-kit file: one address for every language, since the file is the same. */
export const pressDownloadUrl = (context: UrlContext, name: string) =>
	localeFile(context, context.defaultLocale, `${SEGMENTS.press}/${SEGMENTS.pressDownloads}/${name}`);
export const categoryFeedUrl = (context: UrlContext, locale: string, category: string) =>
	localeFile(context, locale, `${context.articlesBase}/${SEGMENTS.category}/${category}/${SEGMENTS.feed}`);
export const manifestUrl = (context: UrlContext, locale: string) => localeFile(context, locale, SEGMENTS.manifest);
export const calendarUrl = (context: UrlContext, locale: string) => localeFile(context, locale, SEGMENTS.calendar);
/** The list "save all articles" reads: every article page and cover of the locale. */
export const saveListUrl = (context: UrlContext, locale: string) => localeFile(context, locale, SEGMENTS.saveList);
export const directoryUrl = (context: UrlContext, locale: string, page = 1) =>
	localePath(context, locale, `${SEGMENTS.exhibitors}/${page > 1 ? page : ''}`);
/** A filtered list of the directory: the exhibitors of one hall, sector or region. */
export const directoryFilterUrl = (context: UrlContext, locale: string, by: 'hall' | 'sector' | 'region', key: string, page = 1) =>
	localePath(context, locale, `${SEGMENTS.exhibitors}/${SEGMENTS[by]}/${key}/${page > 1 ? page : ''}`);
export const exhibitorUrl = (context: UrlContext, locale: string, slug: string) =>
	localePath(context, locale, `${SEGMENTS.exhibitors}/${slug}`);
export const visitPlanUrl = (context: UrlContext, locale: string) => localePath(context, locale, `${SEGMENTS.exhibitors}/${SEGMENTS.plan}`);
/** Every exhibitor of the locale, compact: what the directory's instant filters and the visit plan read. */
export const directoryDataUrl = (context: UrlContext, locale: string) =>
	localeFile(context, locale, `${SEGMENTS.exhibitors}/${SEGMENTS.directoryData}`);
/** The list "save the directory" reads: every page of the directory, logo and floor plan of the locale. */
export const directorySaveListUrl = (context: UrlContext, locale: string) =>
	localeFile(context, locale, `${SEGMENTS.exhibitors}/${SEGMENTS.directorySaveList}`);
export const programmeUrl = (context: UrlContext, locale: string) => localePath(context, locale, SEGMENTS.programme);
export const sessionUrl = (context: UrlContext, locale: string, slug: string) =>
	localePath(context, locale, `${SEGMENTS.programme}/${slug}`);
/** A session's own calendar file, beside its page. */
export const sessionCalendarUrl = (context: UrlContext, locale: string, slug: string) =>
	localeFile(context, locale, `${SEGMENTS.programme}/${slug}.ics`);
export const speakerUrl = (context: UrlContext, locale: string, slug: string) =>
	localePath(context, locale, `${SEGMENTS.speakers}/${slug}`);
/** The whole programme as one subscribable calendar, and as the frab/c3voc files event apps read. */
export const programmeCalendarUrl = (context: UrlContext, locale: string) =>
	localeFile(context, locale, `${SEGMENTS.programme}/${SEGMENTS.programmeCalendar}`);
export const scheduleXmlUrl = (context: UrlContext, locale: string) =>
	localeFile(context, locale, `${SEGMENTS.programme}/${SEGMENTS.scheduleXml}`);
export const programmeSaveListUrl = (context: UrlContext, locale: string) =>
	localeFile(context, locale, `${SEGMENTS.programme}/${SEGMENTS.programmeSaveList}`);
export const scheduleJsonUrl = (context: UrlContext, locale: string) =>
	localeFile(context, locale, `${SEGMENTS.programme}/${SEGMENTS.scheduleJson}`);
/** Square PNG renderings of the logo: 144 for feed channels, 192 for icons, 512 for structured data. */
export const LOGO_ICON_SIZES = [144, 192, 512] as const;
export type LogoIconSize = (typeof LOGO_ICON_SIZES)[number];
export const logoIconUrl = (context: Pick<UrlContext, 'base'>, size: LogoIconSize) =>
	withBase(`/${SEGMENTS.icons}/logo-${size}.png`, context.base);
/** Pagefind's files, shared by every locale. */
export const searchIndexUrl = (context: Pick<UrlContext, 'base'>) => withBase(`/${SEGMENTS.searchIndex}/`, context.base);
export const searchIndexListUrl = (context: Pick<UrlContext, 'base'>) => withBase(`/${SEGMENTS.searchIndexList}`, context.base);

/**
 * The file in the build output that serves a site URL: base removed, letters decoded, and
 * index.html for a folder URL. The post-build steps find pages this way instead of searching dist/.
 */
export function outputPathOf(url: string, base: string): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	const path = (url.startsWith(cleanBase) ? url.slice(cleanBase.length) : url.replace(/^\//, ''))
		.split('/')
		.map(decodeURIComponent)
		.join('/');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The folder in the build output behind a folder URL such as the search index's ("pagefind/"). */
export function outputFolderOf(url: string, base: string): string {
	return outputPathOf(url, base).replace(/index\.html$/, '');
}

/** A phone number as a tap-to-call link: digits and the leading + only, as dialers expect. */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;
