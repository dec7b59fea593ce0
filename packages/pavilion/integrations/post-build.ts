import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';
import type { ArticleProblemRecord } from './article-problems.ts';
import { articleError } from '../loaders/entry-checks.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { SITE_FACTS_FILE, type SiteFacts } from '../utils/site-facts.ts';
import type { UrlContext } from '../utils/urls.ts';
import { fillEnclosureLengths } from './feed-enclosures.ts';
import { indexSite } from './pagefind.ts';
import { copyPreviews, drawPreviews } from './previews.ts';
import { loadWorkbox, writeSaveLists, writeServiceWorker } from './service-worker.ts';
import type { AlternatesByPage } from './sitemap.ts';

export interface PostBuildContext {
	config: PavilionConfig;
	root: URL;
	urls: UrlContext;
	site: URL | undefined;
	outDir: URL;
	/** Astro's cache folder, where drawn previews are kept between builds. */
	cacheDir: URL;
	buildId: string;
	/** Filled here for the sitemap integration, which writes its files after this hook. */
	alternates: AlternatesByPage;
	/** What the body plugin found in MDX articles while the pages were compiled. */
	compiledProblems: ArticleProblemRecord;
	logger: AstroIntegrationLogger;
}

/**
 * Everything that needs the written files, in order: the sitemap's alternates and the feeds'
 * enclosure sizes (from the site model's facts), the search index over the written pages beside
 * the drawn link previews, then the offline save lists and the service worker, which caches the index.
 */
export async function afterBuild({
	config,
	root,
	urls,
	site,
	outDir,
	cacheDir,
	buildId,
	alternates,
	compiledProblems,
	logger,
}: PostBuildContext): Promise<void> {
	refuseArticleProblems(compiledProblems, root);
	const facts = takeSiteFacts(outDir);
	for (const [page, links] of facts.alternates) alternates.set(page, links);
	if (site) {
		const missing = fillEnclosureLengths(facts.feeds, outDir, site, urls.base);
		if (missing.length) logger.warn(`Feed enclosures without a file: ${missing.join(', ')}`);
	}
	const { offline } = config;
	const drawing = drawPreviews(facts.previews, cacheDir, urls.base);
	const pagefindBusy = Promise.withResolvers<undefined>();
	const whileIndexing = () => {
		pagefindBusy.resolve(undefined);
	};
	const indexing =
		config.search &&
		indexSite(outDir, logger, { maxFragments: offline ? offline.maxFragments : undefined, articles: facts.articles.length, whileIndexing });
	if (!indexing) whileIndexing();
	// Pagefind indexes in its own process while the previews' worker finishes; this thread, free
	// meanwhile, copies the previews once they are drawn and loads the service worker's tools.
	const [, previews] = await Promise.all([
		indexing,
		Promise.all([drawing, pagefindBusy.promise]).then(([summary]) => {
			copyPreviews(facts.previews, outDir, cacheDir, urls.base);
			if (offline) loadWorkbox();
			return summary;
		}),
	]);
	if (previews.drawn + previews.reused > 0)
		logger.info(`Link previews: ${previews.drawn} drawn, ${previews.reused} from the cache, in ${previews.seconds.toFixed(1)} s`);
	if (offline) {
		writeSaveLists(facts.saveLists, outDir, urls.base, buildId);
		const worker = await writeServiceWorker({ outDir, urls, locales: Object.keys(config.locales), buildId });
		logger.info(
			`Offline cache: ${worker.entries} shell files and ${worker.searchFiles} search index files, ${(worker.precacheBytes / 1024 / 1024).toFixed(1)} MiB; sw.js ${(worker.workerBytes / 1024).toFixed(1)} KiB`,
		);
	}
}

/** The facts the build wrote (routes/site-facts.json.ts), taken out of the output so that they never ship. */
function takeSiteFacts(outDir: URL): SiteFacts {
	const file = new URL(SITE_FACTS_FILE, outDir);
	if (!existsSync(file))
		throw new Error(`Pavilion: the build wrote no ${SITE_FACTS_FILE}, so the sitemap and offline lists cannot be made.`);
	const facts = JSON.parse(readFileSync(file, 'utf8')) as SiteFacts;
	rmSync(file);
	return facts;
}

/** What the body rules found in MDX articles, which Astro compiles with the pages rather than when it loads content. */
function refuseArticleProblems(compiledProblems: ArticleProblemRecord, root: URL): void {
	const [first] = compiledProblems.takeAll();
	if (!first) return;
	const [file, problems] = first;
	throw articleError(file, root, problems[0]!.field, problems.map(({ problem }) => problem).join('; '));
}
