import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from './html-rules.ts';
import { buildSite, fixturePath, indexedPages, type BuiltSite } from './test-utils.ts';

/** The fixture's published articles: not the draft, not the one dated in the future. */
const PUBLISHED = [
	'/news/expo-opens/',
	'/news/robot-launch/',
	'/news/policy-notes/',
	'/news/press-briefing/',
	'/en/news/the-expo-opens/',
	'/en/news/hello-exhibitors/',
];

let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(fixturePath('basic'));
});

const htmlPages = () => site.files().filter((file) => file.endsWith('.html'));

describe('the pages a zh + en fair site gets', () => {
	it('builds every home, list, article, category, tag, archive and 404 page in both languages', () => {
		const expected = [
			'/',
			'/en/',
			'/news/',
			'/news/2/',
			'/en/news/',
			...PUBLISHED,
			...['news', 'press', 'industry', 'exhibitors'].flatMap((category) => [
				`/news/category/${category}/`,
				`/en/news/category/${category}/`,
			]),
			'/news/tag/机器人/',
			'/news/tag/开幕/',
			'/news/tag/政策/',
			'/en/news/tag/robotics/',
			'/en/news/tag/opening-day/',
			'/news/archive/',
			'/en/news/archive/',
			'/en/404/',
		];
		expect(expected.filter((path) => !site.exists(path))).toEqual([]);
		expect(site.exists('/404.html')).toBe(true);
	});

	it('paginates lists by pageSize, newest first', () => {
		const titles = (path: string) =>
			site
				.page(path)
				.querySelectorAll('.card .title')
				.map((title) => title.text.trim());
		expect(titles('/news/')).toEqual(['<script>alert("x")</script> & “开幕”倒计时', '机器人新品发布']);
		expect(titles('/news/2/')).toEqual(['智能制造政策解读', '新闻发布会举行']);
		expect(site.exists('/news/3/')).toBe(false);
		expect(site.page('/news/').querySelector('a[rel=next]')?.getAttribute('href')).toBe('/news/2/');
	});

	it('shares scripts and stylesheets as files instead of copying them into every page', () => {
		for (const file of htmlPages()) {
			const page = site.page(file);
			// Only the theme's scripts that must run before paint or with the page's own data stay inline (utils/inline-scripts.ts).
			const inlineModules = page.querySelectorAll('script[type=module]:not([src])');
			expect(inlineModules.length, file).toBe(0);
			expect(page.querySelectorAll('style').length, file).toBe(0);
		}
		// The parts every article and list page repeats style their elements under their own class.
		for (const path of [PUBLISHED[0]!, '/news/2/', '/en/news/tag/robotics/']) expect(site.text(path), path).not.toMatch(/data-astro-cid-/);
	});

	it('leaves drafts and future articles out of every page', () => {
		expect(site.exists('/news/unpublished-draft/')).toBe(false);
		expect(site.exists('/news/from-the-future/')).toBe(false);
		const leaks = htmlPages().filter((file) => /DRAFTSECRETTEXT|FUTURESECRETTEXT|草稿文章|未来文章/.test(site.text(file)));
		expect(leaks).toEqual([]);
	});

	it('links only to pages that exist', () => {
		const broken: string[] = [];
		for (const file of htmlPages()) {
			for (const anchor of site.page(file).querySelectorAll('a[href^="/"]')) {
				const href = anchor.getAttribute('href')!.split('#')[0]!.split('?')[0]!;
				const target = join(site.outDir, decodeURIComponent(href), href.endsWith('/') ? 'index.html' : '');
				if (!existsSync(target)) broken.push(`${file} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('every page is valid HTML', async () => {
		const problems = await Promise.all(htmlPages().map((file) => htmlProblems(site.text(file), file)));
		expect(problems.flat()).toEqual([]);
	});

	it('declares each page language and the default-locale 404', () => {
		expect(site.page('/').querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
		expect(site.page('/en/news/').querySelector('html')?.getAttribute('lang')).toBe('en');
		expect(site.text('/404.html')).toContain('页面未找到');
		expect(site.page('/en/404/').querySelector('h1')?.text).toBe('Page not found');
	});
});

describe('header, footer and fair information', () => {
	it('shows the fair dates and venue on every page', () => {
		expect(site.page('/news/policy-notes/').querySelector('.expo-strip')?.text.trim()).toBe('2027.4.21–24 · 测试会展中心');
		expect(site.page('/en/news/').querySelector('.expo-strip')?.text.trim()).toBe('April 21\u2009–\u200924, 2027 · Test Expo Centre');
	});
	it('shows no status banner while the fair is scheduled', () => {
		expect(site.page('/').querySelector('.status-banner')).toBeNull();
	});
	it('puts the countdown, registration and opening hours on the home page', () => {
		const home = site.page('/');
		expect(home.querySelector('[data-countdown] .active')?.text.trim()).toMatch(/^距开幕还有 \d+ 天$/);
		expect(home.querySelectorAll('[data-countdown] [aria-hidden="true"]')).toHaveLength(3);
		expect(home.querySelector('.hero a.pv-button')?.getAttribute('href')).toBe('https://expo.example.com/register');
		expect(home.querySelector('.hours')?.text).toContain('09:00');
		expect(home.querySelector('#featured-title')?.text).toBe('要闻');
		// The fixture's zh name already says 第七届; the English one does not name the edition.
		expect(home.querySelector('.edition')).toBeNull();
		expect(site.page('/en/').querySelector('.edition')?.text).toBe('7th edition');
	});
	it('lists organizers by role, phones, filings and the WeChat QR block in the footer', () => {
		const footer = site.page('/').querySelector('footer')!;
		expect(footer.querySelector('.organizers')?.text).toMatch(/主办单位\s*测试市人民政府\s*承办单位\s*测试会展集团/);
		expect(footer.querySelector('a[href="tel:+8683866550421"]')?.text).toBe('+86 838 6655 0421');
		expect(footer.querySelector('a[href="https://beian.miit.gov.cn/"]')?.text).toBe('测ICP备20270421号-1');
		expect(footer.querySelector('a[href*="beian.mps.gov.cn"]')?.getAttribute('href')).toContain('code=51010702000421');
		expect(footer.querySelector('.social img')?.getAttribute('alt')).toBe('二维码');
		expect(footer.querySelector('.social figcaption')?.text).toBe('扫码关注');
		expect(site.page('/en/').querySelector('footer .organizers')?.text).toMatch(/Host\s*Test City Government/);
		expect(site.page('/en/').querySelector('footer .contact li')?.text).toBe('Exhibitors: +86 838 6655 0421');
		expect(footer.querySelector('.contact li')?.text).toBe('展商服务：+86 838 6655 0421');
	});
});

describe('an article page', () => {
	it('escapes the title and summary instead of running them', () => {
		const html = site.text('/news/expo-opens/');
		expect(html).not.toContain('<script>alert("x")</script>');
		expect(site.page('/news/expo-opens/').querySelectorAll('b')).toHaveLength(0);
		expect(site.page('/news/expo-opens/').querySelector('.summary')?.text).toBe('摘要里有 <b>标签</b> & "引号"。');
		expect(site.page('/news/expo-opens/').querySelector('h1')?.text).toBe('<script>alert("x")</script> & “开幕”倒计时');
	});
	it('shows the localized date, the category and the tags', () => {
		const page = site.page('/news/expo-opens/');
		expect(page.querySelector('.article-meta time')?.text).toBe('2026年9月15日');
		expect(page.querySelector('.article-meta .category')?.getAttribute('href')).toBe('/news/category/news/');
		expect(page.querySelectorAll('.tags a').map((a) => a.text)).toEqual(['#机器人', '#开幕']);
		expect(site.page('/en/news/the-expo-opens/').querySelector('.article-meta time')?.text).toBe('September 15, 2026');
	});
	it('links a section heading to itself, and gives no table of contents to an article of fewer than three sections', () => {
		const page = site.page('/news/expo-opens/');
		const heading = page.querySelector('.pv-prose h2')!;
		expect(heading.getAttribute('id')).toBeTruthy();
		expect(heading.querySelector('a.pv-heading-link')?.getAttribute('href')).toBe(`#${heading.getAttribute('id')!}`);
		expect(page.querySelector('.pv-toc')).toBeNull();
	});
	it('renders bold next to Chinese punctuation instead of printing the asterisks', () => {
		const prose = site.page('/news/expo-opens/').querySelector('.pv-prose')!;
		expect(prose.querySelector('strong')?.text).toBe('重要：');
		expect(prose.text).not.toContain('**');
	});
	it('says how long the article takes to read', () => {
		expect(site.page('/news/expo-opens/').querySelector('.article-meta .reading-time')?.text).toBe('约 1 分钟读完');
		expect(site.page('/en/news/the-expo-opens/').querySelector('.article-meta .reading-time')?.text).toBe('1 min read');
	});
	it('prints the full source block of a reprint, and the short one', () => {
		const source = site.page('/news/expo-opens/').querySelector('.source-line')!;
		expect(source.text).toContain('来源：测试日报 & <晚报>');
		expect(source.text).toContain('原标题：原标题：博览会即将开幕');
		expect(source.text).toContain('原作者：李静');
		expect(source.text).toContain('责任编辑：陈默');
		expect(source.querySelector('a')?.getAttribute('href')).toBe('https://www.example.com/daily/opens.html');
		expect(site.page('/news/policy-notes/').querySelector('.source-line')?.text.trim()).toBe('来源：测试发布');
	});
	it('optimizes the cover and the body images, captioning titled ones', () => {
		const page = site.page('/news/expo-opens/');
		expect(page.querySelector('img.cover')?.getAttribute('src')).toMatch(/^\/_astro\/cover\..+\.webp$/);
		const figure = page.querySelector('.pv-prose figure')!;
		expect(figure.querySelector('figcaption')?.text).toBe('历届展商数量');
		expect(figure.querySelector('img')?.getAttribute('loading')).toBe('lazy');
		expect(figure.querySelector('img')?.getAttribute('src')).toMatch(/^\/_astro\/chart\..+\.webp$/);
	});
	it('renders the theme MDX components', () => {
		const page = site.page('/news/robot-launch/');
		expect(page.querySelector('.callout-tip .callout-title')?.text).toBe('参观提示');
		expect(page.querySelectorAll('.key-facts dt').map((dt) => dt.text)).toEqual(['展馆', '展期']);
	});
	it('links the language switch to the translation, or to the other home page', () => {
		const switchOf = (path: string) => site.page(path).querySelector('.language-switch a[hreflang="en"]')?.getAttribute('href');
		expect(switchOf('/news/expo-opens/')).toBe('/en/news/the-expo-opens/');
		expect(site.page('/en/news/the-expo-opens/').querySelector('.language-switch a[hreflang="zh-CN"]')?.getAttribute('href')).toBe(
			'/news/expo-opens/',
		);
		expect(switchOf('/news/policy-notes/')).toBe('/en/');
		expect(switchOf('/news/category/press/')).toBe('/en/news/category/press/');
		// A feature's page is a translation too (features/search/feature.ts, localePages).
		expect(switchOf('/search/')).toBe('/en/search/');
	});
	it('links previous and next articles of the same language, and related ones', () => {
		const page = site.page('/news/robot-launch/');
		expect(page.querySelector('.prev-next a[rel=next]')?.getAttribute('href')).toBe('/news/expo-opens/');
		expect(page.querySelector('.prev-next a[rel=prev]')?.getAttribute('href')).toBe('/news/policy-notes/');
		expect(page.querySelectorAll('.related .title a').map((a) => a.getAttribute('href'))).toEqual(['/news/expo-opens/']);
	});
	it('shares by WeChat QR code and plain links, with no third-party script', () => {
		const page = site.page('/news/expo-opens/');
		const qr = page.querySelector('.share-bar .qr-panel svg');
		expect(qr?.getAttribute('role')).toBe('img');
		expect(page.querySelector('.share-bar .qr-panel p')?.text).toContain('微信扫一扫');
		const weibo = page
			.querySelectorAll('.share-bar a')
			.find((a) => a.text === '微博')
			?.getAttribute('href');
		expect(weibo).toBe(
			`https://service.weibo.com/share/share.php?url=${encodeURIComponent('https://expo.example.com/news/expo-opens/')}&title=${encodeURIComponent('<script>alert("x")</script> & “开幕”倒计时')}`,
		);
		expect(page.querySelector('.share-bar [data-copy-text]')?.getAttribute('data-copy-text')).toBe(
			'https://expo.example.com/news/expo-opens/',
		);
		const external = page
			.querySelectorAll('script[src], link[rel=stylesheet]')
			.map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
		expect(external.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
	});
});

describe('archive and lists', () => {
	it('groups the archive by year and month', () => {
		const archive = site.page('/news/archive/').querySelector('main')!;
		expect(archive.querySelectorAll('h2').map((h) => h.text)).toEqual(['2026']);
		expect(archive.querySelectorAll('h3').map((h) => h.text.replace(/\s+/g, ' ').trim())).toEqual([
			'2026年9月 1 篇',
			'2026年8月 1 篇',
			'2026年7月 1 篇',
			'2026年6月 1 篇',
		]);
	});
	it('lists a category and a tag with their own articles', () => {
		expect(site.page('/news/category/industry/').querySelectorAll('.card').length).toBe(1);
		expect(site.page('/news/tag/机器人/').querySelector('h1')?.text).toBe('标签：机器人');
		expect(site.page('/en/news/tag/robotics/').querySelectorAll('.card').length).toBe(2);
		expect(site.page('/en/news/tag/opening-day/').querySelector('.pv-count')?.text).toBe('1 article');
		expect(site.page('/en/news/').querySelector('.pv-count')?.text).toBe('2 articles');
	});
});

describe('types', () => {
	it('injects the virtual module types for astro check', () => {
		expect(existsSync(join(fixturePath('basic'), '.astro/integrations/astro-pavilion/types.d.ts'))).toBe(true);
	});
});

describe('the search index', () => {
	it('holds every published article, in its language, and nothing else', () => {
		const pages = indexedPages(site);
		expect(pages.map((page) => page.url).sort()).toEqual([...PUBLISHED].sort());
		const entry = JSON.parse(site.text('/pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual({
			'zh-cn': 4,
			en: 2,
		});
	});
	it('indexes the title and body, not the navigation, meta line, source block or share bar', () => {
		const page = indexedPages(site).find((entry) => entry.url === '/news/expo-opens/')!;
		expect(page.content).toContain('<script>alert("x")</script> & “开幕”倒计时');
		expect(page.content).toContain('第七届测试博览会将于明年四月开幕');
		expect(page.content).not.toMatch(/新闻中心|作者：|来源：|微信扫一扫|复制链接|主办单位|2026年9月15日/);
	});
	it('stores meta and filters for result cards, filtering and sorting', () => {
		const page = indexedPages(site).find((entry) => entry.url === '/news/expo-opens/')!;
		expect(page.meta).toMatchObject({
			title: '<script>alert("x")</script> & “开幕”倒计时',
			date: '2026年9月15日',
			category: '展会新闻',
			summary: '摘要里有 <b>标签</b> & "引号"。',
		});
		expect(page.meta.image).toMatch(/^\/_astro\/cover\..+\.webp$/);
		expect(site.exists(page.meta.image!)).toBe(true);
		expect(page.filters).toEqual({ category: ['展会新闻'], year: ['2026'], tag: ['机器人', '开幕'] });
	});
	it('leaves drafts and future articles out of the index', () => {
		expect(indexedPages(site).filter((page) => /DRAFTSECRETTEXT|FUTURESECRETTEXT/.test(page.content))).toEqual([]);
	});
});

describe('offline reading', () => {
	const shell = () => [...site.text('/sw.js').matchAll(/\{url:"([^"]+)"/g)].map(([, url]) => url!);
	const searchIndex = () => JSON.parse(site.text('/search-index-files.json')) as string[];

	it('precaches the shell and the home, search and offline page of each language', () => {
		const urls = shell();
		for (const page of [
			'/index.html',
			'/en/index.html',
			'/search/index.html',
			'/en/search/index.html',
			'/offline/index.html',
			'/en/offline/index.html',
			'/manifest.webmanifest',
		]) {
			expect(urls, page).toContain(page);
		}
		const assets = site.files().filter((file) => /^\/_astro\/.+\.(css|js)$/.test(file));
		expect(assets.filter((file) => !urls.includes(file))).toEqual([]);
		expect(urls.filter((url) => !site.exists(url))).toEqual([]);
		expect(urls.filter((url) => /\/news\/[^/]+\//.test(url))).toEqual([]);
	});
	it('caches the whole search index at install, listed outside the worker so the worker stays small', () => {
		const files = searchIndex();
		const index = site.files().filter((file) => file.startsWith('/pagefind/') && !/pagefind-(ui|modular-ui|component-ui)\./.test(file));
		expect([...files].sort()).toEqual([...index].sort());
		expect(shell().filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
		expect(site.text('/sw.js')).toContain('/search-index-files.json?build=');
	});
	it('lists every article of a language, with its cover images and the bytes saving them takes', () => {
		const list = JSON.parse(site.text('/offline-articles.json')) as {
			pages: { url: string; title: string; bytes: number }[];
			images: string[];
			bytes: number;
		};
		expect(list.pages.map((article) => article.url)).toEqual([
			'/news/expo-opens/',
			'/news/policy-notes/',
			'/news/press-briefing/',
			'/news/robot-launch/',
		]);
		expect(list.pages[0]!.title).toBe('<script>alert("x")</script> & “开幕”倒计时');
		expect(list.images.length).toBeGreaterThan(0);
		const sizes = [
			...list.pages.map((article) => statSync(join(site.outDir, article.url, 'index.html')).size),
			...list.images.map((image) => statSync(join(site.outDir, image)).size),
		];
		expect(list.bytes).toBe(sizes.reduce((total, size) => total + size, 0));
		expect((JSON.parse(site.text('/en/offline-articles.json')) as { pages: unknown[] }).pages).toHaveLength(2);
	});
	it('links the web app manifest of the language of the page', () => {
		expect(site.page('/en/news/').querySelector('link[rel=manifest]')?.getAttribute('href')).toBe('/en/manifest.webmanifest');
		expect(JSON.parse(site.text('/en/manifest.webmanifest'))).toMatchObject({ start_url: '/en/', lang: 'en', name: 'Test Expo' });
	});
});
