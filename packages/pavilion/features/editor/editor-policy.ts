import type { CmsConfig } from '../../schemas/cms.ts';
import { cspHash, type CspDirective, type CspHash } from '../../integrations/csp.ts';
import { EDITOR_INIT_SCRIPT } from '../../utils/inline-scripts.ts';
import { LOCAL_PROXY_URL } from './cms-config.ts';

/** What the editor page (features/editor/routes/Admin.astro) adds to the policy of every page, for Decap CMS. */
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
