/**
 * The instant the build started, shared by the integration and the pages it renders. It lives in a
 * process slot rather than in a virtual module's code: Astro's incremental build hashes every
 * module a page imports, and a timestamp in module code would make every page look changed on
 * every build.
 */
import { processSlot } from './process-slot.ts';

const startedAt = processSlot<string>('build-instant');

/** Set once by the integration, before any page renders. */
export function setBuildInstant(instant: Date): void {
	startedAt.set(instant.toISOString());
}

/** One instant for the whole build: "future", the countdown and the copyright year all agree. */
export function buildInstant(): Date {
	const value = startedAt.get();
	// Unit tests import the theme's modules without running the integration.
	return value === undefined ? new Date() : new Date(value);
}
