import { slugify } from './slugs.ts';

/**
 * What an article's place in the articles folder says about it. Entry ids are the file's path
 * without the extension ("zh/2026/expo-opens"): the first folder is the locale, the file name is
 * the default slug. The loader's checks and the site model both read them here.
 */
export function entryLocale(id: string): string {
	const segments = id.split('/');
	// A file directly in the articles folder has no locale folder at all.
	return segments.length > 1 ? (segments[0] ?? '') : '';
}

/** The URL slug: the `slug` field when given, else the file name made URL-safe. */
export function entrySlug(id: string, slugField: unknown): string {
	return typeof slugField === 'string' ? slugField : slugify(id.split('/').at(-1) ?? id);
}
