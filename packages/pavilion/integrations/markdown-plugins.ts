import type { AstroConfig } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { ArticleProblemRecord } from './article-problems.ts';
import { articleBodyPlugin } from './article-html.ts';
import { cjkEmphasisPlugin } from './cjk-emphasis.ts';
import { figuresPlugin } from './figures.ts';
import { headingLinksPlugin } from './heading-links.ts';
import { singleTildePlugin } from './single-tilde.ts';
import { scrollableTablesPlugin } from './tables.ts';

/**
 * Add the theme's Markdown plugins to the configured processor: the body rules (article-html.ts),
 * figures, heading links, focusable wide tables, strikethrough by `~~` only (single-tilde.ts) and CJK-friendly emphasis (cjk-emphasis.ts). Sätteri (Astro 7's default) is made to be extended this way; MDX shares the same
 * processor. Returns false when another processor is in use, so the caller can say so.
 *
 * Sätteri's `features.rawHtml` (reparse raw HTML into elements) stays off: it parses with
 * html5ever with scripting off, so `<noscript>` content reads as markup where every reader's browser
 * reads raw text, and it re-serializes such content unchanged. The body plugin reparses with parse5,
 * scripting on, instead (utils/body-html.ts).
 */
export function addMarkdownPlugins(
	markdown: AstroConfig['markdown'],
	projectRoot: URL,
	publicDir: URL,
	compiledProblems: ArticleProblemRecord,
): boolean {
	const processor = markdown.processor;
	if (!isSatteriProcessor(processor)) return false;
	const plugins = processor.options.hastPlugins;
	const body = articleBodyPlugin(projectRoot, publicDir, compiledProblems);
	// A body plugin left by an earlier start of the integration on the same config reports to that start's record: this start's replaces it.
	const earlier = plugins.findIndex(
		(plugin) => typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === body.name,
	);
	if (earlier === -1) plugins.push(body);
	else plugins[earlier] = body;
	for (const plugin of [figuresPlugin, headingLinksPlugin, scrollableTablesPlugin]) if (!plugins.includes(plugin)) plugins.push(plugin);
	const mdastPlugins = processor.options.mdastPlugins;
	// In this order: the CJK emphasis plugin must see single tildes as the text they were written as.
	for (const plugin of [singleTildePlugin, cjkEmphasisPlugin]) if (!mdastPlugins.includes(plugin)) mdastPlugins.push(plugin);
	return true;
}
