import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroConfig, AstroUserConfig } from 'astro';
import { LOCAL_PROXY_URL } from '../config/cms-config.ts';
import type { CmsConfig } from '../schemas/cms.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { accentCss } from '../utils/color.ts';
import { EDITOR_INIT_SCRIPT, highlightScript, SCHEME_SCRIPT } from '../utils/inline-scripts.ts';
import { searchIndexUrl } from '../utils/urls.ts';

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
type CspHash = `sha256-${string}`;

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

/** The theme's inline scripts (utils/inline-scripts.ts), which Astro does not hash itself. */
export const themeScriptHashes = (base: string): CspHash[] => [SCHEME_SCRIPT, highlightScript(searchIndexUrl({ base }))].map(cspHash);

/** The theme's inline <style>: the accent colour's tokens (components/Head.astro), which Astro does not hash itself. */
export const themeStyleHashes = (config: Pick<PavilionConfig, 'accentColor'>): CspHash[] =>
	config.accentColor ? [cspHash(accentCss(config.accentColor))] : [];

/**
 * `security.csp` for Astro's updateConfig: the theme's policy, or, when the site set its own, the
 * theme's hashes alone, which Astro's config merge adds to the site's (arrays are joined), so that
 * the theme's pages keep working under the site's policy.
 */
export function contentSecurityPolicy(
	own: AstroCsp,
	config: Pick<PavilionConfig, 'accentColor'>,
	base: string,
): Exclude<AstroCsp, boolean> {
	const scriptDirective = { hashes: themeScriptHashes(base) };
	const styleDirective = { hashes: themeStyleHashes(config) };
	if (own !== false) return { algorithm: own === true ? 'SHA-256' : own.algorithm, scriptDirective, styleDirective };
	return {
		algorithm: 'SHA-256',
		directives: PAGE_DIRECTIVES,
		scriptDirective: { ...scriptDirective, resources: SCRIPT_SOURCES },
		styleDirective,
	};
}

/** What the editor page (routes/Admin.astro) adds to the policy of every page, for Decap CMS. */
export interface EditorPolicy {
	scriptHashes: CspHash[];
	/** Sources added to script-src on that page alone. */
	scriptSources: string[];
	/** Sources of style-src on that page alone. */
	styleSources: string[];
	directives: CspDirective[];
}

/** Where each git host's API answers when the site names none (Decap's own defaults). */
const DEFAULT_BACKEND_ORIGINS: Record<string, string[]> = {
	github: ['https://api.github.com', 'https://avatars.githubusercontent.com'],
	gitlab: ['https://gitlab.com'],
	gitea: ['https://try.gitea.io'],
	forgejo: ['https://try.gitea.io'],
};

/**
 * Decap CMS is a React application: its styling library (emotion) writes <style> elements while it
 * runs, which no hash can name, so style-src allows inline styles on this page alone; and it checks
 * its configuration with ajv, which compiles each JSON schema into a function with `new Function`,
 * so script-src allows eval there too (Decap's issue 2138). No other page gets either. It talks to
 * the git host's API (and to decap-server on the editor's own machine with `pnpm cms`), and shows
 * images it has read from there as blob: and data: addresses.
 */
export function editorPolicy(cms: CmsConfig): EditorPolicy {
	const backend = cms.backend;
	const named = [backend?.apiRoot, backend?.baseUrl, backend?.authEndpoint].flatMap((url) => (url ? [new URL(url).origin] : []));
	const hosts = [
		...new Set([new URL(LOCAL_PROXY_URL).origin, ...(named.length > 0 ? named : (DEFAULT_BACKEND_ORIGINS[backend?.name ?? ''] ?? []))]),
	];
	return {
		scriptHashes: [cspHash(EDITOR_INIT_SCRIPT)],
		scriptSources: ["'unsafe-eval'"],
		styleSources: ["'self'", "'unsafe-inline'"],
		directives: [`connect-src 'self' ${hosts.join(' ')}`, `img-src 'self' data: blob: ${hosts.join(' ')}`],
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
