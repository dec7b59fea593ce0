/**
 * The prefixes a WordPress export uses, mapped onto the ones the importer reads (wp:, content:,
 * excerpt:, dc:). WordPress writes `xmlns:wp="http://wordpress.org/export/1.2/"`; exports that went
 * through other tools carry the same namespaces as https:// addresses, or under other prefixes.
 * A namespace is its address without the scheme and the final slash, so both forms are one.
 */
const KNOWN: readonly [RegExp, string][] = [
	[/^wordpress\.org\/export\/\d+\.\d+\/excerpt$/, 'excerpt'],
	[/^wordpress\.org\/export\/\d+\.\d+$/, 'wp'],
	[/^purl\.org\/rss\/1\.0\/modules\/content$/, 'content'],
	[/^purl\.org\/dc\/elements\/1\.1$/, 'dc'],
	[/^wellformedweb\.org\/CommentAPI$/, 'wfw'],
];

const namespaceOf = (uri: string) =>
	uri
		.trim()
		.replace(/^https?:\/\//i, '')
		.replace(/\/+$/, '');

/** Declared prefix → the importer's prefix, from the xmlns attributes of the export's first element. */
export function wxrPrefixes(xml: string): Map<string, string> {
	const prefixes = new Map<string, string>();
	const root = /<rss\b[^>]*>/i.exec(xml)?.[0] ?? '';
	for (const [, prefix, uri] of root.matchAll(/\bxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
		const canonical = KNOWN.find(([pattern]) => pattern.test(namespaceOf(uri!)))?.[1];
		if (canonical) prefixes.set(prefix!, canonical);
	}
	return prefixes;
}

/** A tag name with its prefix made the importer's: "wordpress:post_id" → "wp:post_id" when the export said so. */
export function canonicalTagName(name: string, prefixes: ReadonlyMap<string, string>): string {
	const colon = name.indexOf(':');
	if (colon < 0) return name;
	const canonical = prefixes.get(name.slice(0, colon));
	return canonical ? `${canonical}${name.slice(colon)}` : name;
}
