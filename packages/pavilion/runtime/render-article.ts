import mdxRenderer from '@astrojs/mdx/server.js';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { MarkdownHeading } from 'astro';
import { perBuildRun } from '../utils/build-instant.ts';
import type { ArticleEntry, SiteArticle } from './site-model.ts';

export interface RenderedArticle {
	Content: Parameters<AstroContainer['renderToString']>[0];
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

/**
 * An article body rendered to HTML outside its page, for the feeds. Each article is rendered at
 * most once per build however many feeds carry it (its locale's and its category's).
 */
let container: Promise<AstroContainer> | undefined;
const renderedOfRun = perBuildRun(() => new Map<string, Promise<string>>());

function getContainer(): Promise<AstroContainer> {
	container ??= AstroContainer.create().then((created) => {
		created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
		return created;
	});
	return container;
}

export function renderArticleHtml(article: SiteArticle): Promise<string> {
	const rendered = renderedOfRun();
	let html = rendered.get(article.id);
	if (!html) {
		html = (async () => {
			const { Content } = await renderArticle(article.entry);
			// Components such as Callout read the locale from here: there is no page URL to take it from.
			return (await getContainer()).renderToString(Content, { locals: { pavilionLocale: article.locale } });
		})();
		rendered.set(article.id, html);
	}
	return html;
}
