import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroConfig, AstroUserConfig } from 'astro';
import type { PavilionConfig } from '../schemas/config.ts';
import { accentCss } from '../utils/color.ts';
import { SCHEME_SCRIPT } from '../utils/inline-scripts.ts';

/**
 * The Content-Security-Policy of every page (docs/deploying.md, "Content-Security-Policy"). Astro
 * writes it into each page's <meta http-equiv> with the hashes of the scripts and styles it
 * bundled; the theme adds the hashes of its own inline scripts and the directives below. What a
 * <meta> policy cannot carry (frame-ancestors) goes into `_headers` for the hosts that read it.
 */

type AstroCsp = AstroConfig['security']['csp'];
/** security.csp as a config sets it (updateConfig), its algorithm optional. */
type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
export type CspDirective = NonNullable<CspOptions['directives']>[number];
export type CspHash = `sha256-${string}`;

export const cspHash = (text: string): CspHash => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Every page: only this site, no plugins, no <base> or form posts elsewhere. */
export const PAGE_DIRECTIVES: CspDirective[] = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	// The service worker (offline reading) and Pagefind's search worker, both files of the site.
	"worker-src 'self'",
];

/**
 * Pagefind compiles its WebAssembly in the page (search, and the highlighter): 'wasm-unsafe-eval'
 * allows WebAssembly alone, not eval() of JavaScript.
 */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The theme's inline script (utils/inline-scripts.ts), which Astro does not hash itself. */
export const themeScriptHashes = (): CspHash[] => [cspHash(SCHEME_SCRIPT)];

/** The theme's inline <style>: the accent colour's tokens (components/Head.astro), which Astro does not hash itself. */
export const themeStyleHashes = (config: Pick<PavilionConfig, 'accentColor'>): CspHash[] =>
	config.accentColor ? [cspHash(accentCss(config.accentColor))] : [];

/**
 * `security.csp` for Astro's updateConfig: the theme's policy, or, when the site set its own, the
 * theme's hashes alone, which Astro's config merge adds to the site's (arrays are joined), so that
 * the theme's pages keep working under the site's policy.
 */
export function contentSecurityPolicy(own: AstroCsp, config: Pick<PavilionConfig, 'accentColor'>): Exclude<AstroCsp, boolean> {
	const scriptDirective = { hashes: themeScriptHashes() };
	const styleDirective = { hashes: themeStyleHashes(config) };
	if (own !== false) return { algorithm: own === true ? 'SHA-256' : own.algorithm, scriptDirective, styleDirective };
	return {
		algorithm: 'SHA-256',
		directives: PAGE_DIRECTIVES,
		scriptDirective: { ...scriptDirective, resources: SCRIPT_SOURCES },
		styleDirective,
	};
}

/**
 * Sent as a header by hosts that read `_headers` (Netlify, Cloudflare Pages): frame-ancestors only
 * works in a header, and the rest holds for every page, the editor included. It is enforced with
 * each page's <meta> policy, not instead of it.
 */
export const HEADER_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Add the header policy for every path to the built `_headers` (the site's own from its public
 * folder, or a new one). A site whose `_headers` already sets a Content-Security-Policy keeps it.
 */
export function writeHeaderPolicy(outDir: URL): void {
	const file = new URL('_headers', outDir);
	const own = existsSync(file) ? readFileSync(file, 'utf8') : '';
	if (/^\s*content-security-policy\s*:/im.test(own)) return;
	const rule = `/*\n  Content-Security-Policy: ${HEADER_POLICY}\n`;
	writeFileSync(file, own === '' ? rule : `${own.replace(/\n*$/, '\n')}${rule}`);
}
