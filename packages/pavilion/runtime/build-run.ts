/**
 * The build the pages are rendered for: its one instant and the start of the integration it
 * belongs to, both decided in `astro:config:setup` and handed over in `virtual:pavilion/build-run`
 * (integrations/virtual-modules.ts), so they reach the pages whatever process or runtime renders
 * them (an adapter's prerenderer included). `SOURCE_DATE_EPOCH` pins the instant.
 */
import { instant, start } from 'virtual:pavilion/build-run';

/** One instant for the whole build: "future", the countdown and the copyright year all agree. */
export function buildInstant(): Date {
	return new Date(instant);
}

/**
 * A value made once per build: a cache of work that registers files with Astro (images, rendered
 * bodies) or that the build's facts come from must start empty for each build. Keyed on the
 * start, which also makes the module that holds it new code for each build: two builds in one
 * process never share the bundled module, so never the value.
 */
export function perBuildRun<T>(make: () => T): () => T {
	let current: { start: string; value: T } | undefined;
	return () => {
		if (current?.start !== start) current = { start, value: make() };
		return current.value;
	};
}
