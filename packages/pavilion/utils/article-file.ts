import { parse, stringify } from 'yaml';

/**
 * An article file as the browser editor reads and writes it: YAML front matter and a Markdown body.
 * Read with YAML 1.2 (dates stay the text written), written with YAML 1.1's quoting rules, so
 * that Astro's front-matter reader sees exactly the strings the editor saved: a title such as
 * 2026-08-12 or yes stays a title. A `source` written as a name alone reads as { name }, the
 * form the editor's source block edits; the theme reads both the same way.
 */
export const ARTICLE_FORMAT = 'pavilion-frontmatter';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function readArticleFile(content: string): Record<string, unknown> {
	const match = FRONT_MATTER.exec(content);
	if (!match) return { body: content };
	const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
	if (typeof data.source === 'string') data.source = { name: data.source };
	return { ...data, body: match[2]! };
}

/** `order` is the fields' order in the editor, which Decap passes along: files keep one order, and diffs stay small. */
export function writeArticleFile(data: Record<string, unknown>, order: readonly string[] = []): string {
	const { body = '', ...fields } = data;
	const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
	const frontMatter = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
	const text = typeof body === 'string' ? body : String(body);
	const yaml = stringify(frontMatter, { version: '1.1', lineWidth: 0 });
	return `---\n${yaml}---\n${text.endsWith('\n') || text === '' ? text : `${text}\n`}`;
}
