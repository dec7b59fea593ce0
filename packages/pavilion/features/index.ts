import { editor } from './editor/feature.ts';
import type { PavilionFeature } from './feature.ts';
import { offline } from './offline/feature.ts';
import { press } from './press/feature.ts';
import { previews } from './previews/feature.ts';
import { search } from './search/feature.ts';

export type { PavilionFeature } from './feature.ts';

/**
 * Every feature a site can turn off. The order is the post-build order within a round: previews
 * start drawing before search starts Pagefind.
 */
export const FEATURES: readonly PavilionFeature[] = [previews, search, offline, press, editor];

export const featuresOn = (config: Parameters<PavilionFeature['isOn']>[0]): PavilionFeature[] =>
	FEATURES.filter((feature) => feature.isOn(config));
