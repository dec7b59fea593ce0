import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleError } from './entry-checks.ts';

/**
 * The article file as its author wrote it. Astro reads files as UTF-8 whatever they hold, turning
 * a GBK-encoded article into replacement characters, and its YAML parser turns an unquoted
 * 2024-13-45 into a date in 2025: the loader reads the source itself to refuse the first and to
 * read the dates as written.
 */
export function readArticleSource(file: string, root: URL): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
	} catch {
		throw articleError(
			file,
			root,
			'file',
			'is not UTF-8 text (it may be saved as GBK or another encoding); expected the file saved as UTF-8, which every editor offers under "Save with encoding"',
		);
	}
}

/**
 * A file that opens its front matter with "---" and never closes it is read by Astro as all body
 * and no fields, and the build would say the title is missing although it is on line 2.
 */
export function checkFrontMatterClosed(source: string, file: string, root: URL): void {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trimEnd() !== '---' || lines.slice(1).some((line) => line.trimEnd() === '---')) return;
	throw articleError(
		file,
		root,
		'front matter',
		`opens with --- on line 1 and is never closed; expected a line of three dashes (---) after the last field, before the article's text`,
	);
}

/** The front-matter values exactly as written, all as text: no date, number or boolean guessing. */
export function frontMatterAsWritten(source: string): Record<string, unknown> {
	const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(source)?.[1];
	if (block === undefined) return {};
	try {
		const values: unknown = parse(block, { schema: 'failsafe' });
		return typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
	} catch {
		// Astro's own parse reports the YAML error, with its line, and the loader restates it.
		return {};
	}
}

/**
 * Files in the articles folder that look like articles but would be skipped: the glob loader
 * matches ".md" exactly, so "Expo.MD" would silently never appear.
 */
export function findMisnamedArticles(folder: string, root: URL): void {
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch {
		return;
	}
	for (const name of names) {
		const extension = /\.(md|mdx|markdown|mdown|mkd)$/i.exec(name)?.[0];
		if (extension && extension !== '.md' && extension !== '.mdx') {
			throw articleError(
				join(folder, name),
				root,
				'file name',
				`ends in "${extension}"; expected ".md" or ".mdx" in lower case (rename the file), or the article is never published`,
			);
		}
	}
}
