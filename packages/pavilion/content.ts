import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { SchemaContext } from 'astro/content/config';
import type { z } from 'astro/zod';
import config from 'virtual:pavilion/config';
import { frontmatterSchema } from './schemas/frontmatter.ts';
import {
	checkArticleEntry,
	checkParsedArticle,
	findDuplicateSlugs,
	findDuplicateTranslationKeys,
	restateSchemaError,
} from './config/entry-checks.ts';

export interface ArticlesLoaderOptions {
	/** Folder of the articles from the project root; its first level is the locale. */
	base?: string;
	pattern?: string;
}

/**
 * Astro's glob loader, plus the checks a typo in a folder name or a copied file would otherwise
 * slip past: undeclared locales, missing cover files, two articles with one URL.
 */
export function articlesLoader({ base = './site/articles', pattern = '**/*.{md,mdx}' }: ArticlesLoaderOptions = {}): Loader {
	// Ids keep the whole path ("zh/expo-opens"): the first segment is the locale, and a `slug` in the front matter must not change the id.
	const inner = glob({ base, pattern, generateId: ({ entry }) => entry.replace(/\.mdx?$/i, '') });
	return {
		name: 'astro-pavilion:articles',
		load: async (context) => {
			const parseData: typeof context.parseData = async (entry) => {
				checkArticleEntry(entry, config, context.config.root, context.config.publicDir);
				const data = await context.parseData(entry).catch((error: unknown) => {
					throw restateSchemaError(error, entry.filePath, context.config.root);
				});
				checkParsedArticle(data, entry.filePath, context.config.root);
				return data;
			};
			await inner.load({ ...context, parseData });
			const entries = [...context.store.values()];
			findDuplicateSlugs(entries, context.config.root);
			findDuplicateTranslationKeys(entries, context.config.root);
		},
	};
}

/**
 * The front-matter schema, with the configured categories and time zone. Sites add fields with
 * `articlesSchema({ extend: z.object({ booth: z.string().optional() }) })`.
 */
export function articlesSchema({ extend }: { extend?: z.ZodObject } = {}) {
	return (context: SchemaContext) => {
		const base = frontmatterSchema({ image: context.image, categories: Object.keys(config.categories), timeZone: config.expo.timezone });
		return extend ? base.extend(extend.shape) : base;
	};
}
