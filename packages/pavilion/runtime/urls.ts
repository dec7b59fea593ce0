/**
 * The URL builders of utils/urls.ts, bound to this site's base, default locale and news segment:
 * what pages, components and overrides call (`articleUrl('en', 'expo-opens')`).
 */
import * as urls from '../utils/urls.ts';
import { urlContext } from './site.ts';

export const homeUrl = (locale: string) => urls.homeUrl(urlContext, locale);
export const newsUrl = (locale: string, page = 1) => urls.newsUrl(urlContext, locale, page);
export const articleUrl = (locale: string, slug: string) => urls.articleUrl(urlContext, locale, slug);
export const categoryUrl = (locale: string, category: string, page = 1) => urls.categoryUrl(urlContext, locale, category, page);
export const tagUrl = (locale: string, tagSlug: string, page = 1) => urls.tagUrl(urlContext, locale, tagSlug, page);
export const archiveUrl = (locale: string) => urls.archiveUrl(urlContext, locale);
export const searchUrl = (locale: string) => urls.searchUrl(urlContext, locale);
export const offlineUrl = (locale: string) => urls.offlineUrl(urlContext, locale);
export const feedUrl = (locale: string) => urls.feedUrl(urlContext, locale);
export const feedStylesheetUrl = () => urls.feedStylesheetUrl(urlContext);
export const subscribeUrl = (locale: string) => urls.subscribeUrl(urlContext, locale);
export const pressUrl = (locale: string) => urls.pressUrl(urlContext, locale);
export const pressDownloadUrl = (name: string) => urls.pressDownloadUrl(urlContext, name);
export const categoryFeedUrl = (locale: string, category: string) => urls.categoryFeedUrl(urlContext, locale, category);
export const manifestUrl = (locale: string) => urls.manifestUrl(urlContext, locale);
export const calendarUrl = (locale: string) => urls.calendarUrl(urlContext, locale);
export const saveListUrl = (locale: string) => urls.saveListUrl(urlContext, locale);
export const logoIconUrl = (size: urls.LogoIconSize) => urls.logoIconUrl(urlContext, size);
export const searchIndexUrl = () => urls.searchIndexUrl(urlContext);
export const directoryUrl = (locale: string, page = 1) => urls.directoryUrl(urlContext, locale, page);
export const directoryFilterUrl = (locale: string, by: 'hall' | 'sector' | 'region', key: string, page = 1) =>
	urls.directoryFilterUrl(urlContext, locale, by, key, page);
export const exhibitorUrl = (locale: string, slug: string) => urls.exhibitorUrl(urlContext, locale, slug);
export const visitPlanUrl = (locale: string) => urls.visitPlanUrl(urlContext, locale);
export const directoryDataUrl = (locale: string) => urls.directoryDataUrl(urlContext, locale);
export const directorySaveListUrl = (locale: string) => urls.directorySaveListUrl(urlContext, locale);
export const programmeUrl = (locale: string) => urls.programmeUrl(urlContext, locale);
export const sessionUrl = (locale: string, slug: string) => urls.sessionUrl(urlContext, locale, slug);
export const sessionCalendarUrl = (locale: string, slug: string) => urls.sessionCalendarUrl(urlContext, locale, slug);
export const speakerUrl = (locale: string, slug: string) => urls.speakerUrl(urlContext, locale, slug);
export const programmeCalendarUrl = (locale: string) => urls.programmeCalendarUrl(urlContext, locale);
export const scheduleXmlUrl = (locale: string) => urls.scheduleXmlUrl(urlContext, locale);
export const programmeSaveListUrl = (locale: string) => urls.programmeSaveListUrl(urlContext, locale);
export const scheduleJsonUrl = (locale: string) => urls.scheduleJsonUrl(urlContext, locale);
export const localePath = (locale: string, path = '') => urls.localePath(urlContext, locale, path);
export const withBase = (path: string) => urls.withBase(path, urlContext.base);
