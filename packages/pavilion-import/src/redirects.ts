import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Old addresses keep working: each imported article adds "old path → new URL" to a JSON file
 * (site/redirects.json) that astro.config.mjs can spread into Astro's `redirects`, and that
 * docs/importing.md turns into Netlify or nginx rules. Entries already in the file are kept.
 */
export interface Redirect {
	from: string;
	to: string;
}

export interface RedirectChanges {
	added: Redirect[];
	/** Paths already redirected elsewhere: kept as they were, unless --force. */
	conflicts: { from: string; existing: string; wanted: string; replaced: boolean }[];
}

/**
 * The path of an old address to redirect from, or why there is none. Astro's redirects (and most
 * static hosts) match a path only: an address with a query string (?id=88) needs a server rule.
 */
export function redirectSource(oldUrl: string): { from: string } | { problem: string } {
	let url: URL;
	try {
		url = new URL(oldUrl);
	} catch {
		return { problem: `the old address ${oldUrl} is not a web address: no redirect was made` };
	}
	if (url.search)
		return {
			problem: `the old address ${oldUrl} has a query string, which Astro's redirects cannot match: add a server rule (docs/importing.md)`,
		};
	let path = url.pathname;
	try {
		// Stored readable: /2026/08/展位分布图/ rather than its percent-encoding, as Astro and nginx compare decoded paths.
		path = decodeURI(path);
	} catch {
		// Kept encoded.
	}
	if (path === '/' || path === '') return { problem: `the old address ${oldUrl} is the home page: no redirect was made` };
	return { from: path };
}

function readRedirects(file: string): Record<string, string> {
	if (!existsSync(file)) return {};
	const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw new Error(
			`${file} is not a JSON object of "old path": "new path" entries; expected a file such as { "/old.html": "/news/expo-opens/" }`,
		);
	return parsed as Record<string, string>;
}

/** Add the redirects to the file, keeping what is there; written unless `dryRun`. */
export function mergeRedirects(
	file: string,
	redirects: readonly Redirect[],
	{ force, dryRun }: { force: boolean; dryRun: boolean },
): RedirectChanges {
	const entries = readRedirects(file);
	const changes: RedirectChanges = { added: [], conflicts: [] };
	for (const { from, to } of redirects) {
		const existing = entries[from];
		if (existing === to) continue;
		if (existing !== undefined) {
			changes.conflicts.push({ from, existing, wanted: to, replaced: force });
			if (!force) continue;
		} else changes.added.push({ from, to });
		entries[from] = to;
	}
	if (!dryRun && (changes.added.length || changes.conflicts.some((conflict) => conflict.replaced))) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(entries, null, '\t')}\n`);
	}
	return changes;
}
