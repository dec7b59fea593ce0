import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { imageMetadata } from 'astro/assets/utils';
import { BODY_PROBLEMS_KEY, type ArticleProblem, type ArticleProblemRecord } from './article-problems.ts';
import { attributeAllowed, elementFate, isRemote, tagProblems } from '../utils/body-policy.ts';
import { MARKDOWN_IMAGE, readBodyHtml } from '../utils/body-html.ts';
import { schemeOf } from '../utils/link-schemes.ts';
import { hiddenByAuthor } from '../utils/hidden-elements.ts';
import { keptStyle } from '../utils/style-policy.ts';
import { bodyImageProblems } from '../loaders/body-images.ts';

type HastPlugin = Exclude<
	SatteriResolvedOptions['hastPlugins'][number],
	((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false
>;
type Context = Parameters<NonNullable<HastPlugin['raw']>>[1];

/**
 * The Sätteri hast plugin that holds article bodies to the allow-list (utils/body-policy.ts): raw
 * HTML, Markdown links and images, and MDX elements. It also checks that every local body image
 * exists inside the project, and sizes the large ones.
 */
export function articleBodyPlugin(projectRoot: URL, publicDir: URL, compiledProblems: ArticleProblemRecord): HastPlugin {
	/**
	 * Record what was found (integrations/article-problems.ts): in the rendering's front matter for .md,
	 * which the articles loader reads while content loads, or in the integration's record for .mdx,
	 * compiled with the pages and read when the build is done. Either stops the build naming the
	 * file. The node is dropped meanwhile, so nothing refused reaches a page even for a moment.
	 */
	const report = (ctx: Context, problems: readonly string[], node?: Parameters<Context['removeNode']>[0]) => {
		if (problems.length === 0) return;
		if (!ctx.fileURL) throw new Error(`An article body: ${problems.join('; ')}`);
		const file = fileURLToPath(ctx.fileURL);
		const found: ArticleProblem[] = problems.map((problem) => ({ field: 'body', problem }));
		const frontmatter = ctx.sourceFormat === 'mdx' ? undefined : ctx.data.astro?.frontmatter;
		if (frontmatter)
			frontmatter[BODY_PROBLEMS_KEY] = [...((frontmatter[BODY_PROBLEMS_KEY] as ArticleProblem[] | undefined) ?? []), ...found];
		else for (const problem of found) compiledProblems.record(file, problem);
		if (node) ctx.removeNode(node);
	};
	return {
		name: 'astro-pavilion:article-body',
		/*
		 * A Markdown body is turned into HTML (raw HTML as written, Markdown's own elements around
		 * it), read back as a browser reads it, judged and cut down to the allow-list
		 * (utils/body-html.ts), and the tree is replaced by what the allow-list keeps: so what
		 * reaches the page is what was judged, tags split over several raw blocks included. MDX has
		 * no raw HTML: its HTML elements are judged where they stand (cleanMdxElements).
		 */
		before(root, ctx) {
			if (ctx.sourceFormat === 'mdx') {
				cleanMdxElements(root, ctx, report);
				return;
			}
			const mark = randomUUID();
			const { tree, problems } = readBodyHtml(toHtml(markMarkdownImages(root, mark), { allowDangerousHtml: true }), {
				markdownImage: mark,
				dropRefused: true,
			});
			report(ctx, problems);
			ctx.replaceNode(root, tree);
		},
		element: {
			filter: ['a', 'img'],
			async visit(node, ctx) {
				const attributes = Object.fromEntries(
					Object.entries(node.properties).flatMap(([key, value]) => (typeof value === 'string' ? [[key.toLowerCase(), value]] : [])),
				);
				// A Markdown body was judged whole before; an MDX body's links and images are judged here.
				const problems = ctx.sourceFormat === 'mdx' ? tagProblems(node.tagName, attributes, { raw: false }) : [];
				if (node.tagName === 'img')
					problems.push(...bodyImageProblems(attributes.src ?? '', ctx.fileURL && fileURLToPath(ctx.fileURL), projectRoot, publicDir));
				report(ctx, problems, node);
				if (node.tagName === 'img' && problems.length === 0 && attributes.width === undefined)
					await fitBodyImage(node, attributes.src ?? '', ctx);
			},
		},
	};
}

/** A copy of the tree whose images (all made from Markdown syntax: raw HTML is still raw text here) carry the mark. */
function markMarkdownImages(root: Readonly<Root>, mark: string): Root {
	const copy = <N extends Root | RootContent>(node: N): N => {
		if (!('children' in node)) return node;
		const children = node.children.map((child) => copy(child));
		if (node.type === 'element' && node.tagName === 'img')
			return { ...node, properties: { ...node.properties, [MARKDOWN_IMAGE]: mark }, children };
		return { ...node, children };
	};
	return copy(root as Root);
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

type MdxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Report = (ctx: Context, problems: readonly string[]) => void;

const isMdxElement = (node: Root | RootContent): node is MdxElement =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** Components (capitalized, or member expressions) are the site's own code; lower-case names are HTML. */
const isMdxHtml = (node: MdxElement): node is MdxElement & { name: string } =>
	!!node.name && /^[a-z]/.test(node.name) && !node.name.includes('.');

/**
 * The HTML elements written in an MDX body (`<span class="x">`) follow the rules of raw HTML:
 * refused constructs stop the build; an element off the allow-list is unwrapped or dropped, and an
 * attribute off it, or one whose value is an expression that cannot be judged before the page
 * runs, is dropped. Each outermost element that changes is replaced once, by its cleaned copy:
 * changes queued on its descendants would be lost when it is replaced.
 */
function cleanMdxElements(root: Readonly<Root>, ctx: Context, report: Report): void {
	const walk = (node: Root | RootContent) => {
		if (isMdxElement(node) && isMdxHtml(node)) {
			const { nodes, changed } = cleanedMdx(node, ctx, report);
			if (changed) ctx.replaceNode(node, nodes);
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(root);
}

function cleanedMdx(node: RootContent, ctx: Context, report: Report): { nodes: RootContent[]; changed: boolean } {
	if (!('children' in node)) return { nodes: [node], changed: false };
	const cleaned = node.children.map((child) => cleanedMdx(child, ctx, report));
	const childrenChanged = cleaned.some(({ changed }) => changed);
	const children = cleaned.flatMap(({ nodes }) => nodes) as typeof node.children;
	if (!isMdxElement(node) || !isMdxHtml(node))
		return childrenChanged ? { nodes: [{ ...node, children }], changed: true } : { nodes: [node], changed: false };
	const tag = node.name.toLowerCase();
	const strings: Record<string, string> = {};
	const kept: typeof node.attributes = [];
	let restyled = false;
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') continue;
		const key = jsxAttributeName(attribute.name);
		const judged = attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string';
		// An expression value is judged as if it were empty (an event handler is refused whatever it holds), then dropped.
		strings[key] = typeof attribute.value === 'string' ? attribute.value : '';
		if (!judged || !attributeAllowed(tag, key)) continue;
		if (key !== 'style' || typeof attribute.value !== 'string') kept.push(attribute);
		else {
			// The same declarations as in Markdown (utils/style-policy.ts); a style left empty goes.
			const style = keptStyle(attribute.value);
			if (style === attribute.value) kept.push(attribute);
			else {
				restyled = true;
				if (style !== '') kept.push({ ...attribute, value: style });
			}
		}
	}
	const problems = tagProblems(tag, strings, { raw: false });
	report(ctx, problems);
	// What the author hid goes with its content, as in Markdown (utils/body-html.ts): the allow-list would drop `hidden` and show it.
	const hidden = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'hidden');
	// `hidden` alone (null) or hidden="…" hides; an expression such as hidden={false} is not judged here.
	const hiddenValue = hidden?.value === null ? true : typeof hidden?.value === 'string' ? hidden.value || true : undefined;
	const hiddenByAuthorHere = hiddenByAuthor({ properties: { hidden: hiddenValue, style: strings.style } });
	const fate = problems.length > 0 || hiddenByAuthorHere ? 'drop' : elementFate(tag);
	if (fate === 'drop') return { nodes: [], changed: true };
	if (fate === 'unwrap') return { nodes: children, changed: true };
	if (!childrenChanged && !restyled && kept.length === node.attributes.length) return { nodes: [node], changed: false };
	return { nodes: [{ ...node, attributes: kept, children }], changed: true };
}

/** The HTML name of a JSX attribute: `className` is `class`, `srcSet` is `srcset`. */
function jsxAttributeName(name: string): string {
	const lower = name.toLowerCase();
	return lower === 'classname' ? 'class' : lower === 'htmlfor' ? 'for' : lower;
}
