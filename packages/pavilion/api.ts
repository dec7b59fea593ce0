/**
 * What an override may import: `import { getSiteModel, localeContext, articleUrl } from 'astro-pavilion/api'`.
 * Everything here reads the site's virtual modules, so it works in .astro files and endpoints of a
 * site that uses the pavilion() integration (not in plain Node scripts). docs/overrides.md lists it.
 */
export { config, localeContext, localeFromParam, localeKeys, type LocaleContext } from './runtime/site.ts';
export {
	getSiteModel,
	type ArticleCover,
	type CategoryGroup,
	type CategoryRef,
	type LocaleModel,
	type SiteArticle,
	type SiteModel,
	type TagGroup,
	type TagRef,
} from './runtime/site-model.ts';
export * from './runtime/urls.ts';
export type { AttributionLine, ArticleSource } from './utils/attribution.ts';
export { calendarDate, formatDate, formatDateRange, isoWithOffset } from './utils/dates.ts';
export { escapeMarkup } from './utils/escape.ts';
export { interpolate } from './utils/strings.ts';
