/**
 * Keys for Astro's incremental build (runtime/cache-keys.ts) of the directory's pages: a page holds
 * the filters' labels and counts of the whole directory, and the cards of its own exhibitors.
 */
import { cacheKey, type CacheKey } from '../../../runtime/cache-keys.ts';
import type { LocaleDirectory, SiteExhibitor } from './directory.ts';
import { exhibitorFacts } from './exhibitor-facts.ts';

const filtersOf = (directory: LocaleDirectory) =>
	[...directory.halls, ...directory.sectors, ...directory.regions].map(({ by, key, label, exhibitors }) => [
		by,
		key,
		label,
		exhibitors.length,
	]);

export function directoryPageKey(
	page: { data: readonly SiteExhibitor[]; total: number; currentPage: number; lastPage: number },
	directory: LocaleDirectory,
	of: unknown,
	listed: readonly SiteExhibitor[] = directory.exhibitors,
): CacheKey {
	return cacheKey([
		of,
		filtersOf(directory),
		listed.map((exhibitor) => exhibitor.letter),
		page.total,
		page.currentPage,
		page.lastPage,
		page.data.map(exhibitorFacts),
	]);
}

export function exhibitorPageKey(exhibitor: SiteExhibitor): CacheKey {
	return cacheKey(exhibitorFacts(exhibitor));
}
