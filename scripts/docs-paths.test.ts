import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Docs and comments that name a file which has moved send the next contributor looking for it.
 * Every repository path the docs put in backticks, and every theme path a comment names, must
 * exist. The matching is conservative: only paths under the repository's and the theme's own
 * folders are checked. `site/` and `src/` are left out: the docs use them for an organizer's
 * project (`site/articles/zh/x.md`, `src/pages/`), which this repository's demo need not have.
 * The hooks of `index.ts` are held to docs/architecture.md the same way.
 */
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const theme = join(repo, 'packages/pavilion');

/** Folders of this repository: a path starting with one of them names a file here. */
const REPO_FOLDERS = ['packages', 'scripts', 'e2e', 'docs', 'demo-art', '.changeset', '.github'];
/** The theme's folders: docs and comments name theme files relative to `packages/pavilion/`. */
const THEME_FOLDERS = readdirSync(theme, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
	.map((entry) => entry.name);

/** Paths that are meant not to exist in the repository, each with its reason. */
const ALLOWED_MISSING: Record<string, string> = {
	// Made by the build tests for their fixture sites and git-ignored; CONTRIBUTING says where to look.
	'__tests__/.tmp/': 'test output',
};

const PATH = /^\.?[\w@-][\w.@-]*(?:\/[\w.@-]+)*\/?$/;

/** Where a named path may live: the repository root, the theme, or the naming file's folder. */
function exists(path: string, from: string): boolean {
	const first = path.replace(/^\.\//, '').split('/')[0]!;
	const bases = [...(REPO_FOLDERS.includes(first) ? [repo] : []), ...(THEME_FOLDERS.includes(first) ? [theme] : [])];
	if (bases.length === 0) return true;
	return [...bases, dirname(from)].some((base) => existsSync(join(base, path)));
}

/** Backticked spans of a Markdown file that look like a path: a slash, no spaces, no globs. */
export function backtickedPaths(markdown: string): string[] {
	const withoutFences = markdown.replace(/^```[\s\S]*?^```/gm, '');
	return [...withoutFences.matchAll(/`([^`\n]+)`/g)]
		.map(([, span]) => span!)
		.filter((span) => span.includes('/') && PATH.test(span) && !span.includes('://'));
}

/** Theme-relative or repository paths with a file extension named inside comments. */
export function commentPaths(source: string): string[] {
	const comments = [...source.matchAll(/\/\*[\s\S]*?\*\/|(?<![:\w'"`])\/\/[^\n]*|<!--[\s\S]*?-->/g)].map(([text]) => text);
	return comments.flatMap((text) =>
		[...text.matchAll(/(?<![\w./@-])((?:[\w@-][\w.@-]*\/)+[\w-]+(?:\.[\w-]+)*\.(?:ts|astro|mjs|js|json|css|md))\b/g)].map(
			([, path]) => path!,
		),
	);
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return /^(node_modules|dist|\.astro|\.tmp|bench)$/.test(entry.name) ? [] : filesUnder(path, keep);
		return keep(entry.name) ? [path] : [];
	});
}

const missing = (file: string, paths: string[]) =>
	paths.filter((path) => !(path in ALLOWED_MISSING) && !exists(path, file)).map((path) => `${relative(repo, file)} names ${path}`);

const DOCS = [
	...['README.md', 'CONTRIBUTING.md', 'BENCHMARKS.md', 'packages/pavilion/README.md'].map((file) => join(repo, file)),
	...filesUnder(join(repo, 'docs'), (name) => name.endsWith('.md')),
];

/** Markdown without its code blocks and code spans, where `[text](path)` is an example, not a link. */
const withoutCode = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

describe('paths named in docs and comments', () => {
	it('extracts repository paths and leaves example text alone', () => {
		expect(backtickedPaths('See `utils/urls.ts`, `pnpm build`, `a / b`, `https://x.org/a` and `**/*.md`.')).toEqual(['utils/urls.ts']);
		expect(commentPaths("// see config/user-config.ts.\nconst url = 'https://example.com/utils/x.ts';")).toEqual(['config/user-config.ts']);
		expect(exists('site/articles/zh/x.md', join(repo, 'README.md'))).toBe(true);
		expect(exists('utils/no-such-file.ts', join(repo, 'README.md'))).toBe(false);
	});

	it('names only files that exist in the docs', () => {
		const named = DOCS.map((file) => [file, backtickedPaths(readFileSync(file, 'utf8'))] as const);
		expect(named.flatMap(([, paths]) => paths).length).toBeGreaterThan(100);
		expect(named.flatMap(([file, paths]) => missing(file, paths))).toEqual([]);
	});

	it('links only to files that exist', () => {
		const links = DOCS.flatMap((file) =>
			[...withoutCode(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
				.map(([, target]) => target!)
				.filter((target) => !/^(https?:|mailto:|#|\/)/.test(target))
				.map((target) => [file, target.split('#')[0]!] as const),
		);
		expect(links.length).toBeGreaterThan(20);
		expect(
			links
				.filter(([file, target]) => !existsSync(join(dirname(file), target)))
				.map(([file, target]) => `${relative(repo, file)} links to ${target}`),
		).toEqual([]);
	});

	it('lists in docs/architecture.md every hook the integration has', () => {
		const hooks = [...readFileSync(join(theme, 'index.ts'), 'utf8').matchAll(/'(astro:[\w:-]+)':/g)].map(([, hook]) => hook!);
		const architecture = readFileSync(join(repo, 'docs/architecture.md'), 'utf8');
		expect(hooks.length).toBeGreaterThan(1);
		expect(hooks.filter((hook) => !architecture.includes(`**\`${hook}\`**`))).toEqual([]);
	});

	it('names only files that exist in the comments of the theme, the scripts and the browser tests', () => {
		const sources = [theme, join(repo, 'scripts'), join(repo, 'e2e')].flatMap((dir) =>
			filesUnder(dir, (name) => /\.(ts|astro|mjs)$/.test(name)),
		);
		expect(sources.length).toBeGreaterThan(100);
		expect(sources.flatMap((file) => missing(file, commentPaths(readFileSync(file, 'utf8'))))).toEqual([]);
	});
});
