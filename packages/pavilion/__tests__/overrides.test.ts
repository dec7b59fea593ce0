import { rmSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, jsonLdOf, withOptions, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * Head, Footer and ArticleCard replaced by the smallest components an organizer could write.
 * What the sitemap, the offline save lists, the feeds and the structured data say comes from the
 * site model, so none of it may depend on the markup these components render.
 */
const SITE = 'https://expo.example.com';
let root: string;
let site: BuiltSite;
beforeAll(async () => {
	root = copyFixture('basic', 'overrides');
	withOptions(root, {
		components: { Head: './src/Head.astro', Footer: './src/Footer.astro', ArticleCard: './src/Card.astro' },
	});
	writeFile(root, 'src/Head.astro', '---\nconst { title } = Astro.props;\n---\n<meta charset="utf-8" /><title>{title}</title>\n');
	writeFile(root, 'src/Footer.astro', '<footer>© Organizer</footer>\n');
	writeFile(
		root,
		'src/Card.astro',
		'---\nimport type { SiteArticle } from \'astro-pavilion/api\';\nconst { article } = Astro.props as { article: SiteArticle };\n---\n<p class="mini-card"><a href={article.url}>{article.data.title}</a></p>\n',
	);
	site = await buildSite(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('minimal overrides of Head, Footer and ArticleCard', () => {
	it('render in place of the originals', () => {
		const page = site.page('/news/');
		expect(page.querySelectorAll('.mini-card').length).toBeGreaterThan(0);
		expect(page.querySelector('footer')?.text).toBe('© Organizer');
		expect(page.querySelector('link[rel="alternate"][hreflang]')).toBeNull();
	});

	it('keep the sitemap hreflang pairs of translations with different slugs', () => {
		const sitemap = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(site.text('/sitemap-0.xml')) as {
			urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] };
		};
		const entry = sitemap.urlset.url.find((url) => url.loc === `${SITE}/news/expo-opens/`)!;
		expect(entry['xhtml:link']!.map((link) => [link.hreflang, link.href])).toEqual([
			['zh-CN', `${SITE}/news/expo-opens/`],
			['en', `${SITE}/en/news/the-expo-opens/`],
			['x-default', `${SITE}/news/expo-opens/`],
		]);
	});

	it('keep the offline save lists, with titles and cover images', () => {
		const list = JSON.parse(site.text('/offline-articles.json')) as { pages: { url: string; title: string }[]; images: string[] };
		expect(list.pages.find((article) => article.url === '/news/expo-opens/')?.title).toContain('开幕');
		expect(list.images.length).toBeGreaterThan(0);
		for (const image of list.images) expect(site.exists(image), image).toBe(true);
	});

	it('keep the feeds and the structured data', () => {
		expect(site.text('/rss.xml')).toContain(`<link>${SITE}/news/expo-opens/</link>`);
		const types = jsonLdOf(site.page('/news/expo-opens/')).map((data) => data['@type']);
		expect(types).toEqual(['NewsArticle', 'BreadcrumbList']);
	});
});
