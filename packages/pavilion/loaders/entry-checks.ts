import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageMetadata } from 'astro/assets/utils';
import { AstroError } from 'astro/errors';
import type { PavilionConfig } from '../schemas/config.ts';
import { show } from '../utils/show.ts';
import { bodyImageProblems } from './body-images.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject } from '../config/project-path.ts';
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

const ARTICLE_HINT = 'Fix that file: docs/front-matter.md lists every field, and docs/refused.md what an article may not hold.';

/** The same message, for an entry of another collection (an exhibitor), with the page of the docs that lists its fields. */
export function fieldErrors(
	filePath: string | undefined,
	root: URL,
	problems: { field: string; problem: string }[],
	hint = ARTICLE_HINT,
): AstroError {
	const where = filePath ? relative(fileURLToPath(root), filePath) : 'an article';
	const error = new AstroError(problems.map(({ field, problem }) => `${where}: ${field} ${problem}`).join('\n'), hint);
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
	// The glob loader follows links: an article (or its folder) linked from elsewhere on the machine would be published, feeds and search included.
	const link = entry.filePath && linkLeavingProject(resolve(fileURLToPath(root), entry.filePath), root);
	if (link) throw articleError(entry.filePath, root, 'file', leavingLinkProblem(link));
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
	if (typeof cover === 'string' && entry.filePath) checkCoverPath(cover, entry.filePath, root, publicDir);
}

/** The cover must be an image file of the project, one the theme can make every size of. */
function checkCoverPath(cover: string, filePath: string, root: URL, publicDir: URL): void {
	const refuse = (problem: string) => articleError(filePath, root, 'cover', `${show(cover)} ${problem}`);
	if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(cover))
		throw refuse(
			'was given; expected an image file of this site, relative to the article, such as "../../images/cover.jpg": a cover from another address cannot be resized at build time, and readers would load it from another host',
		);
	const file = coverFile(cover, filePath, publicDir);
	const fromRoot = pathInProject(file, root);
	if (fromRoot === undefined)
		throw refuse('leads outside the project; expected an image inside it, relative to the article, such as "../../images/cover.jpg"');
	const link = linkLeavingProject(file, root);
	if (link !== undefined) throw refuse(`was given, but ${leavingLinkProblem(link)}`);
	if (!existsSync(file))
		throw refuse(
			`was given, but there is no file at ${fromRoot}; expected the path of an image relative to the article, such as "../../images/cover.jpg"`,
		);
	if (/\.svg$/i.test(file))
		throw refuse(
			'is an SVG drawing; expected a PNG, JPEG or WebP picture: covers are made into photos of several sizes for the page, cards, search results and link previews, which Astro does not do for SVG',
		);
	if (statSync(file).size === 0) throw refuse(`is an empty file (${fromRoot}); expected a PNG, JPEG or WebP picture`);
}

/** A cover path as Astro resolves it: relative to the article, or from the public folder when it starts with "/". */
function coverFile(cover: string, filePath: string, publicDir: URL): string {
	return cover.startsWith('/') ? resolve(fileURLToPath(publicDir), `.${cover}`) : resolve(dirname(filePath), cover);
}

/** The cover must be a picture Astro can read: an empty or damaged file would fail later without naming the article. */
export async function checkCoverImage(cover: unknown, filePath: string | undefined, root: URL, publicDir: URL): Promise<void> {
	if (typeof cover !== 'string' || !filePath) return;
	const file = coverFile(cover, filePath, publicDir);
	try {
		await imageMetadata(new Uint8Array(readFileSync(file)), file);
	} catch {
		throw articleError(
			filePath,
			root,
			'cover',
			`${show(cover)} is not a picture that can be read (${relative(fileURLToPath(root), file)} is damaged, or not an image); expected a PNG, JPEG or WebP file`,
		);
	}
}

/**
 * The theme's own fields say what was given and what is expected (schemas/expecting.ts); a field a
 * site adds (pavilion({ articleFields })) has zod's and Astro's words, which repeat the field name
 * ("**booth**: Required"): say those the theme's way.
 */
function plainProblem(problem: string): string {
	const text = problem.replace(/^\*\*.+?\*\*: /, '');
	if (text === 'Required' || /received undefined$/.test(text))
		return 'is missing; expected a value, which the fields the site adds require (pavilion({ articleFields }))';
	const type = /^Expected type `(.+)`, received `(.+)`$/.exec(text);
	if (type) return `was given as ${type[2]}; expected ${type[1]}`;
	return text;
}

/**
 * Astro reports schema problems as "**articles → zh/x** data does not match…" with the file in a
 * separate location field. Restate them in the theme's own form, one line per field, file first.
 */
export function restateSchemaError(error: unknown, filePath: string | undefined, root: URL, hint = ARTICLE_HINT): unknown {
	if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
	const problems = [...error.message.matchAll(/^\s*\*\*(.*?)\*\*: (.+)$/gm)].map(([, field, problem]) => {
		// A strict schema (an exhibitor's) names a field it does not know at the top, with no path.
		const unknown = field === '' ? /^Unrecognized keys?: (.+)$/.exec(problem!) : null;
		if (unknown)
			return {
				field: unknown[1]!,
				problem: 'was given, which is not a field of this file; expected only the fields the docs list (check its spelling)',
			};
		return { field: field!, problem: plainProblem(problem!) };
	});
	if (problems.length === 0) return error;
	return fieldErrors(filePath, root, problems, hint);
}

/**
 * Astro's Markdown loader reports a front matter it cannot parse with the reason alone and the
 * file in a separate location field: restate it as one line naming the file and the line.
 */
export function restateSourceError(error: unknown, root: URL): unknown {
	if (!(error instanceof Error)) return error;
	const loc = (error as { loc?: { file?: unknown; line?: unknown } }).loc;
	if (error.name !== 'MarkdownError' || typeof loc?.file !== 'string') return error;
	const line = typeof loc.line === 'number' ? ` at line ${loc.line + 1}` : '';
	const reason = error.message.split('\n')[0]!.replace(/\s*\(\d+:\d+\)$/, '');
	return articleError(
		loc.file,
		root,
		'front matter',
		`is not valid YAML${line} (${reason}); expected one "field: value" per line between the two --- lines, with quotes around text that holds ": " or starts with a symbol`,
	);
}

export interface ParsedArticleContext {
	/** The build's instant: no change can have been made after it. */
	now: Date;
	/** Fields as the author wrote them, to quote in messages (a date as written, not as an instant in UTC). */
	written?: Readonly<Record<string, unknown>>;
}

/** Rules across fields, checked once the schema has parsed the entry. */
export function checkParsedArticle(
	data: Record<string, unknown>,
	filePath: string | undefined,
	root: URL,
	{ now, written = {} }: ParsedArticleContext,
): void {
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
	if (data.updated instanceof Date && data.updated > now) {
		throw articleError(
			filePath,
			root,
			'updated',
			`${show(written.updated ?? data.updated)} is later than this build (${now.toISOString()}); expected the date of a change already made, at the latest the build's time`,
		);
	}
}

/** How Astro's `image()` marks a front-matter value it will import as an image. */
const IMAGE_MARK = '__ASTRO_IMAGE_';

/**
 * Images of the front matter, once the schema has marked them: the theme's `cover` and any field a
 * site adds with `image()`. Each must be a picture of the project by the body images' rules, or
 * Vite would read it, through any link, and print its first line when it is no picture.
 */
export function checkFrontMatterImages(data: Record<string, unknown>, filePath: string | undefined, root: URL, publicDir: URL): void {
	if (!filePath) return;
	const file = resolve(fileURLToPath(root), filePath);
	const visit = (value: unknown, field: string): void => {
		if (typeof value === 'string' && value.startsWith(IMAGE_MARK)) {
			const problems = bodyImageProblems(value.slice(IMAGE_MARK.length), file, root, publicDir);
			if (problems.length > 0) throw articleError(file, root, field, problems.join('; '));
		} else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${field}[${index}]`));
		else if (typeof value === 'object' && value !== null && !(value instanceof Date))
			for (const [key, item] of Object.entries(value)) visit(item, field ? `${field}.${key}` : key);
	};
	visit(data, '');
}

/**
 * Two articles of one locale with one slug would overwrite each other's page: refuse, naming both
 * files. The loader's order varies from run to run, so the blame does not follow it: a file whose
 * slug is its own name keeps it, and the one claiming it with `slug:` (usually a copy) is named;
 * otherwise the later path.
 */
export function findDuplicateSlugs(unordered: readonly RawEntry[], root: URL): void {
	const claimsBySlugField = (entry: RawEntry) => (typeof entry.data.slug === 'string' ? 1 : 0);
	const entries = [...unordered].sort((a, b) => claimsBySlugField(a) - claimsBySlugField(b) || pathOf(a).localeCompare(pathOf(b)));
	refuseSecondClaim(
		entries,
		'slug',
		(entry) => entrySlug(entry.id, entry.data.slug),
		root,
		'expected every article of a locale to have its own slug (rename one file or set a different slug)',
	);
}

/**
 * A translationKey pairs one article per locale; two in one locale would leave the language switch
 * and hreflang guessing. Refuse, naming both files (in path order, so the message is stable).
 */
export function findDuplicateTranslationKeys(entries: readonly RawEntry[], root: URL): void {
	const byPath = [...entries].sort((a, b) => pathOf(a).localeCompare(pathOf(b)));
	const keyOf = (entry: RawEntry) => (typeof entry.data.translationKey === 'string' ? entry.data.translationKey : undefined);
	refuseSecondClaim(byPath, 'translationKey', keyOf, root, 'expected one article per locale for each key (give one of them another key)');
}

const pathOf = (entry: RawEntry) => entry.filePath ?? entry.id;

/** The second article of a locale to claim a value of a field that must be unique per locale stops the build, naming both files. */
function refuseSecondClaim(
	ordered: readonly RawEntry[],
	field: string,
	claimOf: (entry: RawEntry) => string | undefined,
	root: URL,
	expected: string,
): void {
	const rootDir = fileURLToPath(root);
	const seen = new Map<string, RawEntry>();
	for (const entry of ordered) {
		const value = claimOf(entry);
		if (value === undefined) continue;
		const locale = entryLocale(entry.id);
		const key = `${locale}\u0000${value}`;
		const first = seen.get(key);
		if (first) {
			const firstFile = first.filePath ? relative(rootDir, resolve(rootDir, first.filePath)) : first.id;
			throw articleError(
				entry.filePath && resolve(rootDir, entry.filePath),
				root,
				field,
				`${show(value)} is already the ${field} of ${firstFile} in locale "${locale}"; ${expected}`,
			);
		}
		seen.set(key, entry);
	}
}
