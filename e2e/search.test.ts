import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readSite } from '../packages/pavilion/__tests__/test-utils.ts';
import { axeViolations, useChromium, watchedPage } from './browser.ts';

/** A reader searching the demo: the search page, the dialog, Chinese quality, and what loads when. */
const origin = inject('demoUrl');
const site = readSite(inject('demoDist'));
const problems: string[] = [];
const browser = useChromium();

const status = (page: Page) => page.locator('main [data-search-status]');

/** Open the search page with a query and wait for the results. */
async function searchPage(query: string, locale: 'zh' | 'en' = 'zh', extra = '') {
	const watched = await watchedPage(browser(), origin, problems);
	await watched.page.goto(`${origin}${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}${extra}`);
	await settled(watched.page);
	return watched;
}

async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const text = document.querySelector('main [data-search-status]')?.textContent ?? '';
		return text !== '' && !text.endsWith('…');
	});
}

const resultPaths = async (page: Page) =>
	(await page.locator('main .pv-result-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).map(
		(href) => new URL(href).pathname,
	);

/**
 * The text search holds of a page, an article's or an exhibitor's: what its data-pagefind-body
 * shows, without the parts marked data-pagefind-ignore (an article's meta line, the hidden record).
 */
function indexedText(path: string): string {
	const body = site.page(path).querySelector('[data-pagefind-body]');
	for (const ignored of body?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
	return body?.text ?? '';
}

describe('finding an article by a word or phrase from it', () => {
	const queries: [string, string][] = [
		['驰衡', '/news/chiheng-agv-fleet-demo/'],
		['五轴加工中心', '/news/heshan-cnc-five-axis/'],
		['志愿者', '/news/volunteer-recruitment/'],
		['跨境服务区', '/news/cross-border-service-zone/'],
		['早鸟价', '/news/early-bird-deadline-reminder/'],
		['酒店', '/news/city-hotel-accommodation/'],
		['半导体装备', '/news/semiconductor-equipment-localisation/'],
		['低空经济', '/news/low-altitude-economy-drones/'],
		['曜能', '/news/yaoneng-battery-booth-upgrade/'],
		['媒体注册', '/news/media-accreditation-opens/'],
		['创新产品奖', '/news/innovation-awards-call-for-entries/'],
		['观众调查', '/news/visitor-survey-findings/'],
	];
	const english: [string, string][] = [
		['cobot', '/en/news/lanqi-robotics-collaborative-arm/'],
		['accreditation', '/en/news/media-accreditation/'],
		['overseas buyers', '/en/news/overseas-buyers-qingtan/'],
		['inspection drones', '/en/news/qiyun-drones-inspection-fleet/'],
		['shuttle bus', '/en/news/getting-there/'],
		['mini warehouse', '/en/news/chiheng-agv-fleet-demo/'],
	];

	it.each(queries)('finds %s in the top 3 (Chinese)', async (query, expected) => {
		const { page, context } = await searchPage(query);
		expect((await resultPaths(page)).slice(0, 3)).toContain(expected);
		await context.close();
	});

	it.each(english)('finds %s in the top 3 (English)', async (query, expected) => {
		const { page, context } = await searchPage(query, 'en');
		expect((await resultPaths(page)).slice(0, 3)).toContain(expected);
		await context.close();
	});

	it.each(['展', '展位'])('still answers the short query %s', async (query) => {
		const { page, context } = await searchPage(query);
		expect((await resultPaths(page)).length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('Chinese compound queries', () => {
	// Each phrase stands in five or more demo articles: the first five results must all contain it.
	it.each(['协作机器人', '展商报名', '工业机器人', '创新创业', '博览中心'])('puts pages with the whole phrase %s first', async (phrase) => {
		const containing = site
			.files()
			.filter((file) => /^\/news\/[^/]+\/index\.html$/.test(file) && !/\/news\/\d+\//.test(file))
			.filter((file) => indexedText(file.replace('index.html', '')).includes(phrase));
		expect(containing.length).toBeGreaterThanOrEqual(5);
		const { page, context } = await searchPage(phrase);
		const top = (await resultPaths(page)).slice(0, 5);
		expect(top).toHaveLength(5);
		for (const path of top) expect(indexedText(path), path).toContain(phrase);
		await context.close();
	});

	it('offers the exact-phrase search, and it keeps only pages with the phrase', async () => {
		const { page, context } = await searchPage('协作机器人');
		const all = (await resultPaths(page)).length;
		await page.locator('[data-search-exact] button').click();
		await page.waitForURL(/exact=1/);
		await settled(page);
		const exact = await resultPaths(page);
		expect(exact.length).toBeLessThanOrEqual(all);
		for (const path of exact) expect(indexedText(path)).toContain('协作机器人');
		await context.close();
	});
});

describe('landing on the sentence', () => {
	it.each([
		['“协作机器人”', '"协作机器人"', 'zh'],
		['「协作机器人」', '"协作机器人"', 'zh'],
		['＂协作机器人＂', '"协作机器人"', 'zh'],
		['“overseas buyers”', '"overseas buyers"', 'en'],
	] as const)('reads %s as the exact phrase, as ASCII quotes are read', async (typed, ascii, locale) => {
		const quoted = await searchPage(typed, locale);
		const typedResults = await resultPaths(quoted.page);
		await quoted.context.close();
		const plain = await searchPage(ascii, locale);
		const asciiResults = await resultPaths(plain.page);
		await plain.context.close();
		expect(typedResults.length).toBeGreaterThan(0);
		expect(typedResults).toEqual(asciiResults);
		const phrase = ascii.replace(/"/g, '');
		for (const path of typedResults) expect(indexedText(path).toLowerCase(), path).toContain(phrase);
	});

	it.each([
		['出入口', 'zh', '/news/expo-expands-to-eight-halls/', '周边配套同步跟进'],
		['taxis', 'en', '/en/news/getting-there/', 'Taxis and ride-hailing'],
	] as const)('leads a match for %s to the heading of its section, and names it', async (query, locale, path, heading) => {
		const { page, context } = await searchPage(query, locale);
		const result = page.locator('main .pv-result', { has: page.locator(`a[href^="${encodeURI(path)}"]`) });
		expect(await result.locator('.pv-result-section').textContent()).toBe(heading);
		await result.locator('a').click();
		await page.waitForURL((url) => url.pathname === encodeURI(path) && url.hash !== '');
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		expect(await page.locator(`article h2[id="${id}"]`).textContent()).toBe(heading);
		await expect.poll(() => page.locator('article mark.pagefind-highlight').count()).toBeGreaterThan(0);
		await context.close();
	});

	it('marks the searched word on the English article the reader opens', async () => {
		const { page, context } = await searchPage('shuttle', 'en');
		await page.locator('main .pv-result-link', { hasText: 'Getting there' }).click();
		await page.waitForURL(/\/en\/news\/getting-there\/\?highlight=shuttle/);
		await expect.poll(() => page.locator('article mark.pagefind-highlight').count()).toBeGreaterThan(0);
		for (const mark of await page.locator('article mark.pagefind-highlight').allTextContents()) expect(mark.toLowerCase()).toBe('shuttle');
		await context.close();
	});
});

describe('the search page', () => {
	it('narrows results with the category and year filters', async () => {
		const { page, context } = await searchPage('机器人');
		// The status line counts every result; the list shows the first ten.
		const count = async () => Number((await status(page).textContent())?.match(/\d+/)?.[0]);
		const all = await count();
		await page.locator('select[name="category"]').selectOption('展商风采');
		await page.waitForURL(/category=/);
		await settled(page);
		const filtered = await resultPaths(page);
		expect(filtered.length).toBeGreaterThan(0);
		expect(await count()).toBeLessThan(all);
		for (const meta of await page.locator('main .pv-result-meta').allTextContents()) expect(meta).toContain('展商风采');
		// The demo's articles are all from 2026: the year filter lists that year with a count, and keeps the results.
		const years = await page.locator('select[name="year"] option').allTextContents();
		expect(years[0]).toBe('全部年份');
		expect(years.slice(1)).toEqual([expect.stringMatching(/^2026 \(\d+\)$/)]);
		await page.locator('select[name="year"]').selectOption('2026');
		await page.waitForURL(/year=2026/);
		await settled(page);
		expect(await resultPaths(page)).toEqual(filtered);
		await context.close();
	});

	it('lists the filters’ choices with the page: a first search downloads no filter index', async () => {
		const { page, context, requests } = await searchPage('机器人');
		const categories = await page.locator('select[name="category"] option').allTextContents();
		expect(categories.slice(1).length).toBeGreaterThan(1);
		for (const option of categories.slice(1)) expect(option).toMatch(/^\S+ \(\d+\)$/);
		expect(await page.locator('main .pv-result-link').count()).toBeLessThanOrEqual(10);
		expect(requests.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
		await context.close();
	});

	it('counts each category choice as the index does: the choice finds as many articles as it says', async () => {
		// The choices as the built page lists them, read from the file, not from the browser.
		const options = site.page('/search/').querySelectorAll('select[name="category"] option').slice(1);
		expect(options.length).toBeGreaterThan(1);
		const [, label, listed] = /^(.+) \((\d+)\)$/.exec(options[0]!.text.trim())!;
		const { page, context } = await searchPage('', 'zh', `&category=${encodeURIComponent(label!)}`);
		expect(Number((await status(page).textContent())?.match(/\d+/)?.[0])).toBe(Number(listed));
		await context.close();
	});

	it('keeps the search in the URL: reload restores it, Back returns to the previous one', async () => {
		const { page, context } = await searchPage('无人机');
		const first = await resultPaths(page);
		await page.locator('select[name="sort"]').selectOption('newest');
		await page.waitForURL(/sort=newest/);
		await settled(page);
		await page.reload();
		await settled(page);
		expect(await page.locator('input[name="q"]').inputValue()).toBe('无人机');
		expect(await page.locator('select[name="sort"]').inputValue()).toBe('newest');
		await page.goBack();
		await page.waitForURL((url) => !url.search.includes('sort='));
		await settled(page);
		expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance');
		expect(await resultPaths(page)).toEqual(first);
		await context.close();
	});

	it('sorts by date, newest first', async () => {
		const { page, context } = await searchPage('青潭智博会', 'zh', '&sort=newest');
		const dates = (await resultPaths(page))
			.slice(0, 10)
			.map((path) => site.page(path).querySelector('.article-meta time')?.getAttribute('datetime') ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		await context.close();
	});

	it('says so when nothing matches, and suggests removing the filters', async () => {
		const { page, context } = await searchPage('机器人', 'zh', `&category=${encodeURIComponent('新闻发布')}&year=2099`);
		expect(await status(page).textContent()).toBe('在当前筛选条件下没有结果。');
		await page.locator('[data-search-clear]').click();
		await settled(page);
		expect((await resultPaths(page)).length).toBeGreaterThan(0);
		const empty = await searchPage('zzzqqq', 'en');
		expect(await status(empty.page).textContent()).toBe('No articles match “zzzqqq”.');
		await Promise.all([context.close(), empty.context.close()]);
	});

	it('shows titles, dates, categories, highlighted excerpts and thumbnails', async () => {
		const { page, context } = await searchPage('曜能');
		const first = page.locator('main .pv-result').first();
		expect(await first.locator('.pv-result-title').textContent()).toBe('曜能科技展位翻倍，储能安全方案将整柜展示');
		expect(await first.locator('.pv-result-meta').textContent()).toMatch(/^2026年\d+月\d+日 · 展商风采$/);
		expect(await first.locator('.pv-result-excerpt mark').count()).toBeGreaterThan(0);
		expect(await first.locator('img.pv-result-thumb').getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
		await context.close();
	});

	it.each([
		['机器人', 'zh'],
		['robot', 'en'],
	] as const)('passes axe-core with the results for %s shown (%s)', async (query, locale) => {
		const { page, context } = await searchPage(query, locale);
		expect(await axeViolations(page, `search ${query}`)).toEqual([]);
		await context.close();
	});
});

describe('the search dialog, from any page', () => {
	it('loads no search code or index until the reader starts to search', async () => {
		const { page, context, requests } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/news/exhibitors-pass-800/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => /\/pagefind\/|search-dialog|search-engine/.test(url))).toEqual([]);
		await page.keyboard.press('/');
		await page.locator('#pv-search-dialog input').fill('机器人');
		await expect.poll(() => requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
		await context.close();
	});

	it('opens with Ctrl+K and with /, moves through results with the arrow keys, opens one with Enter', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/en/`);
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.locator('#pv-search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('pv-search-dialog');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('#pv-search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);

		await page.keyboard.press('/');
		const input = page.locator('#pv-search-dialog input');
		await input.fill('cobot');
		const links = page.locator('#pv-search-dialog .pv-result-link');
		await expect.poll(() => links.count()).toBeGreaterThan(1);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('pv-result-link'))).toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		const href = await links.first().getAttribute('href');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(href);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.href.endsWith(href!));
		expect(new URL(page.url()).searchParams.get('highlight')).toBe('cobot');
		await context.close();
	});

	it('reopens with / pressed right after Esc, while the closed box may still hold focus', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/en/`);
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.locator('#pv-search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		// Close and press / in one task, before the browser's focus fix-up can run: a fast reader's timing.
		await page.evaluate(() => {
			const dialog = document.querySelector<HTMLDialogElement>('#pv-search-dialog')!;
			dialog.close();
			(document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
		});
		await expect.poll(() => page.locator('#pv-search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		expect(await page.locator('#pv-search-dialog input').inputValue()).toBe('');
		await context.close();
	});

	it('traps focus inside while open and gives it back to the control that opened it', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/`);
		await page.locator('.search-button').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#pv-search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		for (let step = 0; step < 6; step++) {
			await page.keyboard.press('Tab');
			expect(
				await page.evaluate(
					() => Boolean(document.activeElement?.closest('#pv-search-dialog')) || document.activeElement === document.body,
				),
			).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
		await context.close();
	});

	it('marks the searched words on the article the reader opens', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/search/?q=${encodeURIComponent('驰衡')}`);
		await settled(page);
		// The exhibitor 驰衡智能 is a result too: open the article about it.
		await page.locator('main .pv-result-link[href^="/news/chiheng-agv-fleet-demo/"]').click();
		await page.waitForURL(/\/news\/chiheng-agv-fleet-demo\/\?highlight=/);
		await expect.poll(() => page.locator('article mark.pagefind-highlight').count()).toBeGreaterThan(0);
		// Pagefind marks Chinese character by character: together the marks spell the searched word.
		expect((await page.locator('article h1 mark.pagefind-highlight').allTextContents()).join('')).toBe('驰衡');
		await context.close();
	});

	it('passes axe-core while open', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/news/`);
		await page.keyboard.press('Control+k');
		await page.locator('#pv-search-dialog input').fill('机器人');
		await expect.poll(() => page.locator('#pv-search-dialog .pv-result-link').count()).toBeGreaterThan(0);
		expect(await axeViolations(page, 'search dialog', '#pv-search-dialog')).toEqual([]);
		await context.close();
	});
});

describe('what is not in the index', () => {
	it('does not find the draft', async () => {
		const { page, context } = await searchPage('可行性研究');
		expect(await resultPaths(page)).not.toContain('/news/draft-hall-9-plan/');
		await context.close();
	});

	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});
