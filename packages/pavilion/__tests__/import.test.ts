import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticles } from '../importer/import-articles.ts';
import type { ImportReport } from '../importer/report.ts';
import { buildSite, copyFixture, type BuiltSite } from './test-utils.ts';

/**
 * An old site brought in with `pnpm run import` builds as it is: saved government and expo pages
 * and a WordPress export, imported into a copy of the fixture, with the redirects file spread into
 * Astro's `redirects` as docs/importing.md says.
 */
const fixtures = fileURLToPath(new URL('../importer/__fixtures__/', import.meta.url));
let root: string;
let site: BuiltSite;
let report: ImportReport;
let englishReport: ImportReport;

beforeAll(async () => {
	root = copyFixture('basic', 'imported');
	const common = {
		root,
		defaultLocale: 'zh',
		articlesBase: 'news',
		timeZone: 'Asia/Shanghai',
		categories: ['news', 'press', 'industry', 'exhibitors'],
		category: 'news',
		articles: join(root, 'site/articles'),
		images: join(root, 'site/images/imported'),
		redirects: join(root, 'site/redirects.json'),
		offline: true,
	};
	report = await importArticles({
		...common,
		inputs: [join(fixtures, 'pages'), join(fixtures, 'wordpress/export.xml')],
		uploads: join(fixtures, 'wordpress/uploads'),
		locale: 'zh',
	});
	englishReport = await importArticles({ ...common, inputs: [join(fixtures, 'pages-en')], locale: 'en' });
	const config = join(root, 'astro.config.mjs');
	writeFileSync(
		config,
		readFileSync(config, 'utf8')
			.replace(
				"import options from './options.mjs';",
				"import options from './options.mjs';\nimport redirects from './site/redirects.json' with { type: 'json' };",
			)
			.replace('defineConfig({', 'defineConfig({ redirects,'),
	);
	site = await buildSite(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a site after importing its old news', () => {
	it('builds every imported article, published ones only', () => {
		const written = report.articles.filter((article) => article.status === 'written');
		expect(written.length).toBeGreaterThanOrEqual(5);
		for (const article of written) {
			const draft = /^draft: true$/m.test(readFileSync(join(root, article.file!), 'utf8'));
			expect(site.exists(article.url!), `${article.input} → ${article.url}`).toBe(!draft);
		}
	});
	it('shows the 来源 line and the editor of a reprinted government page', () => {
		const gov = report.articles.find((article) => article.input.endsWith('gov-halls.html'))!;
		const page = site.page(gov.url!);
		expect(page.querySelector('article .source-line')?.text).toMatch(/来源/);
		expect(page.querySelector('article')?.text).toContain('陈默');
		// The 扫一扫 block of the old page is not part of the article.
		expect(page.querySelector('article .pv-prose')?.text).not.toMatch(/扫一扫/);
	});
	it('shows the English source line with its link', () => {
		const english = englishReport.articles.find((article) => article.input.endsWith('robotics-hall.html'))!;
		expect(site.page(english.url!).querySelector('article .source-line')?.text).toMatch(/Source/);
	});
	it('serves a redirect from each old address to its new page', () => {
		const redirects = JSON.parse(readFileSync(join(root, 'site/redirects.json'), 'utf8')) as Record<string, string>;
		const pairs = Object.entries(redirects).filter(([from]) => !from.endsWith('.html'));
		expect(Object.keys(redirects).length).toBeGreaterThanOrEqual(3);
		expect(pairs.length).toBeGreaterThan(0);
		for (const [from, to] of pairs) expect(site.text(from.replace(/\/?$/, '/'))).toContain(to);
	});
});
