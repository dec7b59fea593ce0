import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { loadLaterModule } from '../../integrations/load-later.ts';
import { SEGMENTS } from '../../utils/urls.ts';
import { defaultLocaleGlob, prefixedLocaleGlob } from './locale-globs.ts';

export interface IndexSummary {
	pages: number;
	seconds: number;
}

/** Pagefind's entry file: what each language's index holds. */
interface PagefindEntry {
	languages: Record<string, { page_count: number }>;
}

/**
 * Index the built site with Pagefind's Node API. Only elements marked data-pagefind-body (article
 * titles and bodies, the press centre) are indexed; each page's <html lang> picks its language's
 * index, so Chinese is segmented and English stemmed.
 *
 * One language at a time, each in a Pagefind process of its own that ends before the next starts:
 * Pagefind's Chinese segmentation holds most of its memory, and at 5,000 articles one process for
 * both languages peaked at 1.12 GiB beside the Astro process, the Chinese articles alone at 0.81
 * and the English at 0.27 (BENCHMARKS.md). The languages' files do not overlap (their names carry
 * the language and a hash), so they are written into one folder, and the entry file that lists the
 * languages is written once all are done. A locale's pages are those under its URL prefix
 * (features/search/locale-globs.ts); a page's <html lang> still names its index.
 */
export async function indexSite(
	outDir: URL,
	logger: AstroIntegrationLogger,
	options: {
		/** Pagefind's maxFragments: beyond it, results are grouped into shared files (see the offline option). */
		maxFragments?: number | undefined;
		/**
		 * Each locale's URL prefix ('' for the default locale, "en" for /en/) and how many pages it
		 * has to index (articles, exhibitors). A locale without any is left out: none of its pages
		 * carries data-pagefind-body, and Pagefind would index every one of them whole.
		 */
		locales: readonly { prefix: string; indexed: number }[];
		/** Called once Pagefind has the first pages to index: its process works on them while this thread is free. */
		whileIndexing?: () => void;
	},
): Promise<IndexSummary> {
	const started = performance.now();
	const { close, createIndex } = loadLaterModule('pagefind') as typeof import('pagefind');
	const outputPath = fileURLToPath(new URL(`${SEGMENTS.searchIndex}/`, outDir));
	const entryFile = new URL(`${SEGMENTS.searchIndex}/pagefind-entry.json`, outDir);
	const prefixes = options.locales.map(({ prefix }) => prefix).filter(Boolean);
	const globs = options.locales
		.filter(({ indexed }) => indexed > 0)
		.map(({ prefix }) => (prefix ? prefixedLocaleGlob(prefix) : defaultLocaleGlob(prefixes)));
	let entry: PagefindEntry | undefined;
	// With no article at all, an index of nothing: the search page still loads, and finds nothing.
	for (const [position, glob] of (globs.length > 0 ? globs : [undefined]).entries()) {
		try {
			const { index, errors } = await createIndex(options.maxFragments ? { maxFragments: options.maxFragments } : {});
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			const adding = glob === undefined ? undefined : index.addDirectory({ path: fileURLToPath(outDir), glob });
			if (position === 0) options.whileIndexing?.();
			const added = await adding;
			if (added?.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
			// Each process writes an entry file of its own languages: the first one's is kept, with every language's added.
			const writtenEntry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
			entry = { ...(entry ?? writtenEntry), languages: { ...entry?.languages, ...writtenEntry.languages } };
		} finally {
			await close();
		}
	}
	if (entry) writeFileSync(entryFile, JSON.stringify(entry));
	const seconds = (performance.now() - started) / 1000;
	const counts = Object.entries(entry?.languages ?? {}).map(([lang, { page_count }]) => `${page_count} ${lang}`);
	const pages = Object.values(entry?.languages ?? {}).reduce((total, { page_count }) => total + page_count, 0);
	logger.info(`Search index: ${counts.join(', ') || 'no'} pages in ${seconds.toFixed(1)} s`);
	return { pages, seconds };
}
