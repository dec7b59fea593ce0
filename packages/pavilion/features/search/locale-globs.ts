import { outputPathOf } from '../../utils/urls.ts';

/**
 * Globs, relative to the output folder, of the HTML files of one locale, for Pagefind's
 * addDirectory: a locale with a URL prefix has the files under it, and the default locale every
 * other file. Pagefind's globs have no negation, so "not under en/" is spelled out letter by letter:
 * a first folder that does not start like a prefix, or that stops short of one, or that goes on
 * past one ("e", "e[!n]*", "en?*" for "en").
 */
export const prefixedLocaleGlob = (prefix: string): string => `${prefix}/**/*.html`;

export function defaultLocaleGlob(otherPrefixes: readonly string[]): string {
	if (otherPrefixes.length === 0) return '**/*.html';
	const folders = outside(otherPrefixes, '');
	return `{*.html,${folders.map((folder) => `${folder}/**/*.html`).join(',')}}`;
}

/**
 * Patterns of the folder names that start with `start` and are none of `prefixes` (which all start
 * with it): `start` itself unless it is a prefix, longer names whose next letter no prefix has
 * there, and, for each letter a prefix has there, the same again one letter further.
 */
function outside(prefixes: readonly string[], start: string): string[] {
	const next = [...new Set(prefixes.filter((prefix) => prefix.length > start.length).map((prefix) => prefix[start.length]!))].sort();
	// A hyphen last in a class stands for itself; locale keys hold only a-z, 0-9 and hyphens.
	const letters = [...next.filter((letter) => letter !== '-'), ...next.filter((letter) => letter === '-')].join('');
	const patterns = next.length > 0 ? [`${start}[!${letters}]*`] : [`${start}?*`];
	if (start !== '' && !prefixes.includes(start)) patterns.push(start);
	for (const letter of next)
		patterns.push(
			...outside(
				prefixes.filter((prefix) => prefix.startsWith(start + letter)),
				start + letter,
			),
		);
	return patterns;
}

/** The locale prefix of a site path (base included): its first folder after the base if that is one of `prefixes`, else '' (the default locale). */
export function prefixOfPath(path: string, base: string, prefixes: readonly string[]): string {
	const first = outputPathOf(path, base).split('/')[0]!;
	return prefixes.includes(first) ? first : '';
}
