import { localeSegment, SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';
import { devSearchMiddleware } from './dev-search.ts';
import { prefixOfPath } from './locale-globs.ts';
import { indexSite } from './pagefind.ts';

/** Search over the articles and exhibitors: Pagefind's index of the written pages, its page, and the header's dialog. */
export const search: PavilionFeature = {
	name: 'search',
	option: 'search',
	isOn: (config) => config.search,
	routes: () => [{ pattern: `/[...locale]/${SEGMENTS.search}`, entrypoint: 'astro-pavilion/features/search/routes/Search.astro' }],
	localePages: [SEGMENTS.search],
	components: { Search: new URL('components/Search.astro', import.meta.url) },
	devMiddleware: ({ outDir, logger, base }) => devSearchMiddleware(outDir, logger, base),
	afterBuild: {
		round: 1,
		run: async ({ config: { offline, locales }, urls, outDir, logger, facts, handedOff }) => {
			const prefixes = Object.keys(locales).map((locale) => localeSegment(urls, locale));
			// Articles, exhibitors, sessions and speakers are what a language's index holds.
			const indexed = [...facts.articles, ...facts.otherIndexed];
			const indexedUnder = (prefix: string) => indexed.filter((path) => prefixOfPath(path, urls.base, prefixes) === prefix).length;
			await indexSite(outDir, logger, {
				maxFragments: offline ? offline.maxFragments : undefined,
				locales: prefixes.map((prefix) => ({ prefix, indexed: indexedUnder(prefix) })),
				whileIndexing: handedOff,
			});
			return undefined;
		},
	},
};
