import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SchemaContext } from 'astro/content/config';
import build from 'virtual:pavilion/build';
import config from 'virtual:pavilion/config';
import articleFields from 'virtual:pavilion/article-fields';
import { checkFrontMatterClosed, findMisnamedArticles, frontMatterAsWritten, readArticleSource } from './loaders/article-source.ts';
import {
	articleError,
	checkArticleEntry,
	checkCoverImage,
	checkFrontMatterImages,
	checkParsedArticle,
	findDuplicateSlugs,
	findDuplicateTranslationKeys,
	restateSchemaError,
	restateSourceError,
} from './loaders/entry-checks.ts';
import { refuseMdxArticles } from './loaders/mdx-articles.ts';
import { resolveProjectPath } from './config/project-path.ts';
import { buildInstant } from './runtime/build-run.ts';
import { isPublished } from './runtime/articles.ts';
import { ARTICLE_FIELDS_EXAMPLE, frontmatterSchema } from './schemas/frontmatter.ts';
import { FRONTMATTER_TEXT } from './schemas/field-text.ts';
import { bodyProblemsOf } from './integrations/article-problems.ts';
import { exhibitorsLoaderFor, exhibitorsSchemaFor, type ExhibitorsLoaderOptions } from './features/exhibitors/loader.ts';
import { sessionsLoaderFor, sessionsSchemaFor, speakersLoaderFor, speakersSchemaFor } from './features/programme/loader.ts';

export interface ArticlesLoaderOptions {
	/** Folder of the articles from the project root; its first level is the locale. */
	base?: string;
	pattern?: string;
}

/** Where the loader keeps the names of the fields its stored entries were parsed with. */
const SCHEMA_FIELDS = 'pavilion-schema-fields';

/** The names of the fields a site adds (pavilion({ articleFields })), when they are an object; a function's are known when it runs. */
function articleFieldNames(): string[] {
	return articleFields && typeof articleFields === 'object' ? Object.keys(articleFields.shape) : [];
}

/** Fields whose value must be read as written, not as YAML guesses it (a date-time keeps its offset). */
const AS_WRITTEN = ['date', 'updated'] as const;

/**
 * Astro's glob loader, plus what it would let slip past: undeclared locales, missing or unreadable
 * covers, two articles with one URL or one translationKey, files that are not UTF-8, dates YAML
 * would change, upper-case extensions, and bodies that would run script (integrations/article-html.ts).
 * A production build keeps nothing of an unpublished article, so none of its images ship.
 */
export function articlesLoader({ base = './site/articles', pattern = '**/*.{md,mdx}' }: ArticlesLoaderOptions = {}): Loader {
	// Ids keep the whole path ("zh/expo-opens"): the first segment is the locale, and a `slug` in the front matter must not change the id.
	const inner = glob({ base, pattern, generateId: ({ entry }) => entry.replace(/\.mdx?$/i, '') });
	return {
		name: 'astro-pavilion:articles',
		load: async (context) => {
			const { root, publicDir } = context.config;
			// Astro keeps parsed entries between builds and parses a file again only when the file changes:
			// after an upgrade that adds a field with a default (sessions: []), old entries would lack it.
			// The fields the schema has are part of what the entries were parsed with.
			const fields = [...Object.keys(FRONTMATTER_TEXT), ...articleFieldNames()].join(',');
			if (context.meta.get(SCHEMA_FIELDS) !== fields) {
				context.store.clear();
				context.meta.set(SCHEMA_FIELDS, fields);
			}
			const folder = resolveProjectPath(base, root, 'articlesLoader({ base })', './site/articles', { mustExist: false });
			findMisnamedArticles(folder, root);
			if (!config.mdx) refuseMdxArticles(folder, root);
			const parseData: typeof context.parseData = async (entry) => {
				checkArticleEntry(entry, config, root, publicDir);
				const source = entry.filePath === undefined ? undefined : readArticleSource(entry.filePath, root);
				if (source !== undefined && entry.filePath) checkFrontMatterClosed(source, entry.filePath, root);
				const written = source === undefined ? {} : frontMatterAsWritten(source);
				const asWritten = Object.fromEntries(
					AS_WRITTEN.filter((field) => typeof written[field] === 'string').map((field) => [field, written[field]]),
				);
				await checkCoverImage(entry.data.cover, entry.filePath, root, publicDir);
				const data = await context.parseData({ ...entry, data: { ...entry.data, ...asWritten } }).catch((error: unknown) => {
					throw restateSchemaError(error, entry.filePath, root);
				});
				checkParsedArticle(data, entry.filePath, root, { now: latestInstant(), written: asWritten });
				checkFrontMatterImages(data, entry.filePath, root, publicDir);
				return data;
			};
			await inner.load({ ...context, parseData }).catch((error: unknown) => {
				throw restateSourceError(error, root);
			});
			const entries = [...context.store.values()];
			reportBodyProblems(context);
			findDuplicateSlugs(entries, root);
			findDuplicateTranslationKeys(entries, root);
			if (build.production) {
				const now = buildInstant();
				for (const entry of entries)
					if (!isPublished(entry.data as { draft: boolean; date: Date }, now, true)) context.store.delete(entry.id);
			}
		},
	};
}

/**
 * The latest instant an article may say it was changed: the build's (SOURCE_DATE_EPOCH pins it). A
 * development server started before the editor saved a change made just now, so it takes the clock then.
 */
function latestInstant(): Date {
	const started = buildInstant();
	return build.production ? started : new Date(Math.max(started.getTime(), Date.now()));
}

/** What the body plugin found while the glob loader rendered each article, kept with its rendering (integrations/article-problems.ts). */
function reportBodyProblems({ store, config: { root } }: LoaderContext): void {
	for (const entry of store.values()) {
		if (!entry.filePath) continue;
		const file = resolve(fileURLToPath(root), entry.filePath);
		const problems = bodyProblemsOf(entry.rendered?.metadata?.frontmatter);
		if (problems.length === 0) continue;
		// Forget the entry, so the next build renders (and checks) the file again instead of using its cache.
		store.delete(entry.id);
		throw articleError(file, root, problems[0]!.field, problems.map((problem) => problem.problem).join('; '));
	}
}

/**
 * The front-matter schema, with the configured categories and time zone, and the fields the site
 * adds in the module `pavilion({ articleFields })` names (virtual:pavilion/article-fields). They are
 * declared there, not here, so that the browser editor and the importer, which never read this
 * file, see them too (config/article-fields.ts).
 */
export function articlesSchema(options?: { extend?: unknown }) {
	if (options?.extend !== undefined)
		throw new Error(
			`articlesSchema({ extend }) in src/content.config.ts: fields added here are never seen by the browser editor or the importer; expected them in their own module, named by pavilion({ articleFields: '${ARTICLE_FIELDS_EXAMPLE}' }) (docs/front-matter.md, "Adding your own fields"), and articlesSchema() without arguments`,
		);
	return (context: SchemaContext) =>
		frontmatterSchema({
			image: context.image,
			categories: Object.keys(config.categories),
			timeZone: config.expo.timezone,
			articleFields: articleFields ?? undefined,
		});
}

/**
 * The exhibitor directory's collection (the `exhibitors` option, features/exhibitors): one YAML
 * file per exhibitor in `site/exhibitors/`, checked against the options' sectors and halls.
 */
export const exhibitorsLoader = (options?: ExhibitorsLoaderOptions) => exhibitorsLoaderFor(config, options);
export const exhibitorsSchema = () => exhibitorsSchemaFor(config);

/**
 * The programme's collections (the `programme` option, features/programme): one YAML file per session
 * in `site/programme/`, per speaker in `site/speakers/`.
 */
export const sessionsLoader = (options?: { base?: string }) => sessionsLoaderFor(config, options);
export const sessionsSchema = () => sessionsSchemaFor(config);
export const speakersLoader = (options?: { base?: string }) => speakersLoaderFor(config, options);
export const speakersSchema = () => speakersSchemaFor(config);
