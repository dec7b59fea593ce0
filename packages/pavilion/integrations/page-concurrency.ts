/**
 * How many pages Astro renders at once. Each page Astro writes costs four waits on the disk when
 * incremental builds are on (a folder and a file in `dist/`, the same again in its cache), and at
 * Astro's default of one page at a time the main thread sat idle for a third to a half of
 * "generating static routes". Four pages at a time fill those waits: the routes of the
 * 1,000-article benchmark took 4.7–4.9 s instead of 6.3 s, with the same peak memory; eight gave
 * no more. A site that sets `build.concurrency` itself keeps its own number.
 */
export const PAGES_AT_ONCE = 4;

/** Astro's `build` options to add: none when the site chose a concurrency other than Astro's default. */
export function pageConcurrency(configured: number): { concurrency?: number } {
	return configured === 1 ? { concurrency: PAGES_AT_ONCE } : {};
}
