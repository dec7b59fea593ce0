import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/**
 * The articles already in a locale folder: their slugs, which an import must not take, and the old
 * address each imported one came from (a comment on the first line of its front matter). Running
 * the import again finds the file made last time by that address, and leaves it alone unless
 * --force is given: a re-run never makes a second copy of an article under another name.
 */
export const IMPORTED_FROM = '# imported from ';

export interface ExistingArticles {
	/** Slug → file. */
	slugs: Map<string, string>;
	/** Old address or input → file. */
	origins: Map<string, string>;
}

export function existingArticles(folder: string): ExistingArticles {
	const slugs = new Map<string, string>();
	const origins = new Map<string, string>();
	if (!existsSync(folder)) return { slugs, origins };
	for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(entry)) continue;
		const file = join(folder, entry);
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch {
			continue;
		}
		const slug = slugField(text);
		slugs.set(typeof slug === 'string' && slug ? slug : basename(entry).replace(/\.mdx?$/, ''), file);
		const origin = new RegExp(`^\\uFEFF?---\\r?\\n${IMPORTED_FROM}([^\\r\\n]+)`).exec(text)?.[1]?.trim();
		if (origin) origins.set(origin, file);
	}
	return { slugs, origins };
}

/** The `slug` field of the front matter, read as text; undefined when there is none or the YAML is broken. */
function slugField(source: string): unknown {
	const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
	if (block === undefined) return undefined;
	try {
		return (parse(block, { schema: 'failsafe' }) as Record<string, unknown> | null)?.slug;
	} catch {
		return undefined;
	}
}
