import type { AstroIntegrationLogger } from 'astro';
import { takeAllArticleProblems } from '../utils/article-problems.ts';
import { articleError } from '../config/entry-checks.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { takeSiteFacts } from '../utils/site-facts.ts';
import type { UrlContext } from '../utils/urls.ts';
import { fillEnclosureLengths } from './feed-enclosures.ts';
import { indexSite } from './pagefind.ts';
import { writeSaveLists, writeServiceWorker } from './service-worker.ts';
import type { AlternatesByPage } from './sitemap.ts';

export interface PostBuildContext {
	config: PavilionConfig;
	root: URL;
	urls: UrlContext;
	site: URL | undefined;
	outDir: URL;
	buildId: string;
	/** Filled here for the sitemap integration, which writes its files after this hook. */
	alternates: AlternatesByPage;
	logger: AstroIntegrationLogger;
}

/**
 * Everything that needs the written files, in order: the sitemap's alternates and the feeds'
 * enclosure sizes (from the site model's facts), the search index over the written pages, then
 * the offline save lists and the service worker, which caches the index.
 */
export async function afterBuild({ config, root, urls, site, outDir, buildId, alternates, logger }: PostBuildContext): Promise<void> {
	refuseArticleProblems(root);
	const facts = takeSiteFacts();
	if (!facts)
		throw new Error('Pavilion: no page asked for the site model during the build, so the sitemap and offline lists cannot be made.');
	for (const [page, links] of facts.alternates) alternates.set(page, links);
	if (site) {
		const missing = fillEnclosureLengths(facts.feeds, outDir, site, urls.base);
		if (missing.length) logger.warn(`Feed enclosures without a file: ${missing.join(', ')}`);
	}
	const { offline } = config;
	if (config.search)
		await indexSite(outDir, logger, { maxFragments: offline ? offline.maxFragments : undefined, articles: facts.articles.length });
	if (offline) {
		writeSaveLists(facts.saveLists, outDir, urls.base, buildId);
		const worker = await writeServiceWorker({ outDir, urls, locales: Object.keys(config.locales), buildId });
		logger.info(
			`Offline cache: ${worker.entries} shell files and ${worker.searchFiles} search index files, ${(worker.precacheBytes / 1024 / 1024).toFixed(1)} MiB; sw.js ${(worker.workerBytes / 1024).toFixed(1)} KiB`,
		);
	}
}

/** What the body rules found in MDX articles, which Astro compiles with the pages rather than when it loads content. */
function refuseArticleProblems(root: URL): void {
	const [first] = takeAllArticleProblems();
	if (!first) return;
	const [file, problems] = first;
	throw articleError(file, root, problems[0]!.field, problems.map(({ problem }) => problem).join('; '));
}
