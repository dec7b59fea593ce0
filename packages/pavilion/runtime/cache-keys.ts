/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * module graph are unchanged since the last build is copied from the cache instead of rendered.
 *
 * A key must change whenever the page's HTML would. Astro already covers the page's code (every
 * module it imports, the options and translations included) and the article body it renders.
 * What is left is data from the site model, so a key holds every model fact of the articles the
 * page shows, its neighbours' cards included, and the day of the build (the countdown and the
 * copyright year follow the calendar).
 */
import { createHash } from 'node:crypto';
import build from 'virtual:pavilion/build';
import { calendarDate } from '../utils/dates.ts';
import type { SiteArticle } from './site-model.ts';
import { buildInstant, perBuildRun } from './build-run.ts';
import { config } from './site.ts';

/** The countdown and the copyright year follow the calendar: a page cached yesterday may differ today. Worked out once per build. */
const buildDay = perBuildRun(() => {
	const now = buildInstant();
	return `${calendarDate(now, config.expo.timezone)}/${String(now.getFullYear())}`;
});

/** An article's own facts: everything a page or card can show of it, without its neighbours. */
function ownFacts(article: SiteArticle): unknown {
	const { entry, newer: _newer, older: _older, related: _related, ...facts } = article;
	return { ...facts, entry: { id: entry.id, digest: entry.digest } };
}

/** What getStaticPaths() adds to a path: a key in a production build, nothing in `astro dev`, which renders each page when asked. */
export interface CacheKey {
	cacheKey?: string;
}

/**
 * An imported image (a cover) stands in a key for its file's path, read without touching the image.
 * Astro ships an image's untouched original, EXIF and full size included, as soon as server code
 * reads any other property of it (its import is a proxy that marks the file as used), and serializing
 * the cover would read them all. Its content still counts: the names of its variants, which the key
 * holds, carry a hash of it.
 */
function withoutOriginals(_key: string, value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	const fsPath = (value as { fsPath?: unknown }).fsPath;
	return typeof fsPath === 'string' ? { image: fsPath } : value;
}

export function cacheKey(value: unknown): CacheKey {
	if (!build.production) return {};
	return {
		cacheKey: createHash('sha256')
			.update(JSON.stringify([buildDay(), value], withoutOriginals))
			.digest('base64url'),
	};
}

/**
 * The article's page: the article, the cards and links of the articles around it, and the facts of
 * the exhibitors it names (features/exhibitors/runtime/exhibitor-facts.ts), whose cards follow it.
 */
export function articlePageKey(article: SiteArticle, exhibitorFacts: readonly unknown[] = []): CacheKey {
	const { newer, older, related } = article;
	return cacheKey([ownFacts(article), newer && ownFacts(newer), older && ownFacts(older), related.map(ownFacts), exhibitorFacts]);
}

/** A page of a list: what it is a list of, where it is in the list, and the cards on it. */
export function listPageKey(
	page: { data: readonly SiteArticle[]; total: number; currentPage: number; lastPage: number },
	of: unknown,
): CacheKey {
	return cacheKey([of, page.total, page.currentPage, page.lastPage, page.data.map(ownFacts)]);
}
