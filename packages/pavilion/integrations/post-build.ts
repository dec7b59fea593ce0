import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';
import { decodeXML } from 'entities';
import type { ArticleProblemRecord } from './article-problems.ts';
import { articleError } from '../loaders/entry-checks.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { SITE_FACTS_FILE, type SiteFacts } from '../utils/site-facts.ts';
import type { UrlContext } from '../utils/urls.ts';
import type { PavilionFeature, PostBuildStep, PostBuildStepContext } from '../features/feature.ts';
import { fillEnclosureLengths } from './feed-enclosures.ts';
import { pictureNotBuilt, pictureNotBuiltError } from './picture-files.ts';
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
	/** The features that are on, in the order of features/index.ts. */
	features: readonly PavilionFeature[];
}

/**
 * Everything that needs the written files, in order: the sitemap's alternates and the feeds'
 * enclosure sizes (from the site model's facts), then the features' steps (features/feature.ts):
 * round 1 together (the search index over the written pages beside the drawn link previews), then
 * round 2 (the offline save lists and the service worker, which caches the index).
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
	features,
}: PostBuildContext): Promise<void> {
	refuseArticleProblems(compiledProblems, root);
	const facts = takeSiteFacts(outDir);
	for (const [page, links] of facts.alternates) alternates.set(page, links);
	// Before any step reads a picture's file: a page that points to pictures made on request stops the build here, in one line.
	const coverNotBuilt = pictureNotBuilt(
		facts.saveLists.flatMap((list) => list.images),
		outDir,
		urls.base,
	);
	if (coverNotBuilt) throw pictureNotBuiltError(coverNotBuilt);
	if (site) {
		const missing = fillEnclosureLengths(facts.feeds, outDir, site, urls.base);
		const enclosureNotBuilt = pictureNotBuilt(missing.map(decodeXML), outDir, urls.base, site);
		if (enclosureNotBuilt) throw pictureNotBuiltError(enclosureNotBuilt);
		if (missing.length) logger.warn(`Feed enclosures without a file: ${missing.join(', ')}`);
	}
	const context = { config, urls, outDir, cacheDir, buildId, facts, logger };
	for (const round of [1, 2] as const) {
		const steps = features.flatMap(({ afterBuild: step }) => (step?.round === round ? [step] : []));
		for (const line of await runTogether(steps, context)) if (line) logger.info(line);
	}
}

/**
 * Start the steps of a round in order and wait for all of them. Each says when its heavy work runs
 * elsewhere (Pagefind's process, the previews' worker), so that the others' work on this thread
 * (copying files) waits for it rather than holding it up.
 */
function runTogether(
	steps: readonly PostBuildStep[],
	context: Omit<PostBuildStepContext, 'handedOff' | 'othersHandedOff'>,
): Promise<(string | undefined)[]> {
	const handoffs = steps.map(() => Promise.withResolvers<undefined>());
	return Promise.all(
		steps.map(async (step, index) => {
			const handedOff = () => {
				handoffs[index]!.resolve(undefined);
			};
			const othersHandedOff = Promise.all(handoffs.filter((_, other) => other !== index).map(({ promise }) => promise)).then(
				() => undefined,
			);
			try {
				return await step.run({ ...context, handedOff, othersHandedOff });
			} finally {
				handedOff();
			}
		}),
	);
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
