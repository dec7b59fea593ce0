import type { SiteExhibitor } from './directory.ts';

/** An exhibitor's own facts for a cache key (runtime/cache-keys.ts): what any card or page shows of it, its entry by id and digest. */
export function exhibitorFacts(exhibitor: SiteExhibitor): unknown {
	const { entry, ...facts } = exhibitor;
	return { ...facts, entry: { id: entry.id, digest: entry.digest } };
}
