/**
 * URL slugs keep letters of every script, so a Chinese tag stays readable (/news/tag/机器人/),
 * while Latin text is lower-cased and punctuation becomes single dashes.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** Segments the news section already uses; an article slug equal to one would shadow a list page. */
export const RESERVED_SLUGS = ['category', 'tag', 'archive', 'rss', 'page', 'search'] as const;

/** Why `slug` cannot be an article URL, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
	if (slug === '') return 'is empty; expected letters or digits';
	if (slugify(slug) !== slug) return `expected lower-case letters, digits and single dashes, such as "${slugify(slug) || 'expo-opens'}"`;
	if (/^\d+$/.test(slug))
		return 'is only digits, which would collide with the list page numbers (/news/2/); expected a slug with at least one letter';
	if ((RESERVED_SLUGS as readonly string[]).includes(slug))
		return `is reserved for the news section's own pages; expected another slug than ${RESERVED_SLUGS.join(', ')}`;
	return undefined;
}
