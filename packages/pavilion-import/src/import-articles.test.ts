import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticles } from './import-articles.ts';
import { formatReport, type ArticleReport, type ImportReport } from './report.ts';
import { articleFiles, fixture, onePostExport, optionsFor, readArticle, schema, serveFolder, tempProject } from './test-utils.ts';

const HAND_WRITTEN = `---
title: 一篇已经在站点上的文章
date: 2026-08-12
---

正文。
`;

/** The pictures a Markdown body points at, with their alt text. */
const imagesOf = (markdown: string) =>
	[...markdown.matchAll(/!\[([^\]]*)\]\(([^ )]+)(?: "([^"]*)")?\)/g)].map((match) => ({
		alt: match[1]!,
		path: match[2]!,
		title: match[3],
	}));

const byInput = (report: ImportReport, input: string): ArticleReport => {
	const found = report.articles.find((article) => article.input === input);
	if (!found) throw new Error(`no report for ${input}: ${report.articles.map((article) => article.input).join(', ')}`);
	return found;
};

describe('importing saved pages and a WordPress export', () => {
	const project = tempProject();
	const { root } = project;
	const zh = join(root, 'site/articles/zh');
	const options = optionsFor(root, {
		inputs: [fixture('pages'), fixture('wordpress/export.xml')],
		uploads: fixture('wordpress/uploads'),
	});
	let report: ImportReport;
	const page = (name: string) => byInput(report, join(fixture('pages'), name));
	const wordpressPost = (id: string) =>
		report.articles.find((article) => article.input.startsWith(`${fixture('wordpress/export.xml')} → post ${id} `))!;

	beforeAll(async () => {
		// The site already has an article whose name the import would otherwise take, and a redirect of its own.
		mkdirSync(zh, { recursive: true });
		writeFileSync(join(zh, 'article-20260812-1.md'), HAND_WRITTEN);
		writeFileSync(join(root, 'site/redirects.json'), `${JSON.stringify({ '/old-home.html': '/' }, null, '\t')}\n`);
		report = await importArticles(options);
	});
	afterAll(() => project.remove());

	it('writes one article per dated page and post, never over an existing file', () => {
		expect(articleFiles(zh).map((file) => file.slice(zh.length + 1))).toEqual([
			'article-20260812-1.md',
			'article-20260812-2.md',
			'article-20260812-3.md',
			'article-20260815-1.md',
			'article-20260820-1.md',
			'exhibitor-registration-2027.md',
			'robot-zone-doubles.md',
		]);
		expect(readFileSync(join(zh, 'article-20260812-1.md'), 'utf8')).toBe(HAND_WRITTEN);
		expect(page('forum-notice.html')).toMatchObject({
			status: 'written',
			file: 'site/articles/zh/article-20260812-2.md',
			url: '/news/article-20260812-2/',
		});
		expect(page('gov-halls.html')).toMatchObject({ status: 'written', file: 'site/articles/zh/article-20260812-3.md' });
		expect(page('expo-robots.html').file).toBe('site/articles/zh/robot-zone-doubles.md');
		expect(page('undated.html').status).toBe('not written');
	});

	it('writes front matter that the theme schema accepts, every value exactly as the old site wrote it', () => {
		for (const file of articleFiles(zh)) {
			const { data } = readArticle(file);
			const parsed = schema.safeParse(data);
			expect(parsed.success, `${file}: ${parsed.error?.message ?? ''}`).toBe(true);
		}
		const expo = readArticle(join(zh, 'robot-zone-doubles.md'));
		expect(expo.text).toMatch(
			/^---\n# imported from https:\/\/www\.qtse-expo\.example\.com\/news\/2026\/robot-zone-doubles\.html\ntitle: /,
		);
		expect(expo.data).toEqual({
			title: '机器人展区翻番："协作臂"成主角',
			date: '2026-08-12',
			category: 'news',
			author: '李静',
			editor: '许晴',
			source: { name: '临江晚报', title: '机器人展区面积翻番 “协作臂”唱主角' },
		});
		expect(readArticle(join(zh, 'article-20260812-3.md')).data).toEqual({
			title: '青潭智博会新增两座展馆：展览面积达16万平方米',
			date: '2026-08-12T09:30:00+08:00',
			category: 'news',
			editor: '陈默',
			source: { name: '青潭日报', url: 'http://www.qingtan-daily.example.com/2026/0812/a1.html' },
		});
		const registration = readArticle(join(zh, 'exhibitor-registration-2027.md'));
		expect(registration.data).toEqual({
			title: '展商报名启动 & "早鸟价"延至9月',
			date: '2026-08-12T09:30:00+08:00',
			category: 'news',
			tags: ['展商报名', '机器人'],
			author: '李静',
		});
		expect(registration.text).toContain('tags: [展商报名, 机器人]\n');
		expect(readArticle(join(zh, 'article-20260815-1.md')).data).toMatchObject({
			category: 'industry',
			cover: '../../images/imported/article-20260815-1/booth-map.png',
			coverAlt: '第七届青潭智博会八个展馆的展位分布图',
		});
		expect(readArticle(join(zh, 'article-20260820-1.md')).data).toMatchObject({ date: '2026-08-20T10:00:00+08:00', draft: true });
	});

	it('points links between imported articles at their new URLs', () => {
		const { body } = readArticle(join(zh, 'article-20260815-1.md'));
		expect(body).toContain('参展报名方式见[《展商报名启动》](/news/exhibitor-registration-2027/)一文。');
		// A post that was not imported keeps its old address (the redirects of its own import will catch it).
		expect(readArticle(join(zh, 'exhibitor-registration-2027.md')).body).toContain(
			'(https://news.qtse-expo.example.com/2026/07/hall-layout/)',
		);
	});

	it('copies every picture next to the site, with its alt text, at a path that resolves from the article', () => {
		const checked: string[] = [];
		for (const file of articleFiles(zh).filter((file) => !file.endsWith('article-20260812-1.md'))) {
			const { body, data } = readArticle(file);
			for (const image of imagesOf(body)) {
				expect(image.path).toMatch(/^\.\.\/\.\.\/images\/imported\/[a-z0-9-]+\/[a-z0-9-]+\.png$/);
				expect(existsSync(resolve(dirname(file), image.path)), image.path).toBe(true);
				checked.push(`${image.alt} → ${image.path}`);
			}
			if (typeof data.cover === 'string') expect(existsSync(resolve(dirname(file), data.cover))).toBe(true);
		}
		expect(checked).toEqual([
			' → ../../images/imported/article-20260812-2/forum-stage.png',
			'东区新建的9号、10号展馆外景 → ../../images/imported/article-20260812-3/hall-east.png',
			'第七届青潭智博会八个展馆的展位分布图 → ../../images/imported/article-20260815-1/booth-map.png',
			'展商服务中心的报名咨询台 → ../../images/imported/exhibitor-registration-2027/registration-desk.png',
			'一台橙色协作机械臂在装配线旁搬运零件 → ../../images/imported/robot-zone-doubles/robot-arm.png',
		]);
		expect(
			readFileSync(join(root, 'site/images/imported/robot-zone-doubles/robot-arm.png')).equals(
				readFileSync(fixture('pages/images/robot-arm.png')),
			),
		).toBe(true);
		// The QR code of the share block is not a picture of the story.
		expect(
			readdirSync(join(root, 'site/images/imported'), { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('qr')),
		).toEqual([]);
		expect(wordpressPost('12').images.copied[0]?.note).toBe(
			'the resized copy 2026/08/registration-desk-300x200.png is not in the uploads folder; the original was used',
		);
	});

	it('reports a picture that cannot be found, with its original address, and marks its place in the article', () => {
		expect(page('expo-robots.html').images.missing).toEqual([
			{
				src: 'images/missing-photo.png',
				url: 'https://www.qtse-expo.example.com/news/2026/images/missing-photo.png',
				alt: '装配线效果图',
				reason: `no file at ${fixture('pages/images/missing-photo.png')} (pass --fetch-missing to fetch it from the old site)`,
			},
		]);
		expect(readArticle(join(zh, 'robot-zone-doubles.md')).body).toContain(
			'<!-- image not imported: https://www.qtse-expo.example.com/news/2026/images/missing-photo.png (alt: 装配线效果图) — see the import report -->',
		);
		expect(formatReport(report)).toContain(
			'! image missing: images/missing-photo.png (https://www.qtse-expo.example.com/news/2026/images/missing-photo.png), alt "装配线效果图"',
		);
	});

	it('adds a redirect from each old address to the new URL, keeping the entries already there; none for drafts', () => {
		expect(JSON.parse(readFileSync(join(root, 'site/redirects.json'), 'utf8'))).toEqual({
			'/old-home.html': '/',
			'/news/2026/robot-zone-doubles.html': '/news/robot-zone-doubles/',
			'/tzgg/202608/t20260812_4567.html': '/news/article-20260812-2/',
			'/art/2026/8/12/art_1229_45678.html': '/news/article-20260812-3/',
			'/2026/08/exhibitor-registration-2027/': '/news/exhibitor-registration-2027/',
			'/2026/08/展位分布图/': '/news/article-20260815-1/',
		});
		expect(wordpressPost('40').redirect).toBeUndefined();
		expect(report.redirects).toMatchObject({ file: 'site/redirects.json', conflicts: [] });
	});

	it('reports what each input lacked or what could not be imported', () => {
		expect(page('undated.html').problems).toEqual([
			'no publication date found (no 发布时间/日期 line, <time datetime> or date meta tag): add <meta name="PubDate" content="YYYY-MM-DD"> to the saved page and import it again',
		]);
		expect(page('undated.html').missing).toEqual(['author', 'editor', 'source']);
		expect(page('gov-halls.html').missing).toEqual(['author']);
		expect(page('gov-halls.html').removed).toEqual(['扫一扫在手机上打开当前页']);
		expect(page('gov-halls.html').problems).toEqual([
			'the old category "部门动态" is not one of the site\'s categories (news, press, industry, exhibitors)',
		]);
		expect(page('expo-robots.html').removed).toEqual(['分享到：微信微博QQ空间', '扫码阅读手机版']);
		// The meta lines taken out of the body are named, as written.
		expect(page('expo-robots.html').moved).toEqual(['来源：临江晚报', '原标题：机器人展区面积翻番 “协作臂”唱主角', '（编辑：许晴）']);
		expect(wordpressPost('30').moved).toEqual(['来源：青潭会展集团']);
		expect(wordpressPost('30').problems).toEqual([
			'the old category "媒体聚焦" (media) is not one of the site\'s categories (news, press, industry, exhibitors)',
		]);
		expect(report.skipped).toEqual([`${fixture('wordpress/export.xml')} → page 2 "联系我们": not a post`]);
		const text = formatReport(report);
		expect(text).toContain('  ! no publication date found');
		expect(text).toContain('    not found: author\n');
		expect(text).toContain('removed from the body: "扫一扫在手机上打开当前页"');
		expect(text).toContain('    moved to front matter: "来源：临江晚报", "原标题：机器人展区面积翻番 “协作臂”唱主角", "（编辑：许晴）"\n');
		expect(text).toMatch(/6 article\(s\) written, 0 overwritten, 1 not written\.\n\d+ problem\(s\) marked "!" above need a look\.$/);
	});

	it('leaves an article imported before alone, and overwrites it with --force', async () => {
		const file = join(zh, 'robot-zone-doubles.md');
		const original = readFileSync(file, 'utf8');
		writeFileSync(file, original.replace('第七届青潭智博会机器人与自动化展区', '编辑改过的开头'));
		const again = await importArticles(options);
		const expo = byInput(again, join(fixture('pages'), 'expo-robots.html'));
		expect(expo.status).toBe('not written');
		expect(expo.problems).toContain(
			'site/articles/zh/robot-zone-doubles.md was imported from this address before and is kept: pass --force to overwrite it',
		);
		expect(readFileSync(file, 'utf8')).toContain('编辑改过的开头');
		// No second copy under another name either.
		expect(articleFiles(zh)).toHaveLength(7);
		expect(again.redirects?.added).toEqual([]);

		const forced = await importArticles({ ...options, force: true });
		expect(byInput(forced, join(fixture('pages'), 'expo-robots.html')).status).toBe('overwritten');
		expect(readFileSync(file, 'utf8')).toBe(original);
		expect(articleFiles(zh)).toHaveLength(7);
	});

	it('keeps a redirect the site already has for an old address, unless --force', async () => {
		const redirects = join(root, 'site/redirects.json');
		const entries = JSON.parse(readFileSync(redirects, 'utf8')) as Record<string, string>;
		writeFileSync(redirects, JSON.stringify({ ...entries, '/news/2026/robot-zone-doubles.html': '/news/hand-made/' }));
		const kept = await importArticles(options);
		expect(kept.redirects?.conflicts).toEqual([
			{ from: '/news/2026/robot-zone-doubles.html', existing: '/news/hand-made/', wanted: '/news/robot-zone-doubles/', replaced: false },
		]);
		expect(JSON.parse(readFileSync(redirects, 'utf8'))).toMatchObject({ '/news/2026/robot-zone-doubles.html': '/news/hand-made/' });
		await importArticles({ ...options, force: true });
		expect(JSON.parse(readFileSync(redirects, 'utf8'))).toMatchObject({
			'/news/2026/robot-zone-doubles.html': '/news/robot-zone-doubles/',
			'/old-home.html': '/',
		});
	});
});

describe('other imports', () => {
	it('an English page goes to the en locale; an old address with a query string gets no redirect but a problem', async () => {
		const project = tempProject();
		try {
			const report = await importArticles(optionsFor(project.root, { inputs: [fixture('pages-en/robotics-hall.html')], locale: 'en' }));
			const [article] = report.articles;
			expect(article).toMatchObject({
				status: 'written',
				file: 'site/articles/en/qtse-2027-adds-a-dedicated-robotics-hall.md',
				url: '/en/news/qtse-2027-adds-a-dedicated-robotics-hall/',
			});
			expect(article?.problems).toEqual([
				"the old address https://www.qtse-expo.example.com/en/news/show.aspx?id=88 has a query string, which Astro's redirects cannot match: add a server rule (docs/importing.md)",
			]);
			const { data, body } = readArticle(join(project.root, article!.file!));
			expect(schema.safeParse(data).success).toBe(true);
			expect(data).toMatchObject({
				author: 'Li Jing',
				editor: 'Xu Qing',
				source: { name: 'Qingtan Daily' },
				date: '2026-08-14T10:00:00+08:00',
			});
			expect(imagesOf(body)).toEqual([
				{
					alt: 'An orange collaborative robot arm beside an assembly line',
					path: '../../images/imported/qtse-2027-adds-a-dedicated-robotics-hall/robot-arm.png',
					title: 'A collaborative arm demonstrated at the 6th edition',
				},
			]);
			expect(existsSync(join(project.root, 'site/redirects.json'))).toBe(false);
		} finally {
			project.remove();
		}
	});

	it('a wget mirror: --old-base and the path below the folder give the old address, and so the redirect', async () => {
		const project = tempProject();
		try {
			const mirror = join(project.root, 'mirror');
			mkdirSync(join(mirror, 'news/2026/0813'), { recursive: true });
			writeFileSync(
				join(mirror, 'news/2026/0813/visitor-guide.html'),
				'<html><head><meta charset="utf-8"><title>观众指南发布</title></head><body><div class="article-content"><p>（记者 李静 王芳）</p><p>发布日期：2026-08-13</p><p>组委会今天发布观众指南，介绍登录、交通与餐饮安排。</p></div></body></html>',
			);
			const unknown = await importArticles(optionsFor(project.root, { inputs: [mirror], dryRun: true }));
			expect(unknown.articles[0]?.problems).toEqual([
				'the old address is unknown, so no redirect was made (save the page whole, or pass --old-base)',
			]);
			const report = await importArticles(optionsFor(project.root, { inputs: [mirror], oldBase: 'https://old.qtse-expo.example.com/' }));
			expect(report.articles[0]).toMatchObject({
				status: 'written',
				file: 'site/articles/zh/visitor-guide.md',
				oldUrl: 'https://old.qtse-expo.example.com/news/2026/0813/visitor-guide.html',
				redirect: { from: '/news/2026/0813/visitor-guide.html', to: '/news/visitor-guide/' },
			});
			const { data, body } = readArticle(join(project.root, 'site/articles/zh/visitor-guide.md'));
			// A byline at the top of the body is read and taken out of it.
			expect(data).toMatchObject({ author: '李静 王芳', date: '2026-08-13' });
			expect(body.trim()).toBe('组委会今天发布观众指南，介绍登录、交通与餐饮安排。');
		} finally {
			project.remove();
		}
	});

	it('takes a WordPress picture whose name has a bare "%" from the uploads folder', async () => {
		const project = tempProject();
		try {
			const uploads = join(project.root, 'uploads');
			mkdirSync(join(uploads, '2026/08'), { recursive: true });
			copyFileSync(fixture('pages/images/hall-east.png'), join(uploads, '2026/08/100%.png'));
			copyFileSync(fixture('pages/images/robot-arm.png'), join(uploads, '2026/08/展馆 外景.png'));
			const xml = join(project.root, 'export.xml');
			writeFileSync(
				xml,
				onePostExport(
					'<img src="https://news.example.com/wp-content/uploads/2026/08/100%.png" alt="展馆全景">\n\n<img src="https://news.example.com/wp-content/uploads/2026/08/%E5%B1%95%E9%A6%86%20%E5%A4%96%E6%99%AF.png" alt="展馆外景">\n\n论坛报名今天开始，名额有限。',
				),
			);
			const report = await importArticles(optionsFor(project.root, { inputs: [xml], uploads }));
			expect(report.articles[0]).toMatchObject({ status: 'written', file: 'site/articles/zh/forum.md' });
			expect(report.articles[0]?.images).toEqual({
				copied: [
					{ from: join(uploads, '2026/08/100%.png'), to: '../../images/imported/forum/100.png', alt: '展馆全景', note: undefined },
					{ from: join(uploads, '2026/08/展馆 外景.png'), to: '../../images/imported/forum/image.png', alt: '展馆外景', note: undefined },
				],
				missing: [],
			});
		} finally {
			project.remove();
		}
	});

	it('a dry run reads and reports everything and writes nothing', async () => {
		const project = tempProject();
		try {
			const report = await importArticles(optionsFor(project.root, { inputs: [fixture('pages')], dryRun: true }));
			expect(report.articles.map((article) => article.status)).toEqual([
				'would be written',
				'would be written',
				'would be written',
				'not written',
			]);
			expect(report.redirects?.added).toHaveLength(3);
			expect(readdirSync(project.root)).toEqual([]);
			expect(formatReport(report)).toContain('Dry run: 3 article(s) would be written, 1 not; nothing was changed.');
		} finally {
			project.remove();
		}
	});

	describe('from a site still online', () => {
		let server: Server;
		let url: string;
		let requests: string[];
		const project = tempProject();
		beforeAll(async () => {
			({ server, url, requests } = await serveFolder(fixture('.'), {
				'/pages/gov-halls.html': { 'content-type': 'text/html; charset=GBK' },
			}));
		});
		afterAll(() => {
			server.close();
			project.remove();
		});

		it('fetches pages by address, decodes them, downloads their pictures and names the missing one', async () => {
			const report = await importArticles(
				optionsFor(project.root, {
					inputs: [`${url}/pages/expo-robots.html`, `${url}/pages/gov-halls.html`, `${url}/pages/gone.html`],
					offline: false,
					// The test's own server, on this machine: allowed by name, as --allow-host does.
					allowHosts: ['127.0.0.1'],
				}),
			);
			const [expo, gov] = report.articles;
			expect(expo).toMatchObject({ status: 'written', file: 'site/articles/zh/expo-robots.md', oldUrl: `${url}/pages/expo-robots.html` });
			expect(expo?.redirect).toEqual({ from: '/pages/expo-robots.html', to: '/news/expo-robots/' });
			expect(expo?.images.copied.map((image) => image.from)).toEqual([`${url}/pages/images/robot-arm.png`]);
			expect(expo?.images.missing).toEqual([
				{
					src: 'images/missing-photo.png',
					url: `${url}/pages/images/missing-photo.png`,
					alt: '装配线效果图',
					reason: 'the server answered 404 Not Found',
				},
			]);
			// The address the page was fetched from names it: gov-halls.html gives a readable slug.
			expect(gov).toMatchObject({ status: 'written', file: 'site/articles/zh/gov-halls.md' });
			expect(readArticle(join(project.root, gov!.file!)).data.title).toBe('青潭智博会新增两座展馆：展览面积达16万平方米');
			expect(existsSync(join(project.root, 'site/images/imported/gov-halls/hall-east.png'))).toBe(true);
			expect(report.failures).toEqual([{ name: `${url}/pages/gone.html`, problem: 'the server answered 404 Not Found' }]);
			expect(requests).toContain('/pages/images/hall-east.png');
		});

		it('with --fetch-missing, takes a picture a saved page lacks from the page address it was saved from', async () => {
			const saved = join(project.root, 'saved');
			mkdirSync(saved);
			const address = `${url}/pages/robots.html`;
			writeFileSync(
				join(saved, 'robots.html'),
				`<!-- saved from url=(${String(address.length).padStart(4, '0')})${address} -->\n<html><head><meta charset="utf-8"><title>t</title></head><body><article><h1>机器人展区再扩容</h1><p>发布日期：2026年8月13日</p><p>机器人展区再次扩容，新增展位两百个，报名仍在进行。</p><p><img src="images/robot-arm.png" alt="协作机械臂"></p></article></body></html>`,
			);
			const without = await importArticles(
				optionsFor(project.root, { inputs: [saved], offline: false, dryRun: true, allowHosts: ['127.0.0.1'] }),
			);
			expect(without.articles[0]?.images.missing[0]?.reason).toMatch(/pass --fetch-missing to fetch it from the old site/);
			const report = await importArticles(
				optionsFor(project.root, { inputs: [saved], offline: false, fetchMissing: true, allowHosts: ['127.0.0.1'] }),
			);
			expect(report.articles[0]?.images.copied).toEqual([
				{ from: `${url}/pages/images/robot-arm.png`, to: '../../images/imported/robots/robot-arm.png', alt: '协作机械臂', note: undefined },
			]);
		});
	});
});
