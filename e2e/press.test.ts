import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { readSite } from '../packages/pavilion/__tests__/test-utils.ts';
import { formatFileSize } from '../packages/pavilion/utils/file-types.ts';
import { axeViolations, controlled, useChromium, watchedPage } from './browser.ts';

/** A journalist in the demo's press centre: releases, the press kit, accreditation, contacts, in both languages. */
const origin = inject('demoUrl');
const site = readSite(inject('demoDist'));
const downloadsFolder = fileURLToPath(new URL('../site/press/downloads/', import.meta.url));
const problems: string[] = [];
const browser = useChromium();

describe('the press centre', () => {
	it('lists every press-kit file with its type and size, and downloads it as it is', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 360 });
		await page.goto(`${origin}/press/`);
		const files = readdirSync(downloadsFolder).filter((name) => !name.startsWith('.'));
		expect(files.length).toBeGreaterThanOrEqual(3);
		const links = page.locator('main a[data-press-download]');
		expect(await links.count()).toBe(files.length);
		for (const name of files) {
			const size = formatFileSize(statSync(join(downloadsFolder, name)).size, 'zh-CN');
			const item = page.locator('main .downloads li', { has: page.locator(`a[download="${name}"]`) });
			expect(await item.locator('.details span').textContent()).toMatch(
				new RegExp(`^(PDF 文档|ZIP 压缩包|JPEG 图片) · ${size.replace('.', '\\.')}$`),
			);
		}
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[download="qtse-2027-fact-sheet-zh.pdf"]').click(),
		]);
		expect(download.suggestedFilename()).toBe('qtse-2027-fact-sheet-zh.pdf');
		const saved = readFileSync(await download.path());
		expect(saved.equals(readFileSync(join(downloadsFolder, 'qtse-2027-fact-sheet-zh.pdf')))).toBe(true);
		expect(await axeViolations(page, '/press/ at 360 px')).toEqual([]);
		await context.close();
	});

	it('is in the navigation and switches language to the English press centre and back', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/`);
		await page.locator('.main-nav a', { hasText: '媒体中心' }).click();
		await page.waitForURL(`${origin}/press/`);
		expect(await page.locator('.main-nav a[aria-current="page"]').textContent()).toContain('媒体中心');
		await page.locator('.language-switch a[hreflang="en"]').click();
		await page.waitForURL(`${origin}/en/press/`);
		expect(await page.locator('main h1').textContent()).toBe('Press centre');
		expect(await page.locator('main #press-kit ~ ul a[download]').first().getAttribute('href')).toMatch(/^\/press\/downloads\//);
		// The accreditation guide is the article of the language being read.
		expect(await page.locator('main a', { hasText: 'Read the accreditation guide' }).getAttribute('href')).toBe(
			'/en/news/media-accreditation/',
		);
		expect(await page.locator('main a[href^="tel:"]').first().getAttribute('href')).toBe('tel:+8683866550428');
		expect(await page.locator('main a[type="application/rss+xml"]').getAttribute('href')).toBe('/en/news/category/press/rss.xml');
		await page.locator('.language-switch a[hreflang="zh-CN"]').click();
		await page.waitForURL(`${origin}/press/`);
		expect(await page.locator('main a', { hasText: '查看媒体注册须知' }).getAttribute('href')).toBe('/news/media-accreditation-opens/');
		await context.close();
	});

	it('is in the sitemap with its translation, and found by search', async () => {
		const sitemap = site.text('/sitemap-0.xml');
		expect(sitemap).toContain('<loc>https://qtse.example.com/press/</loc>');
		expect(sitemap).toContain('<loc>https://qtse.example.com/en/press/</loc>');
		// The editor is noindex: not in the sitemap either.
		expect(sitemap).not.toMatch(/\/admin\//);
		expect(sitemap).toMatch(
			/<loc>https:\/\/qtse\.example\.com\/press\/<\/loc>.*?hreflang="en" href="https:\/\/qtse\.example\.com\/en\/press\/"/s,
		);
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/en/search/?q=${encodeURIComponent('press kit')}`);
		await expect
			.poll(() =>
				page
					.locator('main .pv-result-link')
					.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
			)
			.toContain('/en/press/');
		await context.close();
	});

	it('opens again offline once visited, like the rest of the site', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/`);
		await controlled(page);
		await page.goto(`${origin}/en/press/`);
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('main h1').textContent()).toBe('Press centre');
		expect(await page.locator('main a[download]').count()).toBeGreaterThanOrEqual(3);
		await context.close();
	});

	it('left no console errors or third-party requests', () => {
		expect(problems).toEqual([]);
	});
});
