import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleError } from './entry-checks.ts';

/**
 * With the `mdx` option false, an .mdx file among the articles stops the build before anything
 * compiles it: MDX is JavaScript that runs on the build machine, so a site that takes articles from
 * people whose code it would not run accepts Markdown only. The folder is read here, since the glob
 * loader would pass over a file type no integration handles without a word.
 */
export function refuseMdxArticles(folder: string, root: URL): void {
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch {
		return;
	}
	const mdx = names.find((name) => /\.mdx$/i.test(name));
	if (mdx)
		throw articleError(
			join(folder, mdx),
			root,
			'file type',
			'".mdx" was given; expected a Markdown (.md) article, since the mdx option is false: MDX runs code when the site is built (see docs/mdx.md)',
		);
}
