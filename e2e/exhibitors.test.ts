import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readSite } from '../packages/pavilion/__tests__/test-utils.ts';
import exhibitorsOptions from '../site/exhibitors.options.mjs';
import { axeViolations, controlled, searchResults, useChromium, watchedPage } from './browser.ts';

/**
 * A visitor planning the fair with the demo's exhibitor directory: filtering it (with and without
 * script), its A–Z order, starring exhibitors into a visit plan that opens in the halls without a
 * network and can be shared, finding exhibitors with search online and offline, and saving the whole
 * directory for the halls.
 */
const origin = inject('demoUrl');
const site = readSite(inject('demoDist'));
const problems: string[] = [];
const browser = useChromium();

interface ExhibitorFile {
	name: { zh: string; en: string };
	sortKey?: string;
	stand: { hall: string; number: string };
}

/** The demo's exhibitors as their files say, by URL name. */
const exhibitorsFolder = fileURLToPath(new URL('../site/exhibitors/', import.meta.url));
const exhibitors = new Map(
	readdirSync(exhibitorsFolder)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => [name.slice(0, -'.yaml'.length), parse(readFileSync(join(exhibitorsFolder, name), 'utf8')) as ExhibitorFile]),
);
const inHall = (hall: string) => [...exhibitors].filter(([, file]) => file.stand.hall === hall).map(([slug]) => slug);
const hallOrder = Object.keys(exhibitorsOptions.halls);
const hallNames = new Map(Object.entries(exhibitorsOptions.halls).map(([key, hall]) => [key, hall.name.zh]));
const lanqi = exhibitors.get('lanqi-robotics')!;

/** The URL names of the exhibitor cards the list shows, in order. */
const cardSlugs = (page: Page) =>
	page
		.locator('[data-directory-list] article.pv-exhibitor')
		.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.exhibitor));

/** Open the directory and wait until its script has taken over the filters (it shows the name box then). */
async function directory(page: Page): Promise<void> {
	await page.goto(`${origin}/exhibitors/`);
	await page.locator('#pv-directory-q').waitFor({ state: 'visible' });
}

const planItems = (page: Page) => page.locator('ol[data-plan-list] li');
const planLinks = (page: Page) =>
	page
		.locator('ol[data-plan-list] li a')
		.evaluateAll((links) => links.map((link) => [link.textContent, new URL((link as HTMLAnchorElement).href).pathname]));

describe('the directory', () => {
	it('fits a 360 px phone, passes axe-core, and filters by hall at once, in the URL too', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 360 });
		await directory(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		expect(await axeViolations(page, '/exhibitors/ at 360 px')).toEqual([]);

		const hall2 = inHall('hall-2');
		expect(hall2.length).toBeGreaterThan(1);
		await page.locator('a[data-filter="hall:hall-2"]').click();
		await expect.poll(() => new URL(page.url()).search).toBe('?hall=hall-2');
		expect(new URL(page.url()).pathname).toBe('/exhibitors/');
		await expect.poll(() => page.locator('[data-directory-count]').textContent()).toBe(`${hall2.length} 家展商`);
		expect(await page.locator('[role=status][data-directory-status]').textContent()).toBe(`${hall2.length} 家展商`);
		expect((await cardSlugs(page)).sort()).toEqual([...hall2].sort());
		expect(new Set(await page.locator('[data-directory-list] [data-field=hall]').allTextContents())).toEqual(new Set(['2号馆']));
		expect(await page.locator('a[data-filter="hall:hall-2"]').getAttribute('aria-current')).toBe('true');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		expect(await axeViolations(page, '/exhibitors/?hall=hall-2 at 360 px')).toEqual([]);
		await context.close();
	});

	it('filters without JavaScript: the hall link opens the hall’s page with its exhibitors and floor plan', async () => {
		// watchedPage has no option for this: the same watch on requests, in a context without script.
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		page.on('request', (request) => {
			if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
				problems.push(`${page.url()}: third-party request ${request.url()}`);
		});
		await page.goto(`${origin}/exhibitors/`);
		await Promise.all([page.waitForURL(`${origin}/exhibitors/hall/hall-2/`), page.locator('a[data-filter="hall:hall-2"]').click()]);
		expect(await page.locator('main h1').textContent()).toBe('2号馆展商');
		expect((await cardSlugs(page)).sort()).toEqual(inHall('hall-2').sort());
		expect(new Set(await page.locator('[data-directory-list] [data-field=hall]').allTextContents())).toEqual(new Set(['2号馆']));
		// The stars need script: hidden without it.
		expect(await page.locator('button[data-star]:visible').count()).toBe(0);
		const plan = page.locator('figure.pv-floor-plan img');
		expect(await plan.getAttribute('alt')).toBe('2号馆平面图');
		await expect
			.poll(() => plan.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
			.toBeGreaterThan(0);
		await context.close();
	});

	it('lists every exhibitor on its first page, under A–Z headings in order, each letter’s names in the collator’s order', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/exhibitors/`);
		// Sixty to a page: the demo's 60 fill the first page exactly, and no second page is made.
		const { pageSize } = JSON.parse(site.page('/exhibitors/').querySelector('[data-directory]')!.getAttribute('data-directory')!) as {
			pageSize: number;
		};
		expect(await page.locator('[data-directory-list] article.pv-exhibitor').count()).toBe(Math.min(exhibitors.size, pageSize));
		expect(site.exists('/exhibitors/2/')).toBe(exhibitors.size > pageSize);

		const headings = await page.locator('h2.pv-directory-letter').allTextContents();
		const letters = headings.map((heading) => heading.trim());
		expect(letters.length).toBeGreaterThan(10);
		expect(letters).toEqual([...new Set(letters)].sort());
		for (const letter of letters) expect(letter).toMatch(/^[A-Z]$/);

		// Names with a pinyin sortKey are placed by their pinyin (the next test); the others follow the collator.
		const keyed = new Set([...exhibitors.values()].filter((file) => file.sortKey !== undefined).map((file) => file.name.zh));
		const collator = new Intl.Collator('zh-CN');
		for (const letter of letters) {
			const names = (await page.locator(`section:has(> h2#letter-${letter}) [data-field=name]`).allTextContents()).map((name) =>
				name.trim(),
			);
			expect(names.length, letter).toBeGreaterThan(0);
			const unkeyed = names.filter((name) => !keyed.has(name));
			expect(unkeyed, letter).toEqual([...unkeyed].sort((a, b) => collator.compare(a, b)));
		}
		await context.close();
	});

	// The collator sorts any Latin text after every Chinese name, so a pinyin sortKey must be placed by pinyin
	// (features/exhibitors/runtime/sort-keys.ts): this test states the order readers expect.
	it('lists a name with a pinyin sort key where its pinyin reads among the other names', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/exhibitors/`);
		const group = async (letter: string) =>
			(await page.locator(`section:has(> h2#letter-${letter}) [data-field=name]`).allTextContents()).map((name) => name.trim());
		// chang(feng) < chi(heng) < chong(xiao)
		expect(await group('C')).toEqual(['长风机器人', '驰衡智能', '重霄无人机']);
		// xia(chuan) < xing(cun) < xing(yuan) < xun(feng)
		expect(await group('X')).toEqual(['厦川精密', '星村精机', '行远物流科技', '巽风储能']);
		await context.close();
	});
});

describe('the visit plan', () => {
	it('lists the starred exhibitors by hall then stand, removes one, and keeps the plan across a reload', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await directory(page);
		// Starred in an order the plan must not keep: a hall-3 stand, then two of hall 2, the later stand first.
		const starred = ['heshan-cnc', 'lanqi-robotics', 'alpenfeld-precision'];
		for (const slug of starred) {
			const star = page.locator(`button[data-star="${slug}"]`);
			await star.click();
			await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
			expect(await star.locator('.pv-star-text').textContent()).toBe('已在计划中');
		}
		const stands = new Intl.Collator(undefined, { numeric: true });
		const expected = [...starred].sort((a, b) => {
			const [x, y] = [exhibitors.get(a)!.stand, exhibitors.get(b)!.stand];
			return hallOrder.indexOf(x.hall) - hallOrder.indexOf(y.hall) || stands.compare(x.number, y.number);
		});
		expect(expected).not.toEqual(starred);
		const entry = (slug: string) => [exhibitors.get(slug)!.name.zh, `/exhibitors/${slug}/`];

		await page.goto(`${origin}/exhibitors/plan/`);
		await expect.poll(() => planLinks(page)).toEqual(expected.map(entry));
		const first = exhibitors.get(expected[0]!)!.stand;
		expect(await planItems(page).first().locator('.stand').textContent()).toBe(`${hallNames.get(first.hall)} ${first.number} 展位`);

		await planItems(page)
			.filter({ hasText: lanqi.name.zh })
			.getByRole('button', { name: `移除 ${lanqi.name.zh}` })
			.click();
		const left = expected.filter((slug) => slug !== 'lanqi-robotics');
		await expect.poll(() => planLinks(page)).toEqual(left.map(entry));

		await page.reload();
		await expect.poll(() => planLinks(page)).toEqual(left.map(entry));
		expect(
			Object.keys(JSON.parse((await page.evaluate(() => localStorage.getItem('pavilion-visit-plan'))) ?? '{}') as object).sort(),
		).toEqual([...left].sort());
		await context.close();
	});

	it('opens offline once the site has been visited, with the exhibitor starred on its page', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/`);
		await controlled(page);
		await page.goto(`${origin}/exhibitors/lanqi-robotics/`);
		const star = page.locator('button[data-star="lanqi-robotics"]');
		await star.click();
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
		await context.setOffline(true);
		await page.goto(`${origin}/exhibitors/plan/`);
		expect(await page.locator('main h1').textContent()).toBe('我的观展计划');
		await expect.poll(() => planLinks(page)).toEqual([[lanqi.name.zh, '/exhibitors/lanqi-robotics/']]);
		expect(await planItems(page).locator('.stand').textContent()).toBe('2号馆 2B21 展位');
		await context.close();
	});

	it('shows a shared plan with the exhibitors’ names, and keeps it on request', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/exhibitors/plan/#lanqi-robotics,heshan-cnc`);
		await expect.poll(() => page.locator('[data-plan-shared-text]').textContent()).toBe('他人分享的观展计划：2 家展商。');
		// Names this browser has never seen: from directory.json.
		const shared = [
			['澜启机器人', '/exhibitors/lanqi-robotics/'],
			['鹤山数控', '/exhibitors/heshan-cnc/'],
		];
		await expect.poll(() => planLinks(page)).toEqual(shared);
		expect(await planItems(page).getByRole('button').count()).toBe(0);
		expect(await page.evaluate(() => localStorage.getItem('pavilion-visit-plan'))).toBeNull();

		await page.locator('[data-plan-keep]').click();
		await expect.poll(() => page.locator('[data-plan-shared]').isVisible()).toBe(false);
		expect(new URL(page.url()).hash).toBe('');
		expect(await planLinks(page)).toEqual(shared);
		expect(
			await planItems(page)
				.getByRole('button', { name: /^移除 .+$/ })
				.count(),
		).toBe(2);
		const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('pavilion-visit-plan'))) ?? '{}') as Record<
			string,
			Record<string, { name: string }>
		>;
		expect(Object.keys(stored).sort()).toEqual(['heshan-cnc', 'lanqi-robotics']);
		expect(Object.values(stored['lanqi-robotics']!).map((entry) => entry.name)).toEqual(['澜启机器人']);
		await context.close();
	});
});

describe('finding an exhibitor with search', () => {
	const query = `/search/?q=${encodeURIComponent(lanqi.name.zh)}`;

	it.each([
		{ kind: '', shows: 'among all results' },
		{ kind: 'exhibitor', shows: 'with only exhibitors for kind=exhibitor' },
		{ kind: 'news', shows: 'and leaves it out for kind=news' },
	])('finds it by its Chinese name $shows', async ({ kind }) => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		const results = await searchResults(page, origin, kind ? `${query}&kind=${kind}` : query);
		expect(results.length).toBeGreaterThan(0);
		if (kind === 'news') expect(results.filter((path) => path.startsWith('/exhibitors/'))).toEqual([]);
		else expect(results).toContain('/exhibitors/lanqi-robotics/');
		if (kind === 'exhibitor') expect(results.filter((path) => !path.startsWith('/exhibitors/'))).toEqual([]);
		if (kind) expect(await page.locator('select[name=kind]').inputValue()).toBe(kind);
		await context.close();
	});

	it('finds it by its English name on the English search page', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		expect(await searchResults(page, origin, '/en/search/?q=Lanqi')).toContain('/en/exhibitors/lanqi-robotics/');
		await context.close();
	});

	// One language per test, so that one slow search on a busy machine cannot run the other out of time.
	it.each([
		{ words: lanqi.name.zh, path: query, expected: '/exhibitors/lanqi-robotics/' },
		{ words: lanqi.name.en, path: `/en/search/?q=${encodeURIComponent(lanqi.name.en)}`, expected: '/en/exhibitors/lanqi-robotics/' },
	])('finds it offline by $words after one visit', async ({ path, expected }) => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/`);
		await controlled(page);
		await context.setOffline(true);
		expect(await searchResults(page, origin, path)).toContain(expected);
		await context.close();
	});
});

/**
 * One reader saves the directory, then opens pages of it offline that they never opened. The steps
 * share that reader's browser context, one test each, so one slow page cannot run the others out of time.
 */
describe('saving the directory for the halls', () => {
	const list = JSON.parse(site.text('/exhibitors/offline-directory.json')) as {
		pages: { url: string; title: string }[];
		images: string[];
		bytes: number;
	};
	const megabytes = (list.bytes / 1024 / 1024).toFixed(1);
	let reader: { page: Page; context: BrowserContext } | undefined;
	const saved = () => reader ?? expect.unreachable('the directory was not saved');
	afterAll(() => reader?.context.close());

	it('states the number of pages and the size first, then saves them', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/exhibitors/`);
		await controlled(page);
		const status = page.locator('[data-save-offline] [data-save-status]');
		await page.locator('[data-save-offline] [data-save-start]').click();
		await expect.poll(() => status.textContent()).toMatch(/^将保存 \d+ 个页面/);
		const [, pages, size] = /^将保存 (\d+) 个页面及标志、平面图，约 ([\d.]+) MB。$/.exec((await status.textContent()) ?? '') ?? [];
		expect([Number(pages), size]).toEqual([list.pages.length, megabytes]);
		await page.locator('[data-save-offline] [data-save-confirm]').click();
		await expect
			.poll(() => status.textContent(), { timeout: 50_000 })
			.toBe(`已保存展商名录的 ${list.pages.length} 个页面（约 ${megabytes} MB），可在展馆内离线查看。`);
		reader = { page, context };
	}, 90_000);

	it('then opens a hall page never visited offline, with its floor plan', async () => {
		const { page, context } = saved();
		const hall = list.pages.find((entry) => entry.url === '/exhibitors/hall/hall-5/');
		expect(hall).toBeDefined();
		await context.setOffline(true);
		await page.goto(`${origin}${hall!.url}`);
		expect(await page.locator('main h1').textContent()).toBe('5号馆展商');
		expect((await cardSlugs(page)).sort()).toEqual(inHall('hall-5').sort());
		const plan = page.locator('figure.pv-floor-plan img');
		await expect
			.poll(() => plan.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
			.toBeGreaterThan(0);
	});

	it('then opens an exhibitor page never visited offline', async () => {
		const { page, context } = saved();
		const exhibitor = list.pages.find((entry) => entry.url === '/exhibitors/heshan-cnc/');
		expect(exhibitor).toBeDefined();
		await context.setOffline(true);
		await page.goto(`${origin}${exhibitor!.url}`);
		expect(await page.locator('main h1').textContent()).toBe(exhibitor!.title);
		expect(exhibitor!.title).toBe(exhibitors.get('heshan-cnc')!.name.zh);
	});
});

describe('every page above', () => {
	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});
