import { existsSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SaveListFacts } from '../../utils/site-facts.ts';
import { loadLater } from '../../integrations/load-later.ts';
import {
	homeUrl,
	localeSegment,
	manifestUrl,
	offlineUrl,
	outputFolderOf,
	outputPathOf,
	searchIndexListUrl,
	searchIndexUrl,
	searchUrl,
	SEGMENTS,
	visitPlanUrl,
	programmeUrl,
	type UrlContext,
} from '../../utils/urls.ts';
import { filesUnder, precacheManifest } from './precache-manifest.ts';

export interface ServiceWorkerOptions {
	outDir: URL;
	urls: UrlContext;
	locales: readonly string[];
	buildId: string;
}

export interface ServiceWorkerSummary {
	/** Files the worker precaches: the site shell and pages. */
	entries: number;
	/** Search index files, cached at install from search-index-files.json. */
	searchFiles: number;
	/** All of them together. */
	precacheBytes: number;
	workerBytes: number;
}

/** Pagefind's own UI bundles are not used by Pavilion: no need to store them on every phone. */
const UNUSED = /^(pagefind-ui|pagefind-modular-ui|pagefind-component-ui)\./;

/**
 * Write sw.js after the search index exists: Workbox's runtime (bundled by esbuild) with the
 * precache manifest of the site shell, computed from the build output (precache-manifest.ts). The search
 * index's files, thousands on a large site, go in search-index-files.json, which the worker reads
 * at install, so sw.js stays small whatever the size of the site.
 */
export async function writeServiceWorker({ outDir, urls, locales, buildId }: ServiceWorkerOptions): Promise<ServiceWorkerSummary> {
	const { base } = urls;
	const file = (url: string) => outputPathOf(url, base);
	// Only what this build made: no logo means no icons, search: false means no search pages, no
	// exhibitor directory no visit plan (which must open in the halls, where there is no signal).
	const pages = locales.flatMap((locale) =>
		[homeUrl, searchUrl, offlineUrl, manifestUrl, visitPlanUrl, programmeUrl].map((urlOf) => file(urlOf(urls, locale))),
	);
	const shellFiles = [
		...filesUnder(outDir, '_astro/').filter((path) => /\.(js|css|svg)$/.test(path)),
		...filesUnder(outDir, `${SEGMENTS.icons}/`).filter((path) => /^[^/]+\/[^/]+\.png$/.test(path)),
		...new Set(pages.filter((path) => existsSync(new URL(path, outDir)))),
	];
	const shell = precacheManifest(outDir, shellFiles, base);
	const indexFolder = outputFolderOf(searchIndexUrl(urls), base);
	const index = precacheManifest(
		outDir,
		filesUnder(outDir, indexFolder).filter((path) => !UNUSED.test(path.slice(indexFolder.length))),
		base,
	);
	const searchFiles = index.entries.map((entry) => entry.url);
	const searchIndexList = searchFiles.length ? `${searchIndexListUrl(urls)}?build=${buildId}` : null;
	if (searchFiles.length) writeFileSync(new URL(file(searchIndexListUrl(urls)), outDir), JSON.stringify(searchFiles));
	// The worker picks a locale's offline page by the request's URL prefix; '' matches the default locale.
	const offlinePages = Object.fromEntries(
		locales.map((locale) => [localeSegment(urls, locale) ? homeUrl(urls, locale) : '', `${offlineUrl(urls, locale)}index.html`]),
	);
	// esbuild is loaded only by a build that writes the worker.
	const { build: bundle } = loadLater('esbuild') as typeof import('esbuild');
	const result = await bundle({
		entryPoints: [fileURLToPath(new URL('./service-worker/sw.ts', import.meta.url))],
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		write: false,
		define: {
			'process.env.NODE_ENV': '"production"',
			'self.__WB_MANIFEST': JSON.stringify(shell.entries),
			__PAVILION_SW__: JSON.stringify({ build: buildId, offlinePages, searchIndexList, searchPrefix: searchIndexUrl(urls) }),
		},
	});
	const code = result.outputFiles[0]!.contents;
	writeFileSync(new URL('sw.js', outDir), code);
	return {
		entries: shell.entries.length,
		searchFiles: searchFiles.length,
		precacheBytes: shell.bytes + index.bytes,
		workerBytes: code.byteLength,
	};
}

export interface SavablePage {
	url: string;
	title: string;
	bytes: number;
}

export interface SaveList {
	build: string;
	pages: SavablePage[];
	images: string[];
	/** Pages and images together, so the reader knows what saving will take. */
	bytes: number;
}

/**
 * For "save all articles" and "save the directory": each locale's pages and the images they show,
 * as the site model lists them, with the byte size of each written file. Written where the model
 * says (saveListUrl, directorySaveListUrl).
 */
export function writeSaveLists(lists: readonly SaveListFacts[], outDir: URL, base: string, buildId: string): SaveList[] {
	const bytesOf = (path: string) => statSync(new URL(outputPathOf(path, base), outDir)).size;
	return lists.map((list) => {
		const pages = list.pages
			.map(({ path, title }) => ({ url: path, title, bytes: bytesOf(path) }))
			.sort((a, b) => a.url.localeCompare(b.url));
		const images = [...list.images].sort();
		const bytes = pages.reduce((total, page) => total + page.bytes, 0) + images.reduce((total, path) => total + bytesOf(path), 0);
		const saveList = { build: buildId, pages, images, bytes };
		writeFileSync(new URL(outputPathOf(list.path, base), outDir), JSON.stringify(saveList));
		return saveList;
	});
}
