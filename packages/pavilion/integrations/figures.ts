import type { AstroConfig } from 'astro';
import { isSatteriProcessor, type SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import { articleBodyPlugin } from './article-html.ts';
import { cjkEmphasisPlugin } from './cjk-emphasis.ts';
import { headingLinksPlugin } from './heading-links.ts';
import { scrollableTablesPlugin } from './tables.ts';

// An entry may also be a factory, a list or a falsy placeholder: keep the plain plugin object.
type HastPlugin = Exclude<
	SatteriResolvedOptions['hastPlugins'][number],
	((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false
>;
type Visitor = Extract<NonNullable<HastPlugin['element']>, { filter: string[] }>;
type Paragraph = Parameters<Visitor['visit']>[0];
type HastChild = Paragraph['children'][number];

const isBlank = (node: HastChild) => node.type === 'text' && !node.value.trim();

/**
 * A Markdown image with a title, alone in its paragraph, becomes a captioned figure:
 * `![Hall plan](../../images/floorplan.png "Halls 1–8 around the central plaza")`.
 * The image element is kept, so Astro still optimizes it (and lazy-loads it) afterwards.
 */
export const figuresPlugin: HastPlugin = {
	name: 'astro-pavilion:figures',
	element: {
		filter: ['p'],
		visit(paragraph, ctx) {
			const content = paragraph.children.filter((child) => !isBlank(child));
			const image = content[0];
			if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return;
			const caption = image.properties.title;
			if (typeof caption !== 'string' || !caption.trim()) return;
			const { title: _caption, ...properties } = image.properties;
			ctx.replaceNode(paragraph, {
				type: 'element',
				tagName: 'figure',
				properties: {},
				children: [
					{ ...image, properties },
					{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] },
				],
			});
		},
	},
};

/**
 * Add the theme's Markdown plugins to the configured processor: the body rules (article-html.ts),
 * figures, heading links, focusable wide tables and CJK-friendly emphasis (cjk-emphasis.ts). Sätteri (Astro 7's default) is made to be extended this way; MDX shares the same
 * processor. Returns false when another processor is in use, so the caller can say so.
 */
export function addMarkdownPlugins(markdown: AstroConfig['markdown'], projectRoot: URL): boolean {
	const processor = markdown.processor;
	if (!isSatteriProcessor(processor)) return false;
	const plugins = processor.options.hastPlugins;
	const named = (name: string) =>
		plugins.some((plugin) => typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === name);
	const body = articleBodyPlugin(projectRoot);
	if (!named(body.name)) plugins.push(body);
	if (!plugins.includes(figuresPlugin)) plugins.push(figuresPlugin);
	if (!plugins.includes(headingLinksPlugin)) plugins.push(headingLinksPlugin);
	if (!plugins.includes(scrollableTablesPlugin)) plugins.push(scrollableTablesPlugin);
	const mdastPlugins = processor.options.mdastPlugins;
	if (!mdastPlugins.includes(cjkEmphasisPlugin)) mdastPlugins.push(cjkEmphasisPlugin);
	return true;
}
