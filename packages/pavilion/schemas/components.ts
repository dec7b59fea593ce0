import { z } from 'astro/zod';

/** The components an organizer may replace. Each stays importable as astro-pavilion/components/<Name>.astro, so an override can wrap it. */
export const OVERRIDABLE_COMPONENTS = [
	'Head',
	'Header',
	'Footer',
	'Hero',
	'ExpoInfo',
	'ArticleCard',
	'ArticleMeta',
	'SourceLine',
	'ShareBar',
	'Search',
	'LanguageSwitch',
] as const;
export type OverridableComponent = (typeof OVERRIDABLE_COMPONENTS)[number];

export const ComponentsSchema = z
	.partialRecord(
		z.enum(OVERRIDABLE_COMPONENTS),
		z.string().regex(/\.astro$/, 'expected the path of an .astro file, such as "./src/components/Footer.astro"'),
	)
	.default({})
	.describe(
		`Replace theme components with your own .astro files: { Footer: "./src/components/Footer.astro" }. Paths are from the project root. Replaceable: ${OVERRIDABLE_COMPONENTS.join(', ')}.`,
	);
