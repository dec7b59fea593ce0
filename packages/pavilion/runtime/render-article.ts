import { render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { MarkdownHeading } from 'astro';
import type { ArticleEntry } from './site-model.ts';

export interface RenderedArticle {
	Content: AstroComponentFactory;
	headings: MarkdownHeading[];
}

/**
 * The article's body as a component. The site's generated types name its own collections, which
 * the theme cannot see when it is type-checked alone; the entry is the articles collection's.
 */
export async function renderArticle(entry: ArticleEntry): Promise<RenderedArticle> {
	const collectionEntry: Parameters<typeof render>[0] = entry as never;
	const rendered: unknown = await render(collectionEntry);
	return rendered as RenderedArticle;
}
