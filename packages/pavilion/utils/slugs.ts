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

/**
 * URL slugs of a locale's tags. Spellings of one tag ("Smart Logistics", "smart logistics") share
 * a page, distinct tags never do: when two tags make the same slug ("C++" and "C#" both make "c"),
 * each that is not the plain spelling of the slug gets a short suffix of its own. A tag of symbols
 * or emoji only, which makes no slug at all, is named by its code points ("tag-1f680").
 */
export function tagSlugs(labels: Iterable<string>): Map<string, string> {
	const identityOf = (label: string) => label.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
	const baseOf = (identity: string) =>
		slugify(identity) || `tag-${Array.from(identity.replace(/\s/g, ''), (char) => char.codePointAt(0)!.toString(16)).join('-')}`;
	const identitiesBySlug = new Map<string, Set<string>>();
	const unique = [...new Set(labels)];
	for (const label of unique) {
		const identity = identityOf(label);
		const base = baseOf(identity);
		identitiesBySlug.set(base, (identitiesBySlug.get(base) ?? new Set()).add(identity));
	}
	return new Map(
		unique.map((label) => {
			const identity = identityOf(label);
			const base = baseOf(identity);
			const plain = identity.replace(/[\s_]+/g, '-') === base;
			return [label, identitiesBySlug.get(base)!.size > 1 && !plain ? `${base}-${shortHash(identity)}` : base];
		}),
	);
}

/** Six base-36 characters of FNV-1a: stable across builds and machines. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of text) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(6, '0').slice(-6);
}
