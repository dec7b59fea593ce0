import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = SatteriResolvedOptions['hastPlugins'][number];

/**
 * A wide table scrolls sideways inside the text column (styles/prose.css), so keyboard readers
 * must be able to focus it to scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export const scrollableTablesPlugin: HastPluginEntry = {
	name: 'astro-pavilion:scrollable-tables',
	element: {
		filter: ['table'],
		visit(table, ctx) {
			if (table.properties.tabIndex === undefined) ctx.setProperty(table, 'tabIndex', 0);
		},
	},
};
