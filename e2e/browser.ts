import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * A system Chromium (Debian's package by default, or CHROMIUM_PATH), so the tests need no browser
 * download. The flags keep Chromium from calling home, which a network without internet access
 * answers with a burst of refused connections.
 */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

export interface Watched {
	page: Page;
	context: BrowserContext;
	/** Every URL the page requested, in order. */
	requests: string[];
}

/**
 * A page in its own context (axe-core needs one), whose console errors, page errors and requests to
 * other hosts are reported to `problems`: every browser test must leave that list empty.
 */
export async function watchedPage(
	browser: Browser,
	origin: string,
	problems: string[],
	options: { width?: number; permissions?: string[] } = {},
): Promise<Watched> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		permissions: options.permissions ?? [],
	});
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const problem = `${page.url()}: ${message.text()}`;
		const at = problems.push(problem) - 1;
		// An object logged reads "Object" in the text: add what it holds, so that a failure names the problem.
		void Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '(not serializable)'))).then((values) => {
			if (problems[at] === problem) problems[at] = `${problem} ${JSON.stringify(values).slice(0, 2000)}`;
		});
	});
	page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
	page.on('request', (request) => {
		requests.push(request.url());
		if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
			problems.push(`${page.url()}: third-party request ${request.url()}`);
	});
	return { page, context, requests };
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser!;
}

/** What axe-core finds on the page (or inside `include`), one line each: "label: rule selectors". */
export async function axeViolations(page: Page, label: string, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const results = await (include ? builder.include(include) : builder).analyze();
	return results.violations.map(
		(violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
	);
}

/** Wait until the service worker has installed (precache done) and controls the page. */
export async function controlled(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Open a search page and return the paths of its results, once the status line says it is done. */
export async function searchResults(page: Page, origin: string, path: string): Promise<string[]> {
	await page.goto(`${origin}${path}`);
	await page.waitForFunction(() => {
		const text = document.querySelector('main [data-search-status]')?.textContent ?? '';
		return text !== '' && !text.endsWith('…');
	});
	return page
		.locator('main .pv-result-link')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
