import Slugger from 'github-slugger';
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = SatteriResolvedOptions['hastPlugins'][number];

const SECTIONS = new Set(['h2', 'h3', 'h4']);

/**
 * Section headings of an article link to themselves, so a reader can copy the address of a
 * section (and search results can land on one). The theme's plugins run before Astro's own
 * heading ids are set, so this plugin gives every heading its id, with the same slugger and the
 * same text Astro would use: Astro keeps an id that is already there, so both agree, and the
 * headings list Astro reports (the table of contents) names the same anchors.
 */
export const headingLinksPlugin: HastPluginEntry = () => {
	const slugger = new Slugger();
	return {
		name: 'astro-pavilion:heading-links',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(heading, ctx) {
				const existing = heading.properties.id;
				const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(heading));
				if (!SECTIONS.has(heading.tagName)) {
					if (typeof existing !== 'string') ctx.setProperty(heading, 'id', id);
					return;
				}
				ctx.replaceNode(heading, {
					...heading,
					properties: { ...heading.properties, id },
					children: [
						{ type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['pv-heading-link'] }, children: heading.children },
					],
				});
			},
		},
	};
};
