import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticles } from '../src/import-articles.ts';
import type { ImportReport } from '../src/report.ts';
import { buildSite, copySite, indexedPages, type BuiltSite } from './built-site.ts';

/**
 * An old site brought in with `pnpm exec pavilion-import` builds with the theme as it is: saved government
 * and expo pages and a WordPress export, imported into a copy of the importer's test site, with the redirects file
 * spread into Astro's `redirects` as docs/importing.md says.
 */
const fixtures = fileURLToPath(new URL('../src/__fixtures__/', import.meta.url));
let root: string;
let site: BuiltSite;
let report: ImportReport;
let englishReport: ImportReport;
let blocksReport: ImportReport;

beforeAll(async () => {
	root = copySite('imported');
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
	// A WordPress 6 export with every block and post status, and a wget mirror, read as of the fair's second day.
	blocksReport = await importArticles({
		...common,
		inputs: [join(fixtures, 'wordpress/blocks-export.xml'), join(fixtures, 'mirror')],
		uploads: join(fixtures, 'wordpress/uploads'),
		oldBase: 'https://old.qtse-expo.example.com/',
		locale: 'zh',
		now: new Date('2026-09-03T12:00:00+08:00'),
	});
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
		const written = [...report.articles, ...blocksReport.articles].filter((article) => article.status === 'written');
		expect(written.length).toBeGreaterThanOrEqual(10);
		for (const article of written) {
			const written = readFileSync(join(root, article.file!), 'utf8');
			const draft = /^draft: true$/m.test(written);
			// A post WordPress had scheduled keeps its date, and is published when that day comes.
			const scheduled = new Date(/^date: '?([^'\n]+)'?$/m.exec(written)![1]!) > new Date();
			expect(site.exists(article.url!), `${article.input} → ${article.url}`).toBe(!draft && !scheduled);
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
	it('publishes nothing WordPress hid: the password-protected, private, pending and draft posts are drafts', () => {
		const hidden = ['VIP 买家名单', '内部：安保排班表', '展商满意度调查结果', '闭幕新闻稿（草稿）'];
		const pages = site
			.files()
			.filter((file) => file.endsWith('.html'))
			.map((file) => site.text(file));
		for (const title of hidden) for (const page of pages) expect(page).not.toContain(title);
		const feeds = site.files().filter((file) => file.endsWith('.xml'));
		expect(feeds).toContain('/rss.xml');
		for (const feed of feeds) for (const title of hidden) expect(site.text(feed)).not.toContain(title);
		// The search index is compressed: read its records, and make sure the published post is among them.
		const records = indexedPages(site).map((page) => JSON.stringify(page));
		expect(records.some((record) => record.includes('观众破万'))).toBe(true);
		for (const title of hidden) for (const record of records) expect(record).not.toContain(title);
	});
	it('keeps the block post readable: plain title, sub and sup, captions, embeds as links', () => {
		const post = blocksReport.articles.find((article) => article.found['title']?.includes('观众破万'))!;
		const page = site.page(post.url!);
		expect(page.querySelector('h1')?.text).toBe('青潭智博会首日观众破万');
		const prose = page.querySelector('article .pv-prose')!;
		expect(prose.querySelectorAll('sub, sup').length).toBeGreaterThan(0);
		// Captions stay visible text, under a picture and in place of a missing one.
		for (const caption of ['上午九点的登录厅', '开幕式上的剪彩嘉宾', '首日现场图集']) expect(prose.text).toContain(caption);
	});
});
