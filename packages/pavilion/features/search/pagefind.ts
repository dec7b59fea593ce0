import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { loadLaterModule } from '../../integrations/load-later.ts';
import { SEGMENTS } from '../../utils/urls.ts';

export interface IndexSummary {
	pages: number;
	seconds: number;
}

/**
 * Index the built site with Pagefind's Node API. Only elements marked data-pagefind-body (article
 * titles and bodies) are indexed; each page's <html lang> picks its language's index, so Chinese
 * is segmented and English stemmed.
 */
export async function indexSite(
	outDir: URL,
	logger: AstroIntegrationLogger,
	options: {
		/** Pagefind's maxFragments: beyond it, results are grouped into shared files (see the offline option). */
		maxFragments?: number | undefined;
		/** How many articles the site model published. With none, no page carries data-pagefind-body, and Pagefind would index every page. */
		articles: number;
		/** Called once Pagefind has the pages to index: its process works on them while this thread is free. */
		whileIndexing?: () => void;
	},
): Promise<IndexSummary> {
	const started = performance.now();
	const { close, createIndex } = loadLaterModule('pagefind') as typeof import('pagefind');
	try {
		const { index, errors } = await createIndex(options.maxFragments ? { maxFragments: options.maxFragments } : {});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const adding = options.articles > 0 ? index.addDirectory({ path: fileURLToPath(outDir) }) : undefined;
		options.whileIndexing?.();
		const added = await adding;
		if (added?.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(`${SEGMENTS.searchIndex}/`, outDir)) });
		if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
		const seconds = (performance.now() - started) / 1000;
		// addDirectory counts every HTML file it read; the entry file knows what each language indexed.
		const entry = JSON.parse(readFileSync(new URL(`${SEGMENTS.searchIndex}/pagefind-entry.json`, outDir), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const languages = Object.entries(entry.languages).map(([lang, { page_count }]) => `${page_count} ${lang}`);
		const pages = Object.values(entry.languages).reduce((total, { page_count }) => total + page_count, 0);
		logger.info(`Search index: ${languages.join(', ')} pages in ${seconds.toFixed(1)} s`);
		return { pages, seconds };
	} finally {
		await close();
	}
}
