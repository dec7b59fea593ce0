import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { frontmatterSchema, type ImageFunction } from 'astro-pavilion/tools';
import type { ImportOptions } from './import-articles.ts';

/** Shared by the importer's tests: fixture paths, a throw-away project, the real front-matter schema and a local web server. */

export const fixture = (path: string) => fileURLToPath(new URL(`./__fixtures__/${path}`, import.meta.url));

export const CATEGORIES = ['news', 'press', 'industry', 'exhibitors'];

/** The theme's schema, with a stand-in for Astro's image() as in schemas/frontmatter.test.ts. */
export const schema = frontmatterSchema({
	image: (() => z.string()) as unknown as ImageFunction,
	categories: CATEGORIES,
	timeZone: 'Asia/Shanghai',
});

/** A folder under the system's temporary folder, removed by the returned function. */
export function tempProject(): { root: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'pavilion-import-'));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A writable copy of the test site (`__fixtures__/site/`, a Pavilion site with the options the theme
 * requires) in a throw-away folder. Its node_modules is a link to this package's, so its
 * astro.config.mjs finds astro and astro-pavilion as a site's config finds them.
 */
export function tempSite(): { root: string; remove: () => void } {
	const project = tempProject();
	cpSync(fixture('site'), project.root, { recursive: true });
	symlinkSync(fileURLToPath(new URL('../node_modules', import.meta.url)), join(project.root, 'node_modules'), 'dir');
	return project;
}

/** The demo's settings, writing into `root`; never touching the network unless a test says so. */
export function optionsFor(root: string, changed: Partial<ImportOptions> = {}): ImportOptions {
	return {
		inputs: [],
		root,
		locale: 'zh',
		defaultLocale: 'zh',
		articlesBase: 'news',
		timeZone: 'Asia/Shanghai',
		categories: CATEGORIES,
		categoryLabels: {
			news: ['展会新闻', 'Expo news'],
			press: ['新闻发布', 'Press releases'],
			industry: ['行业动态', 'Industry'],
			exhibitors: ['展商风采', 'Exhibitors'],
		},
		category: 'news',
		articles: join(root, 'site/articles'),
		images: join(root, 'site/images/imported'),
		redirects: join(root, 'site/redirects.json'),
		offline: true,
		...changed,
	};
}

/** A WordPress export of one published post, "论坛报名开始" by the account lijing (李静), at 2026-08-12 09:30 in the fair's time. */
export const onePostExport = (content: string): string => `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:author><wp:author_login>lijing</wp:author_login><wp:author_display_name>李静</wp:author_display_name></wp:author>
<item><title>论坛报名开始</title><link>https://news.example.com/2026/08/forum/</link><dc:creator>lijing</dc:creator>
<wp:post_id>7</wp:post_id><wp:post_name>forum</wp:post_name><wp:post_date_gmt>2026-08-12 01:30:00</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<content:encoded><![CDATA[${content}]]></content:encoded></item></channel></rss>
`;

/** An article file split as the theme reads it: front matter (dates as written) and body. */
export function readArticle(file: string): { data: Record<string, unknown>; body: string; text: string } {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file} has no front matter`);
	return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]!, text };
}

export const articleFiles = (folder: string) =>
	readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => join(folder, name));

const TYPES: Record<string, string> = { '.html': 'text/html', '.png': 'image/png', '.xml': 'application/xml' };

/**
 * A web server on 127.0.0.1 serving a fixture folder, standing in for an old site still online.
 * `headers` adds response headers by path (a charset sent only by the server).
 */
export async function serveFolder(
	folder: string,
	headers: Record<string, Record<string, string>> = {},
): Promise<{ url: string; server: Server; requests: string[] }> {
	const requests: string[] = [];
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		requests.push(path);
		const file = join(folder, normalize(path).replace(/^([/\\])+/, ''));
		try {
			const body = readFileSync(file);
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers[path] });
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/html' });
			response.end('<h1>404 页面不存在</h1>');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the test server has no port');
	return { url: `http://127.0.0.1:${address.port}`, server, requests };
}
