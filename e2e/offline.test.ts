import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, readSite } from '../packages/pavilion/__tests__/test-utils.ts';
import { controlled, searchResults, useChromium, watchedPage } from './browser.ts';
import { serveStatic } from './static-server.ts';

/** Once visited, the site keeps working without a network: reading, searching, saving for later. */
const origin = inject('demoUrl');
const site = readSite(inject('demoDist'));
const problems: string[] = [];
const browser = useChromium();

async function online(): Promise<{ page: Page; context: BrowserContext }> {
	const { page, context } = await watchedPage(browser(), origin, problems);
	await page.goto(`${origin}/`);
	await controlled(page);
	return { page, context };
}

describe('after one visit with a network', () => {
	// One language per test, so that one slow search on a busy machine cannot run the other out of time.
	it.each([
		{ words: '协作机器人', path: `/search/?q=${encodeURIComponent('协作机器人')}` },
		{ words: 'robotics', path: '/en/search/?q=robotics' },
	])('searches offline for $words with the same results as online', async ({ path }) => {
		const { page, context } = await online();
		const onlineResults = await searchResults(page, origin, path);
		await context.setOffline(true);
		expect(await searchResults(page, origin, path)).toEqual(onlineResults);
		expect(onlineResults.length).toBeGreaterThan(0);
		await context.close();
	});

	it('reopens a visited page offline, with a search highlight in its address and after a reload', async () => {
		const { page, context } = await online();
		await page.goto(`${origin}/news/heshan-cnc-five-axis/`);
		const title = await page.locator('article h1').textContent();
		await context.setOffline(true);
		await page.goto(`${origin}/news/heshan-cnc-five-axis/?highlight=${encodeURIComponent('五轴')}`);
		expect(await page.locator('article h1').textContent()).toBe(title);
		await page.reload();
		expect(await page.locator('article h1').textContent()).toBe(title);
		await context.close();
	});

	it('opens a shared search link and any query-string variant of a cached page offline', async () => {
		const { page, context } = await online();
		await page.goto(`${origin}/news/heshan-cnc-five-axis/`);
		const title = await page.locator('article h1').textContent();
		await context.setOffline(true);

		// A search link shared in a chat, opened for the first time without a network.
		expect(await searchResults(page, origin, `/search/?q=${encodeURIComponent('机器人')}&from=groupmessage`)).not.toEqual([]);
		await searchResults(page, origin, `/search/?q=${encodeURIComponent('机器人')}&category=${encodeURIComponent('展会新闻')}`);
		expect(await page.locator('main h1').textContent()).not.toBe('当前处于离线状态');
		expect(await page.locator('#pv-search-q').inputValue()).toBe('机器人');

		// WeChat and others add their own parameters to a page's address.
		await page.goto(`${origin}/news/heshan-cnc-five-axis/?from=timeline&isappinstalled=0`);
		expect(await page.locator('article h1').textContent()).toBe(title);
		await page.goto(`${origin}/?utm_source=wechat`);
		expect(await page.locator('h1').first().textContent()).not.toBe('当前处于离线状态');
		await context.close();
	});

	it('shows the offline page, listing what is cached, for an article never opened', async () => {
		const { page, context } = await online();
		await page.goto(`${origin}/news/volunteer-recruitment/`);
		await context.setOffline(true);
		await page.goto(`${origin}/news/startup-pavilion-applications/`);
		expect(await page.locator('h1').textContent()).toBe('当前处于离线状态');
		await expect
			.poll(() => page.locator('[data-offline-articles] a').allTextContents())
			.toContain('招募 600 名展会志愿者，青潭高校学生可报名');
		const english = await watchedPage(browser(), origin, problems);
		await english.context.close();
		await context.close();
	});

	it('offers the site as an installable app in each language', () => {
		const manifest = JSON.parse(site.text('/en/manifest.webmanifest')) as Record<string, unknown>;
		expect(manifest).toMatchObject({ name: 'QTSE 2027', start_url: '/en/', lang: 'en', display: 'standalone', theme_color: '#0f5c6e' });
		expect((manifest.icons as { src: string; sizes: string }[]).map((icon) => [icon.src, icon.sizes])).toEqual([
			['/icons/logo-192.png', '192x192'],
			['/icons/logo-512.png', '512x512'],
		]);
		expect(JSON.parse(site.text('/manifest.webmanifest'))).toMatchObject({ name: '青潭智博会', start_url: '/', lang: 'zh-CN' });
		expect(site.page('/en/').querySelector('link[rel=manifest]')?.getAttribute('href')).toBe('/en/manifest.webmanifest');
	});

	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});

/**
 * One reader saves every English article, then opens each offline, then undoes it. The steps share
 * that reader's browser context, one test each, so one slow article cannot run the others out of time.
 */
describe('saving every article of the language on request', () => {
	const list = JSON.parse(site.text('/en/offline-articles.json')) as { pages: { url: string; title: string }[]; bytes: number };
	let reader: { page: Page; context: BrowserContext } | undefined;
	const saved = () => reader ?? expect.unreachable('the articles were not saved');
	afterAll(() => reader?.context.close());

	it('shows the size first, then saves them', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		reader = { page, context };
		await page.goto(`${origin}/en/`);
		await controlled(page);
		await page.locator('[data-save-start]').click();
		await expect
			.poll(() => page.locator('[data-save-status]').textContent())
			.toBe(`This saves ${list.pages.length} articles with their covers, about ${(list.bytes / 1024 / 1024).toFixed(1)} MB.`);
		await page.locator('[data-save-confirm]').click();
		await expect.poll(() => page.locator('[data-save-status]').textContent(), { timeout: 30_000 }).toMatch(/^Saved \d+ articles/);
	});

	it.each(list.pages)('then opens $url offline', async ({ url, title }) => {
		const { page, context } = saved();
		await context.setOffline(true);
		await page.goto(`${origin}${url}`);
		expect(await page.locator('article h1').textContent(), url).toBe(title);
	});

	it('and undoes it', async () => {
		const { page, context } = saved();
		await context.setOffline(false);
		await page.goto(`${origin}/en/`);
		await page.locator('[data-save-forget]').click();
		await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe('The offline copies have been removed.');
		await context.setOffline(true);
		await page.goto(`${origin}${list.pages.at(-1)!.url}`);
		expect(await page.locator('h1').textContent()).toBe('You are offline');
	});

	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});

describe('a new build', () => {
	it('replaces the old caches: after a rebuild the reader is told, and the changed text is found and shown', async () => {
		const root = copyFixture('basic', 'offline-update');
		const article = join(root, 'site/articles/zh/policy-notes.md');
		let fixture = await buildSite(root);
		const server = await serveStatic(fixture.outDir);
		try {
			const { page, context } = await watchedPage(browser(), server.url, problems);
			await page.goto(`${server.url}/news/policy-notes/`);
			await controlled(page);

			writeFileSync(article, readFileSync(article, 'utf8').replace('政策解读正文。', '政策解读正文。新增条款涉及首台套保险补偿。'));
			fixture = await buildSite(root);

			await page.reload();
			const notice = page.locator('[data-update-notice]');
			await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
			await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
			await controlled(page);
			expect(await page.locator('.pv-prose').textContent()).toContain('首台套保险补偿');

			await page.goto(`${server.url}/search/?q=${encodeURIComponent('保险补偿')}`);
			await page.waitForFunction(() =>
				document.querySelector<HTMLAnchorElement>('main .pv-result-link')?.href.includes('/news/policy-notes/'),
			);
			const cacheNames = await page.evaluate(() => caches.keys());
			expect(cacheNames.filter((name) => name.startsWith('pavilion-pages-'))).toHaveLength(1);
			await context.close();
		} finally {
			await server.close();
			rmSync(root, { recursive: true, force: true });
		}
	});
});
