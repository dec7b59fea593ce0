import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';

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
