import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readSite } from '../packages/pavilion/__tests__/test-utils.ts';
import { useChromium } from './browser.ts';

/**
 * The Content-Security-Policy (integrations/csp.ts): every kind of page carries a strict policy
 * that still lets its features work, and hosts that read `_headers` get the part that only a
 * header can carry.
 */
const origin = inject('demoUrl');
const dist = inject('demoDist');
const site = readSite(dist);
const browser = useChromium();

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** An attribute's value as written (hast keeps space-separated ones, such as http-equiv, as lists). */
function attribute(element: Element, name: string): string {
	const value: unknown = element.properties[name];
	return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/** The page's <meta http-equiv> policy, parsed as a browser parses the page (HTML5, scripting on). */
function metaPolicy(tree: Root): Policy | undefined {
	const meta = selectAll('meta', tree).find((element) => attribute(element, 'httpEquiv').toLowerCase() === 'content-security-policy');
	return meta ? parsePolicy(attribute(meta, 'content')) : undefined;
}

/** An element's text exactly as the browser hashes it. */
const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script elements whose text the browser runs (not data blocks such as JSON-LD). */
const runsAsScript = (element: Element) =>
	element.properties['src'] === undefined && /^(|module|text\/javascript|application\/javascript)$/i.test(attribute(element, 'type'));

const EDITOR = new Set(['/admin/', '/en/admin/']);
const htmlPages = () =>
	site
		.files()
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.replace(/index\.html$/, ''));

describe('the policy every page carries', () => {
	it('is on every page, strict, with a hash for each inline script and style', () => {
		const pages = htmlPages();
		expect(pages.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const path of pages) {
			const tree = fromHtml(site.text(path));
			const policy = metaPolicy(tree);
			if (!policy) {
				problems.push(`${path}: no Content-Security-Policy`);
				continue;
			}
			const scriptSources = policy.get('script-src') ?? [];
			const styleSources = policy.get('style-src') ?? [];
			const expected: [string, string][] = [
				['default-src', "'self'"],
				['object-src', "'none'"],
				['base-uri', "'self'"],
				['form-action', "'self'"],
				['script-src', "'wasm-unsafe-eval'"],
			];
			for (const [directive, source] of expected)
				if (!policy.get(directive)?.includes(source)) problems.push(`${path}: ${directive} lacks ${source}`);
			if (scriptSources.includes("'unsafe-inline'")) problems.push(`${path}: script-src allows 'unsafe-inline'`);
			if (!EDITOR.has(path)) {
				if (scriptSources.includes("'unsafe-eval'")) problems.push(`${path}: script-src allows 'unsafe-eval'`);
				if (styleSources.includes("'unsafe-inline'")) problems.push(`${path}: style-src allows 'unsafe-inline'`);
				// Nothing from another host: every source is a keyword or a hash, never an address.
				for (const [directive, sources] of policy)
					for (const source of sources)
						if (!/^'[^']+'$/.test(source) && source !== 'data:') problems.push(`${path}: ${directive} allows ${source}`);
			}
			for (const script of selectAll('script', tree).filter(runsAsScript))
				if (!scriptSources.includes(hashOf(textOf(script))))
					problems.push(`${path}: an inline script has no hash in script-src: ${textOf(script).slice(0, 60)}`);
			if (!styleSources.includes("'unsafe-inline'"))
				for (const style of selectAll('style', tree))
					if (!styleSources.includes(hashOf(textOf(style))))
						problems.push(`${path}: an inline style has no hash in style-src: ${textOf(style).slice(0, 60)}`);
		}
		expect(problems).toEqual([]);
	});

	it('is written into _headers for every path, with frame-ancestors, which a <meta> policy cannot carry', () => {
		const headers = readFileSync(join(dist, '_headers'), 'utf8');
		// The site's own rules (site/public/_headers) stay.
		expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
		const rule = /^\/\*\n {2}Content-Security-Policy: (.+)$/m.exec(headers);
		expect(rule).not.toBeNull();
		const policy = parsePolicy(rule![1]!);
		expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		expect(policy.get('script-src') ?? []).not.toContain("'unsafe-inline'");
	});
});

interface PageKind {
	kind: string;
	path: string;
	/** The page's own feature, shown working under the policy. */
	works?: (page: Page) => Promise<void>;
}

async function schemeSwitchToggles(page: Page): Promise<void> {
	const scheme = () => page.evaluate(() => document.documentElement.dataset['scheme']);
	const before = await scheme();
	expect(['light', 'dark']).toContain(before);
	const button = page.locator('[data-scheme-switch]').first();
	await button.click();
	const after = before === 'dark' ? 'light' : 'dark';
	await expect.poll(scheme).toBe(after);
	await expect.poll(() => button.getAttribute('aria-pressed')).toBe(String(after === 'dark'));
}

const PAGES: PageKind[] = [
	{
		kind: 'home (zh)',
		path: '/',
		works: async (page) => {
			await schemeSwitchToggles(page);
			const registered = await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
			expect(registered).toBe(true);
		},
	},
	{ kind: 'home (en)', path: '/en/', works: schemeSwitchToggles },
	{ kind: 'news list', path: '/news/' },
	{
		kind: 'article, arriving from a search result',
		path: `/news/chiheng-agv-fleet-demo/?highlight=${encodeURIComponent('驰衡')}`,
		works: async (page) => {
			const mark = page.locator('mark.pagefind-highlight').first();
			await mark.waitFor();
			// Marked by the theme's style sheet, since Pagefind's own <style> is turned off.
			expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 224, 138)');
		},
	},
	{
		kind: 'article written in MDX, with a callout and key facts',
		path: '/news/exhibitor-registration-opens/',
		works: async (page) => {
			// Their styles come from the layout's style sheet (styles/article-components.css).
			const callout = page.locator('.pv-prose .callout').first();
			expect(await callout.evaluate((element) => getComputedStyle(element).borderInlineStartWidth)).toBe('4px');
			const facts = page.locator('.pv-prose .key-facts').first();
			expect(await facts.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
		},
	},
	{ kind: 'category', path: '/news/category/exhibitors/' },
	{ kind: 'tag', path: `/news/tag/${encodeURIComponent('展会服务')}/` },
	{ kind: 'archive', path: '/news/archive/' },
	{
		kind: 'search, with a query typed',
		path: '/search/',
		works: async (page) => {
			await page.locator('#pv-search-q').fill('机器人');
			await page.locator('#pv-search-q').press('Enter');
			await expect.poll(() => page.locator('main .pv-result-link').count()).toBeGreaterThan(0);
		},
	},
	{ kind: 'offline', path: '/offline/' },
	{ kind: 'press centre', path: '/press/' },
	{ kind: 'subscribe', path: '/subscribe/' },
	{ kind: 'not found', path: '/no-such-page/' },
	{
		kind: 'editor',
		path: '/admin/',
		works: async (page) => {
			// Decap CMS starts, finds no decap-server and offers to sign in to the demo's git host.
			await page.getByRole('button', { name: /Forgejo/ }).waitFor();
		},
	},
];

describe('every kind of page, under its policy', () => {
	it.each(PAGES)('$kind: no violation, and the page works', async ({ path, works }) => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
		try {
			// The violations a page meets, from its first script on.
			await context.addInitScript(() => {
				const seen: string[] = [];
				Object.defineProperty(window, '__cspViolations', { value: seen });
				document.addEventListener('securitypolicyviolation', (event) =>
					seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`),
				);
			});
			// The editor asks for decap-server on the editor's machine first; none runs here.
			await context.route('http://localhost:8081/**', (route) => route.fulfill({ status: 404, body: '' }));
			const page = await context.newPage();
			const messages: string[] = [];
			page.on('console', (message) => {
				if (/content.security.policy/i.test(message.text())) messages.push(`${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			await works?.(page);
			const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
			expect([...violations, ...messages]).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
