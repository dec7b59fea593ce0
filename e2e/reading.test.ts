import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readingMinutes } from '../packages/pavilion/utils/reading-time.ts';
import { markdownToText } from '../packages/pavilion/utils/summary.ts';
import { axeViolations, useChromium, watchedPage } from './browser.ts';

/** Long reads on the demo: colour scheme, contents, heading links, reading time and print, on a phone and a desktop. */
const origin = inject('demoUrl');
const demoRoot = new URL('../', import.meta.url).pathname;
const problems: string[] = [];
const browser = useChromium();

const WIDTHS = [360, 1280] as const;
const LONG_READS = [
	{ path: '/news/expo-expands-to-eight-halls/', file: 'site/articles/zh/expo-expands-to-eight-halls.md', toc: '目录' },
	{ path: '/en/news/getting-there/', file: 'site/articles/en/getting-there.md', toc: 'Contents' },
] as const;

async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light') {
	const watched = await watchedPage(browser(), origin, problems, { width });
	await watched.page.emulateMedia({ colorScheme });
	// What the first frame shows: recorded before the page's own scripts run, read after load.
	await watched.page.addInitScript(() => {
		requestAnimationFrame(() => {
			(window as unknown as { firstScheme?: string | undefined }).firstScheme = document.documentElement.dataset.scheme;
		});
	});
	await watched.page.goto(origin + path);
	return watched;
}

const scheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.scheme);
const firstScheme = (page: Page) => page.evaluate(() => (window as unknown as { firstScheme?: string }).firstScheme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe.each(WIDTHS)('at %i px', (width) => {
	it('follows the system scheme until the reader chooses, then remembers the choice without a flash', async () => {
		const { page, context } = await open('/', width, 'dark');
		expect(await scheme(page)).toBe('dark');
		expect(await firstScheme(page)).toBe('dark');
		const dark = await background(page);
		const toggle = page.locator('[data-scheme-switch]');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		await toggle.click();
		expect(await scheme(page)).toBe('light');
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await background(page)).not.toBe(dark);

		// Another page, the system still dark: the reader's light choice holds from the first frame.
		await page.goto(`${origin}/en/news/`);
		expect(await firstScheme(page)).toBe('light');
		expect(await scheme(page)).toBe('light');
		// The system changing no longer matters once the reader has chosen.
		await page.emulateMedia({ colorScheme: 'light' });
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await scheme(page)).toBe('light');
		await context.close();
	});

	it('switches with the system while the reader has not chosen', async () => {
		const { page, context } = await open('/news/', width, 'light');
		expect(await scheme(page)).toBe('light');
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(() => scheme(page)).toBe('dark');
		await context.close();
	});

	it.each(LONG_READS)('gives $path a table of contents, heading links and a reading time', async ({ path, file, toc }) => {
		const { page, context } = await open(path, width);
		const contents = page.locator('details.pv-toc');
		expect(await contents.locator('summary').textContent()).toBe(toc);
		const prose = page.locator('article .pv-prose');
		const [tocBox, proseBox] = await Promise.all([contents.boundingBox(), prose.boundingBox()]);
		if (width >= 1200) {
			// Open beside the text.
			expect(await contents.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
			expect(tocBox!.x).toBeGreaterThanOrEqual(proseBox!.x + proseBox!.width);
		} else {
			// Folded above the text.
			expect(await contents.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
			expect(tocBox!.y + tocBox!.height).toBeLessThanOrEqual(proseBox!.y);
			await contents.locator('summary').click();
		}
		const headings = await prose.locator('h2').evaluateAll((list) => list.map((h2) => ({ id: h2.id, text: h2.textContent })));
		expect(headings.length).toBeGreaterThanOrEqual(3);
		expect(await contents.locator('nav > ol > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
			headings.map((heading) => `#${heading.id}`),
		);

		// Each section heading links to itself.
		const last = headings.at(-1)!;
		await contents.locator(`a[href="#${last.id}"]`).click();
		await page.waitForURL((url) => decodeURIComponent(url.hash) === `#${last.id}`);
		const sectionLink = prose.locator(`h2[id="${last.id}"] a.pv-heading-link`);
		expect(await sectionLink.getAttribute('href')).toBe(`#${last.id}`);
		expect(await sectionLink.textContent()).toBe(last.text);

		// Chinese counted by character, English by word, each at its own speed.
		const body = readFileSync(`${demoRoot}${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
		const minutes = readingMinutes(markdownToText(body));
		const expected = path.startsWith('/en/') ? `${minutes} min read` : `约 ${minutes} 分钟读完`;
		expect(await page.locator('article .reading-time').textContent()).toBe(expected);
		await context.close();
	});

	it('prints an article as title, date, source line, body and address, without the site around it', async () => {
		const { page, context } = await open('/news/expo-expands-to-eight-halls/', width, 'dark');
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const shown = async (selector: string) => page.locator(selector).first().isVisible();
		for (const selector of ['article h1', 'article time', 'article .source-line', 'article .pv-prose'])
			expect(await shown(selector), selector).toBe(true);
		for (const selector of ['.site-header', '.site-footer', '.share-bar', '.prev-next', '.related', '.pv-toc', '.skip-link'])
			expect(await shown(selector), selector).toBe(false);
		const printed = await page.evaluate(() => ({
			address: getComputedStyle(document.querySelector('article')!, '::after').content,
			text: getComputedStyle(document.body).color,
			paper: getComputedStyle(document.body).backgroundColor,
		}));
		expect(printed).toEqual({
			address: '"https://qtse.example.com/news/expo-expands-to-eight-halls/"',
			text: 'rgb(0, 0, 0)',
			paper: 'rgb(255, 255, 255)',
		});
		await context.close();
	});

	// One page and scheme per test, so that one slow page on a busy machine cannot run the others out of time.
	it.each(LONG_READS.flatMap(({ path }) => (['light', 'dark'] as const).map((chosen) => ({ path, chosen }))))(
		'passes axe-core on $path in the $chosen scheme, chosen with the switch',
		async ({ path, chosen }) => {
			const { page, context } = await open(path, width);
			if ((await scheme(page)) !== chosen) await page.locator('[data-scheme-switch]').click();
			expect(await scheme(page)).toBe(chosen);
			expect(await axeViolations(page, `${path} (${chosen})`)).toEqual([]);
			await context.close();
		},
	);

	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});
