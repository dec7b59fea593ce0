import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { PavilionConfig } from '../schemas/config.ts';
import { show } from '../utils/show.ts';
import { entryLocale, entrySlug } from '../utils/entry-path.ts';
import { slugProblem } from '../utils/slugs.ts';

interface RawEntry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string | undefined;
}

/** One message an editor can act on: which file, which field, what was given, what is expected. */
export function articleError(filePath: string | undefined, root: URL, field: string, problem: string): AstroError {
	return fieldErrors(filePath, root, [{ field, problem }]);
}

function fieldErrors(filePath: string | undefined, root: URL, problems: { field: string; problem: string }[]): AstroError {
	const where = filePath ? relative(fileURLToPath(root), filePath) : 'an article';
	const error = new AstroError(
		problems.map(({ field, problem }) => `${where}: ${field} ${problem}`).join('\n'),
		'Fix the front matter of that file; docs/front-matter.md lists every field.',
	);
	error.name = 'PavilionArticleError';
	// Astro prints `loc` as the error's location: point it at the article, not at the loader.
	if (filePath) Object.assign(error, { loc: { file: filePath, line: 0, column: 0 } });
	return error;
}

/** Checks on the raw front matter, run before the schema so that the messages can name the file. */
export function checkArticleEntry(
	entry: RawEntry,
	config: Pick<PavilionConfig, 'locales' | 'defaultLocale'>,
	root: URL,
	publicDir: URL,
): void {
	const locale = entryLocale(entry.id);
	const slug = entrySlug(entry.id, entry.data.slug);
	const locales = Object.keys(config.locales);
	if (!locales.includes(locale)) {
		throw articleError(
			entry.filePath,
			root,
			'locale folder',
			locale
				? `"${locale}" is not a configured locale; expected the article under one of ${locales.map((key) => `site/articles/${key}/`).join(', ')} (or add "${locale}" to pavilion({ locales }))`
				: `is missing: the file sits directly in the articles folder; expected it inside a locale folder such as site/articles/${config.defaultLocale}/`,
		);
	}
	if (typeof entry.data.slug !== 'string') {
		const problem = slugProblem(slug);
		if (problem)
			throw articleError(
				entry.filePath,
				root,
				'file name',
				`gives the URL slug ${show(slug)}, which ${problem}; rename the file or set slug in the front matter`,
			);
	}
	const cover = entry.data.cover;
	if (typeof cover === 'string' && entry.filePath && !/^[a-z]+:\/\//i.test(cover)) {
		const file = cover.startsWith('/') ? resolve(fileURLToPath(publicDir), `.${cover}`) : resolve(dirname(entry.filePath), cover);
		if (!existsSync(file)) {
			throw articleError(
				entry.filePath,
				root,
				'cover',
				`${show(cover)} was given, but there is no file at ${relative(fileURLToPath(root), file)}; expected the path of an image relative to the article, such as "../../images/cover.jpg"`,
			);
		}
	}
}

/**
 * Astro reports schema problems as "**articles → zh/x** data does not match…" with the file in a
 * separate location field. Restate them in the theme's own form, one line per field, file first.
 */
export function restateSchemaError(error: unknown, filePath: string | undefined, root: URL): unknown {
	if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
	const problems = [...error.message.matchAll(/^\s*\*\*(.+?)\*\*: (.+)$/gm)].map(([, field, problem]) => ({
		field: field!,
		problem: problem!,
	}));
	if (problems.length === 0) return error;
	return fieldErrors(filePath, root, problems);
}

/** Rules across fields, checked once the schema has parsed the entry. */
export function checkParsedArticle(data: Record<string, unknown>, filePath: string | undefined, root: URL): void {
	if (data.cover !== undefined && data.coverAlt === undefined) {
		throw articleError(
			filePath,
			root,
			'coverAlt',
			'is missing; an article with a cover needs coverAlt, a short description of the picture for readers who cannot see it',
		);
	}
	if (data.updated instanceof Date && data.date instanceof Date && data.updated < data.date) {
		throw articleError(
			filePath,
			root,
			'updated',
			`${show(data.updated)} is before date ${show(data.date)}; expected the date of a change made after publication`,
		);
	}
}

/**
 * Two articles of one locale with one slug would overwrite each other's page: refuse, naming both
 * files. The loader's order varies from run to run, so the blame does not follow it: a file whose
 * slug is its own name keeps it, and the one claiming it with `slug:` (usually a copy) is named;
 * otherwise the later path.
 */
export function findDuplicateSlugs(unordered: readonly RawEntry[], root: URL): void {
	const claimsBySlugField = (entry: RawEntry) => (typeof entry.data.slug === 'string' ? 1 : 0);
	const entries = [...unordered].sort(
		(a, b) => claimsBySlugField(a) - claimsBySlugField(b) || (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id),
	);
	const seen = new Map<string, RawEntry>();
	for (const entry of entries) {
		const locale = entryLocale(entry.id);
		const slug = entrySlug(entry.id, entry.data.slug);
		const key = `${locale}/${slug}`;
		const first = seen.get(key);
		if (first) {
			const firstFile = first.filePath ? relative(fileURLToPath(root), resolve(fileURLToPath(root), first.filePath)) : first.id;
			throw articleError(
				entry.filePath && resolve(fileURLToPath(root), entry.filePath),
				root,
				'slug',
				`${show(slug)} is already the slug of ${firstFile} in locale "${locale}"; expected every article of a locale to have its own slug (rename one file or set a different slug)`,
			);
		}
		seen.set(key, entry);
	}
}

/**
 * A translationKey pairs one article per locale; two in one locale would leave the language switch
 * and hreflang guessing. Refuse, naming both files (in path order, so the message is stable).
 */
export function findDuplicateTranslationKeys(entries: readonly RawEntry[], root: URL): void {
	const seen = new Map<string, RawEntry>();
	const byPath = [...entries].sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
	for (const entry of byPath) {
		const key = entry.data.translationKey;
		if (typeof key !== 'string') continue;
		const locale = entryLocale(entry.id);
		const first = seen.get(`${locale}\u0000${key}`);
		if (first) {
			const firstFile = first.filePath ? relative(fileURLToPath(root), resolve(fileURLToPath(root), first.filePath)) : first.id;
			throw articleError(
				entry.filePath && resolve(fileURLToPath(root), entry.filePath),
				root,
				'translationKey',
				`${show(key)} is already the translationKey of ${firstFile} in locale "${locale}"; expected one article per locale for each key (give one of them another key)`,
			);
		}
		seen.set(`${locale}\u0000${key}`, entry);
	}
}
