import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { perBuildRun } from './build-run.ts';
import { renderArticle } from './render-article.ts';
import type { SiteArticle } from './site-model.ts';

/*
 * An article body rendered to HTML outside its page, for the feeds. Each article is rendered at
 * most once per build however many feeds carry it (its locale's and its category's). It lives apart
 * from render-article.ts so that article pages do not load Astro's Container API, which only the
 * feeds need: `astro dev` compiles every module a page imports before the page answers.
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
