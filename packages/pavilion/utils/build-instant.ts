/**
 * The instant the build started, shared by the integration and the pages it renders. It lives in a
 * process slot rather than in a virtual module's code: Astro's incremental build hashes every
 * module a page imports, and a timestamp in module code would make every page look changed on
 * every build.
 */
import { processSlot } from './process-slot.ts';

const startedAt = processSlot<string>('build-instant');
const runs = processSlot<number>('build-run');

/**
 * Set by the integration as a build (or dev server) starts, before any page renders. Each start
 * counts as a new run: two builds in one process can load the same bundled page modules (their
 * code is identical when nothing changed), and what those modules computed for the first build
 * must not stand in for the second.
 */
export function startBuildRun(instant: Date): void {
	startedAt.set(instant.toISOString());
	runs.set((runs.get() ?? 0) + 1);
}

/** Which run of the integration in this process is current (0 when none has started). */
export function buildRun(): number {
	return runs.get() ?? 0;
}

/**
 * A value made once per run: a cache of work that registers files with Astro (images, rendered
 * bodies) or hands facts to the post-build steps must start empty for each build.
 */
export function perBuildRun<T>(make: () => T): () => T {
	let current: { run: number; value: T } | undefined;
	return () => {
		const run = buildRun();
		if (current?.run !== run) current = { run, value: make() };
		return current.value;
	};
}

/** One instant for the whole build: "future", the countdown and the copyright year all agree. */
export function buildInstant(): Date {
	const value = startedAt.get();
	// Unit tests import the theme's modules without running the integration.
	return value === undefined ? new Date() : new Date(value);
}
