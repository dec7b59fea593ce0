import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DemoArticleSource {
	file: string;
	locale: string;
	draft: boolean;
	/** The URL the article should have: slug from the front matter or the file name. */
	url: string;
}

/**
 * The demo's article files, read straight from disk (not through the theme), so a test can check
 * that the build made a page for each one.
 */
export function demoArticleSources(root: string): DemoArticleSource[] {
	const base = join(root, 'site/articles');
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? walk(join(dir, entry.name)) : /\.mdx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
		);
	return walk(base).map((path) => {
		const file = relative(root, path);
		const [locale = ''] = relative(base, path).split(/[\\/]/);
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
		const slug = /^slug:\s*(.+)$/m.exec(frontmatter)?.[1]?.trim() ?? path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
		return {
			file,
			locale,
			draft: /^draft:\s*true\s*$/m.test(frontmatter),
			url: `${locale === 'zh' ? '' : `/${locale}`}/news/${slug}/`,
		};
	});
}
