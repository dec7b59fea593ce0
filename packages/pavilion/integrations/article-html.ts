import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import { imageMetadata } from 'astro/assets/utils';
import { Parser } from 'htmlparser2';
import { recordArticleProblem } from '../utils/article-problems.ts';
import { show } from '../utils/show.ts';
import { bodyImageProblems } from '../config/body-images.ts';
import { SAFE_SCHEMES, schemeOf } from '../utils/link-schemes.ts';

type HastPlugin = Exclude<
	SatteriResolvedOptions['hastPlugins'][number],
	((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false
>;
type Context = Parameters<NonNullable<HastPlugin['raw']>>[1];

/**
 * What an article body may hold (docs/refused.md). Raw HTML is welcome for structure and
 * presentation (tables, <details>, <sup>, classes), but nothing that runs script, embeds another
 * site's page or loads files from other hosts: press staff paste embed codes, and readers must not
 * run them. Such a body stops the build, naming the file and what was found; it is never
 * quietly stripped.
 */
const REFUSED_ELEMENTS = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'meta',
	'link',
	'form',
	'style',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'srcset']);
const isRemote = (value: string) => /^(https?:)?\/\//i.test(value.trim());

/** Problems with one tag of the body: its name and attributes. */
export function tagProblems(name: string, attributes: Readonly<Record<string, string>>, { raw }: { raw: boolean }): string[] {
	const tag = name.toLowerCase();
	const problems: string[] = [];
	if (REFUSED_ELEMENTS.has(tag))
		problems.push(
			`<${tag}> was given; expected no <${tag}>: an article cannot run script, embed another site or change the page around it`,
		);
	for (const [attribute, value] of Object.entries(attributes)) {
		const key = attribute.toLowerCase();
		if (key.startsWith('on')) problems.push(`the ${key} attribute on <${tag}> was given; expected none: it runs script`);
		if (key === 'style' && /url\s*\(|expression\s*\(/i.test(value))
			problems.push(`a style attribute loading ${show(value)} was given; expected styles without url()`);
		if (!URL_ATTRIBUTES.has(key)) continue;
		const links = key === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
		for (const link of links) {
			const scheme = schemeOf(link);
			if (scheme && !SAFE_SCHEMES.has(scheme))
				problems.push(`${key}=${show(link)} on <${tag}> was given; expected an http(s), mailto: or tel: address or a path`);
			else if (tag === 'img' && key !== 'href' && isRemote(link))
				problems.push(
					`an image from another site (${show(link)}) was given; expected an image file of this site, next to the article, so readers load nothing from other hosts`,
				);
			else if (raw && tag === 'img' && key === 'src' && !link.startsWith('/'))
				problems.push(
					`<img src=${show(link)}> in HTML was given; expected Markdown image syntax ![description](path), which Astro optimizes`,
				);
		}
	}
	return problems;
}

/**
 * The Sätteri hast plugin that applies the rules above to raw HTML, Markdown links and images, and
 * MDX elements, and checks that every local body image exists inside the project.
 */
export function articleBodyPlugin(projectRoot: URL, publicDir: URL): HastPlugin {
	/**
	 * Record what was found; the articles loader (for .md, rendered while content loads) or the end
	 * of the build (for .mdx, compiled with the pages) stops the build with it, naming the file.
	 * The node is dropped meanwhile, so nothing refused reaches a page even for a moment.
	 */
	const report = (ctx: Context, problems: readonly string[], node?: Parameters<Context['removeNode']>[0]) => {
		if (problems.length === 0) return;
		if (!ctx.fileURL) throw new Error(`An article body: ${problems.join('; ')}`);
		const file = fileURLToPath(ctx.fileURL);
		for (const problem of problems) recordArticleProblem(file, { field: 'body', problem });
		if (node) ctx.removeNode(node);
	};
	return {
		name: 'astro-pavilion:article-body',
		raw(node, ctx) {
			const problems: string[] = [];
			const parser = new Parser(
				{ onopentag: (name, attributes) => problems.push(...tagProblems(name, attributes, { raw: true })) },
				{ decodeEntities: true },
			);
			parser.write(node.value);
			parser.end();
			report(ctx, problems, node);
		},
		element: {
			filter: ['a', 'img'],
			async visit(node, ctx) {
				const attributes = Object.fromEntries(
					Object.entries(node.properties).flatMap(([key, value]) => (typeof value === 'string' ? [[key.toLowerCase(), value]] : [])),
				);
				const problems = tagProblems(node.tagName, attributes, { raw: false });
				if (node.tagName === 'img')
					problems.push(...bodyImageProblems(attributes.src ?? '', ctx.fileURL && fileURLToPath(ctx.fileURL), projectRoot, publicDir));
				report(ctx, problems, node);
				if (node.tagName === 'img' && problems.length === 0 && attributes.width === undefined)
					await fitBodyImage(node, attributes.src ?? '', ctx);
			},
		},
		mdxJsxFlowElement: { filter: [], visit: (node, ctx) => report(ctx, mdxProblems(node.name, node.attributes), node) },
		mdxJsxTextElement: { filter: [], visit: (node, ctx) => report(ctx, mdxProblems(node.name, node.attributes), node) },
	};
}

/**
 * Body images fill the text column (46rem, 736px): an original wider than twice that is served at
 * most 1200px wide, in the sizes a phone or a wide screen needs. A smaller one is left as it is.
 */
const BODY_IMAGE = { width: 1200, widths: [480, 800, 1200], sizes: '(min-width: 48rem) 46rem, 100vw' };

/** The file of an image path relative to the article; undefined for remote, scheme or public-folder addresses. */
function localImageFile(src: string, ctx: Context): string | undefined {
	if (!ctx.fileURL || !src || isRemote(src) || schemeOf(src) || src.startsWith('/')) return undefined;
	return resolve(dirname(fileURLToPath(ctx.fileURL)), decodeURI(src.split(/[?#]/)[0]!));
}

async function fitBodyImage(node: Parameters<Context['removeNode']>[0], src: string, ctx: Context): Promise<void> {
	const file = localImageFile(src, ctx);
	if (file === undefined) return;
	let width: number;
	try {
		({ width } = await imageMetadata(new Uint8Array(readFileSync(file)), file));
	} catch {
		// Astro reports an unreadable image itself when it processes it.
		return;
	}
	if (width <= BODY_IMAGE.width) return;
	ctx.setProperty(node, 'width', BODY_IMAGE.width);
	// Astro reads Markdown's widths as a list, MDX's as a space-separated string.
	ctx.setProperty(node, 'widths', ctx.sourceFormat === 'mdx' ? BODY_IMAGE.widths.join(' ') : BODY_IMAGE.widths);
	ctx.setProperty(node, 'sizes', BODY_IMAGE.sizes);
}

function mdxProblems(name: string | null, attributes: readonly unknown[]): string[] {
	// Components (capitalized, or member expressions) are the site's own code; only HTML elements are checked.
	if (!name || !/^[a-z]/.test(name) || name.includes('.')) return [];
	const strings = Object.fromEntries(
		attributes.flatMap((attribute) => {
			const { name: key, value } = attribute as { name?: unknown; value?: unknown };
			return typeof key === 'string' ? [[key, typeof value === 'string' ? value : '']] : [];
		}),
	);
	return tagProblems(name, strings, { raw: false });
}
