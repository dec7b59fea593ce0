/**
 * What command-line tools may import: `import { siteOptions, frontmatterSchema } from 'astro-pavilion/tools'`.
 * The pavilion-import package (the importer and the new-article command) reads the site's options,
 * the fields the site adds (loadArticleFields), the front-matter schema and the helpers it shares
 * with the build from here, never by path. Plain Node code: nothing here reads Astro's virtual modules.
 */
import { parseUserConfig } from './config/user-config.ts';
import type { PavilionConfig } from './schemas/config.ts';

export { parseUserConfig } from './config/user-config.ts';
export { DEFAULT_CATEGORIES } from './schemas/categories.ts';
export type { PavilionConfig } from './schemas/config.ts';
export { loadArticleFields } from './config/article-fields.ts';
export { frontmatterSchema, type ArticleFields, type ImageFunction } from './schemas/frontmatter.ts';
export { fieldFacts, type FieldFacts } from './schemas/field-facts.ts';
export { FRONTMATTER_TEXT } from './schemas/field-text.ts';
export { calendarDate, isoWithOffset, zonedTime } from './utils/dates.ts';
export { SAFE_SCHEMES, schemeOf } from './utils/link-schemes.ts';
export { slugify, slugProblem } from './utils/slugs.ts';
export { svgProblems } from './utils/svg.ts';
export { articleUrl } from './utils/urls.ts';

/** The property pavilion() adds to its integration object so that tools can find the site's options. */
export const OPTIONS_PROPERTY = 'pavilionOptions';

/**
 * The site's pavilion() options from its loaded Astro config, validated the way a build validates
 * them; undefined when the config does not use pavilion().
 */
export function siteOptions(astroConfig: { integrations?: unknown[] }): PavilionConfig | undefined {
	const integration = (astroConfig.integrations ?? [])
		.flat(Infinity)
		.find((entry): entry is Record<string, unknown> => !!entry && (entry as { name?: unknown }).name === 'astro-pavilion');
	return integration ? parseUserConfig(integration[OPTIONS_PROPERTY]) : undefined;
}
