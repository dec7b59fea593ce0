import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { expect } from 'vitest';
import { cspHash, themeScriptHashes } from '../../integrations/csp.ts';
import { zh, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import { withOptions, writeFile, type BuiltSite } from '../test-utils.ts';

/** The Content-Security-Policy (integrations/csp.ts) under inputs that change what a page needs. */
export const REFUSED: RefusedCase[] = [];

/** The page's <meta> policy as directive → sources. */
function policyOf(site: BuiltSite, path: string): Map<string, string[]> {
	const content = site.page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
	return new Map(
		content
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

/** The hashes of a page's inline <style> elements, their text read as a browser reads it. */
const styleHashes = (site: BuiltSite, path: string) =>
	selectAll('style', fromHtml(site.text(path))).map(
		(style) => `'${cspHash(style.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))}'`,
	);

export const HANDLED: HandledCase[] = [
	{
		name: 'an accent colour',
		why: "The accent colour's tokens are an inline <style> that Astro does not hash: the theme adds its hash, or the browser would refuse the colour.",
		area: 'Options',
		setup: (root) => withOptions(root, { accentColor: '#b03a2e' }),
		check: (site) => {
			const hashes = styleHashes(site, '/');
			expect(hashes.length).toBeGreaterThan(0);
			const styleSources = policyOf(site, '/').get('style-src');
			expect(styleSources).not.toContain("'unsafe-inline'");
			for (const hash of hashes) expect(styleSources).toContain(hash);
		},
	},
	{
		name: 'an article body with style attributes',
		why: 'Pasted text keeps its style attributes (without url()); its page alone lets style attributes apply, while <style> elements still need their hash.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'styled.md', 'title: 彩色标题\ndate: 2026-09-01', '<p style="color: #c00">红色的提示。</p>'),
		check: (site) => {
			const styled = policyOf(site, '/news/styled/');
			expect(styled.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
			expect(styled.get('style-src')).not.toContain("'unsafe-inline'");
			expect(styled.get('script-src')).not.toContain("'unsafe-inline'");
			// An article without style attributes, and every other page, allows none.
			expect(policyOf(site, '/news/expo-opens/').has('style-src-attr')).toBe(false);
			expect(policyOf(site, '/news/').has('style-src-attr')).toBe(false);
		},
	},
	{
		name: 'a site with a Content-Security-Policy of its own',
		why: "A site that sets security.csp keeps its policy, with the hashes of the theme's inline scripts added so that its pages still work; its _headers file stays as it wrote it.",
		area: 'Options',
		setup: (root) => {
			writeFile(root, 'site/public/_headers', '/sw.js\n  Cache-Control: no-cache\n');
			writeFile(
				root,
				'astro.config.mjs',
				[
					"import { defineConfig } from 'astro/config';",
					"import pavilion from 'astro-pavilion';",
					"import options from './options.mjs';",
					'',
					'export default defineConfig({',
					"\tsite: 'https://expo.example.com',",
					"\tpublicDir: './site/public',",
					'\tsecurity: { csp: { directives: ["default-src \'self\'", "img-src \'self\' https://images.example.com"] } },',
					'\tintegrations: [pavilion(options)],',
					'});',
					'',
				].join('\n'),
			);
		},
		check: (site) => {
			const policy = policyOf(site, '/');
			expect(policy.get('img-src')).toEqual(["'self'", 'https://images.example.com']);
			// The site's own directives, not the theme's.
			expect(policy.has('object-src')).toBe(false);
			for (const hash of themeScriptHashes()) expect(policy.get('script-src')).toContain(`'${hash}'`);
			const headers = join(site.outDir, '_headers');
			expect(existsSync(headers) ? readFileSync(headers, 'utf8') : '').toBe('/sw.js\n  Cache-Control: no-cache\n');
		},
	},
];
