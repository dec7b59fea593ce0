import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { guardedFetch } from './hosts.ts';

/**
 * What the press office hands over: saved pages (files, or folders of them as "Save page as" or
 * wget leave them), addresses of pages still online, and WordPress export files. Each becomes one
 * input with its bytes; reading the text is left to the page's declared encoding (charset.ts).
 */
export interface Input {
	/** As the report names it: the path as given, or the address. */
	name: string;
	kind: 'page' | 'wordpress';
	bytes: Uint8Array;
	/** Local file, absolute. */
	file?: string | undefined;
	/** The folder given on the command line that held the file: wget mirrors keep the old site's paths below it. */
	folder?: string | undefined;
	/** The address a page was fetched from, after redirects. */
	url?: string | undefined;
	contentType?: string | undefined;
}

export interface InputFailure {
	name: string;
	problem: string;
}

/** Saved pages; .shtml is what Chinese government sites serve, and what a wget mirror of one keeps. */
const PAGE = /\.s?html?$/i;
/** Browsers save a page's images, frames and share widgets into "<page>_files/": none of it is an article. */
const SAVED_ASSETS = /(^|[\\/])[^\\/]*[_.]files([\\/]|$)/i;
/** WordPress writes its namespaces with http://; exports passed through other tools (and some hosts) have https://. */
const isWordPressExport = (bytes: Uint8Array) =>
	/xmlns:[\w.-]+\s*=\s*["']https?:\/\/wordpress\.org\/export\/\d/.test(new TextDecoder().decode(bytes.subarray(0, 4096)));

const isWebAddress = (input: string) => /^https?:\/\//i.test(input);

/** A timeout for each request: an old server that never answers must not hang the import. */
const TIMEOUT = 30_000;

export async function readInputs(
	names: readonly string[],
	fetchFn: typeof fetch = fetch,
	allowHosts: readonly string[] = [],
): Promise<{ inputs: Input[]; failures: InputFailure[] }> {
	const inputs: Input[] = [];
	const failures: InputFailure[] = [];
	for (const name of names) {
		if (isWebAddress(name)) {
			try {
				const fetched = await guardedFetch(name, { fetchFn, allowHosts, timeout: TIMEOUT });
				if ('refused' in fetched) {
					failures.push({ name, problem: `not fetched: ${fetched.refused}` });
					continue;
				}
				const { response } = fetched;
				if (!response.ok) {
					failures.push({ name, problem: `the server answered ${response.status} ${response.statusText}` });
					continue;
				}
				const bytes = new Uint8Array(await response.arrayBuffer());
				const contentType = response.headers.get('content-type') ?? undefined;
				inputs.push({ name, kind: isWordPressExport(bytes) ? 'wordpress' : 'page', bytes, url: fetched.url, contentType });
			} catch (error) {
				failures.push({ name, problem: `could not be fetched (${(error as Error).message})` });
			}
			continue;
		}
		const path = resolve(name);
		let isFolder: boolean;
		try {
			isFolder = statSync(path).isDirectory();
		} catch {
			failures.push({ name, problem: 'does not exist' });
			continue;
		}
		if (isFolder) {
			const pages = readdirSync(path, { recursive: true, encoding: 'utf8' })
				.filter((entry) => PAGE.test(entry) && !SAVED_ASSETS.test(entry))
				.sort();
			if (pages.length === 0) failures.push({ name, problem: 'holds no .html, .htm or .shtml file' });
			for (const entry of pages) {
				const file = join(path, entry);
				inputs.push({ name: join(name, entry).split(sep).join('/'), kind: 'page', bytes: readFileSync(file), file, folder: path });
			}
			continue;
		}
		const bytes = readFileSync(path);
		if (/\.xml$/i.test(name)) {
			if (isWordPressExport(bytes)) inputs.push({ name, kind: 'wordpress', bytes, file: path });
			else
				failures.push({
					name,
					problem: 'is an XML file but not a WordPress export (WXR); expected the file from WordPress → Tools → Export',
				});
		} else inputs.push({ name, kind: 'page', bytes, file: path });
	}
	return { inputs, failures };
}
