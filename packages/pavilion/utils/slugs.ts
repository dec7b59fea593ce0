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

/**
 * A URL segment is a folder of the built site (/news/expo-opens/ is news/expo-opens/index.html),
 * and file systems hold names of at most 255 bytes: the build would stop with ENAMETOOLONG,
 * naming no article. Names are written as UTF-8, where a Chinese character takes 3 bytes.
 */
export const MAX_SEGMENT_BYTES = 255;

const utf8 = new TextEncoder();
const bytesOf = (text: string) => utf8.encode(text).length;

/** "300 characters (300 bytes)", or "88 characters (264 bytes)" in Chinese. */
const lengthOf = (text: string) => `${String(Array.from(text).length)} characters (${String(bytesOf(text))} bytes)`;

/** What a segment of at most `limit` bytes holds, for people who count characters. */
const limitText = (limit: number) =>
	`at most ${String(limit)} bytes: ${String(Math.floor(limit / 3))} Chinese characters or ${String(limit)} Latin letters and digits`;

/** Why `slug` cannot be an article URL, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
	if (slug === '') return 'is empty; expected letters or digits';
	if (bytesOf(slug) > MAX_SEGMENT_BYTES)
		return `is ${lengthOf(slug)} long; expected a slug of ${limitText(MAX_SEGMENT_BYTES)}, since the slug names a folder of the built site and file systems refuse longer names`;
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

const identityOf = (label: string) => label.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
const baseOf = (identity: string) =>
	slugify(identity) || `tag-${Array.from(identity.replace(/\s/g, ''), (char) => char.codePointAt(0)!.toString(16)).join('-')}`;

/** The suffix tagSlugs may add to tell two tags with one slug apart: a dash and six characters. */
const TAG_SUFFIX_BYTES = 7;

/** Why `tag` cannot have a page of its own, or undefined when it can: its URL segment would be too long a folder name. */
export function tagProblem(tag: string): string | undefined {
	const slug = baseOf(identityOf(tag));
	const limit = MAX_SEGMENT_BYTES - TAG_SUFFIX_BYTES;
	if (bytesOf(slug) <= limit) return undefined;
	const segment = slug === tag ? '' : `, whose URL segment is ${lengthOf(slug)}`;
	return `is ${lengthOf(tag)} long${segment}; expected a tag of ${limitText(limit)}, since each tag has a page whose URL segment names a folder of the built site, and file systems refuse longer names`;
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
