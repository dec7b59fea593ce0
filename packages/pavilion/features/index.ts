import { editor } from './editor/feature.ts';
import { exhibitors } from './exhibitors/feature.ts';
import type { PavilionFeature } from './feature.ts';
import { offline } from './offline/feature.ts';
import { press } from './press/feature.ts';
import { programme } from './programme/feature.ts';
import { previews } from './previews/feature.ts';
import { search } from './search/feature.ts';

export type { PavilionFeature } from './feature.ts';

/**
 * Every feature a site can turn off. Post-build steps start in this order within their round
 * (previews start drawing before search starts Pagefind), and config-time problems are found
 * in it (the editor's before the press centre's, as before the features had a list).
 */
export const FEATURES: readonly PavilionFeature[] = [previews, search, offline, editor, press, exhibitors, programme];

export const featuresOn = (config: Parameters<PavilionFeature['isOn']>[0]): PavilionFeature[] =>
	FEATURES.filter((feature) => feature.isOn(config));
