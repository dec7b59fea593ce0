import { describe, expect, inject, it } from 'vitest';
import { feedProblems } from '../packages/pavilion/__tests__/feed-rules.ts';
import { readSite } from '../packages/pavilion/__tests__/test-utils.ts';
import { axeViolations, useChromium, watchedPage } from './browser.ts';
import { demoArticleSources } from './demo-articles.ts';

/** What a reader does on the built demo site: open it, read, switch language, browse a section. */
const demoRoot = new URL('../', import.meta.url).pathname;
const origin = inject('demoUrl');
const site = readSite(inject('demoDist'));
const problems: string[] = [];
const browser = useChromium();

async function open(path: string, options: { width?: number; permissions?: string[] } = {}) {
	const watched = await watchedPage(browser(), origin, problems, options);
	await watched.page.goto(origin + path);
	return watched;
}

describe('the demo build', () => {
	it('has a page for every published article in both languages, and no page for drafts', () => {
		const articles = demoArticleSources(demoRoot);
		expect(articles.filter((article) => article.locale === 'zh' && !article.draft).length).toBeGreaterThanOrEqual(30);
		expect(articles.filter((article) => article.locale === 'en' && !article.draft).length).toBeGreaterThanOrEqual(15);
		expect(articles.filter((article) => !article.draft && !site.exists(article.url)).map((article) => article.file)).toEqual([]);
		expect(articles.filter((article) => article.draft && site.exists(article.url)).map((article) => article.file)).toEqual([]);
	});

	it('has every list, section, tag and archive page it links to', () => {
		const broken = new Set<string>();
		for (const file of site.files().filter((path) => path.endsWith('.html'))) {
			for (const anchor of site.page(file).querySelectorAll('a[href^="/"]')) {
				const href = anchor.getAttribute('href')!.split(/[?#]/)[0]!;
				if (!site.exists(href)) broken.add(`${file} → ${href}`);
			}
		}
		expect([...broken]).toEqual([]);
		for (const path of ['/news/', '/news/2/', '/en/news/', '/en/news/2/', '/news/archive/', '/en/news/archive/'])
			expect(site.exists(path), path).toBe(true);
		for (const category of ['news', 'press', 'industry', 'exhibitors']) {
			expect(site.page(`/news/category/${category}/`).querySelectorAll('.card').length).toBeGreaterThan(0);
			expect(site.page(`/en/news/category/${category}/`).querySelectorAll('.card').length).toBeGreaterThan(0);
		}
	});
});

describe('the demo feeds', () => {
	const feeds = site.files().filter((file) => file.endsWith('rss.xml'));
	it('are one per language and one per category and language', () => {
		expect(feeds.length).toBe(10);
	});

	it.each(feeds)('pass the feed validator rules: %s', (path) => {
		expect(feedProblems(site.text(path), `https://qtse.example.com${path}`, site.outDir), path).toEqual([]);
	});

	it('open in a browser as a styled page that explains how to subscribe, without XSLT', async () => {
		const { page, context } = await open('/en/rss.xml');
		const about = page.locator('h1');
		await expect.poll(() => about.isVisible()).toBe(true);
		expect(await about.textContent()).toBe('This is an RSS feed');
		expect(await page.locator('code').textContent()).toBe('https://qtse.example.com/en/rss.xml');
		expect(await page.locator('ul a').first().getAttribute('href')).toBe('https://qtse.example.com/en/subscribe/');
		const english = demoArticleSources(demoRoot).filter((article) => article.locale === 'en' && !article.draft).length;
		// The articles are listed in the channel: XHTML links inside the items would make the W3C Feed Validator warn.
		const articles = page.locator('ol > li > a');
		expect(await articles.count()).toBe(Math.min(english, 50));
		expect(await articles.first().isVisible()).toBe(true);
		expect(await articles.first().getAttribute('href')).toBe(await page.locator('item > link').first().textContent());
		const styled = await page.evaluate(() => ({
			stylesheets: [...document.childNodes]
				.filter((node) => node.nodeType === Node.PROCESSING_INSTRUCTION_NODE)
				.map((node) => (node as ProcessingInstruction).data),
			// What a feed reader needs, not a person: hidden, the items with all they hold.
			shown: ['content:encoded', 'guid', 'item', 'language'].filter((name) => document.getElementsByTagName(name)[0]!.checkVisibility()),
		}));
		expect(styled).toEqual({ stylesheets: ['href="/rss.css"'], shown: [] });
		await context.close();
	});
});

describe('a reader on the demo site', () => {
	it('goes from the home page to an article, to its English version and to a section', async () => {
		const { page, context } = await open('/');
		expect(await page.locator('h1').textContent()).toBe('第七届青潭国际智能装备博览会');

		// A featured article with an English version (translationKey registration-opens).
		await page.locator('#featured-title + ul .title a', { hasText: '第七届青潭智博会展商报名正式启动' }).click();
		await page.waitForURL(`${origin}/news/exhibitor-registration-opens/`);
		expect(await page.locator('article h1').textContent()).toBe('第七届青潭智博会展商报名正式启动');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

		await page.locator('.language-switch a[hreflang="en"]').click();
		await page.waitForURL(`${origin}/en/news/exhibitor-registration-opens/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('.language-switch [aria-current="page"]').textContent()).toBe('English');

		await page.locator('.article-meta a.category').click();
		await page.waitForURL(/\/en\/news\/category\/[a-z-]+\/$/);
		expect(await page.locator('.card').count()).toBeGreaterThan(0);
		const category = await page.locator('h1').textContent();
		expect(new Set(await page.locator('.card .category').allTextContents())).toEqual(new Set([category]));
		await context.close();
	});

	it('recounts the days in the browser, so an old build still shows the right state, without layout shift', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		// The page was built in 2026 ("… days to go"); the reader opens it on the fair's second day.
		await page.clock.install({ time: new Date('2027-04-22T03:00:00Z') });
		await page.goto(`${origin}/en/`);
		await expect.poll(() => page.locator('[data-countdown] .active').textContent()).toMatch(/^\s*Now open · day 2\s*$/);
		const layoutShift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 300);
				}),
		);
		expect(layoutShift).toBe(0);
		await context.close();
	});

	it('opens the WeChat QR code and copies the link from the share bar', async () => {
		const { page, context } = await open('/news/expo-expands-to-eight-halls/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.locator('.share-bar summary').click();
		expect(await page.locator('.share-bar .qr-panel svg').isVisible()).toBe(true);
		await page.locator('.share-bar [data-copy-text]').click();
		await expect.poll(() => page.locator('.share-bar [data-copy-status]').textContent()).toBe('链接已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://qtse.example.com/news/expo-expands-to-eight-halls/');
		await context.close();
	});

	it('copies a feed address from the subscribe page, on a phone', async () => {
		const { page, context } = await open('/subscribe/', { width: 360, permissions: ['clipboard-read', 'clipboard-write'] });
		await page.locator('footer .pv-feed-link').click();
		await page.waitForURL(`${origin}/subscribe/`);
		const press = page.locator('.feeds li', { has: page.locator('h2', { hasText: '新闻发布' }) });
		await press.locator('[data-copy-text]').click();
		await expect.poll(() => press.locator('[data-copy-status]').textContent()).toBe('地址已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://qtse.example.com/news/category/press/rss.xml');
		await page.locator('.language-switch a[hreflang="en"]').click();
		await page.waitForURL(`${origin}/en/subscribe/`);
		expect(await page.locator('h1').textContent()).toBe('Subscribe');
		await context.close();
	});

	// One page per test, so that one slow page on a busy machine cannot run the others out of time.
	it.each(['/', '/news/expo-expands-to-eight-halls/', '/en/news/', '/search/', '/subscribe/'])(
		'fits a 360 px wide phone without sideways scrolling: %s',
		async (path) => {
			const { page, context } = await open(path, { width: 360 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
			await context.close();
		},
	);

	it('shows the localized 404 page for a missing address', async () => {
		const page = await browser().newPage();
		const response = await page.goto(`${origin}/news/no-such-article/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('页面未找到');
		await page.context().close();
	});

	// The home, list and article pages in both languages, each in each scheme: one test each.
	it.each(
		['/', '/en/', '/news/', '/news/expo-expands-to-eight-halls/', '/en/news/getting-there/', '/news/archive/', '/subscribe/'].flatMap(
			(path) => (['light', 'dark'] as const).map((colorScheme) => ({ path, colorScheme })),
		),
	)('passes axe-core on $path in the $colorScheme scheme', async ({ path, colorScheme }) => {
		const { page, context } = await open(path);
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page, `${path} (${colorScheme})`)).toEqual([]);
		await context.close();
	});

	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});
