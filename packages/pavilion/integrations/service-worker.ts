import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { getManifest } from 'workbox-build';

export interface ServiceWorkerOptions {
	outDir: URL;
	/** Astro's base, with a trailing slash. */
	base: string;
	/** URL prefix of each locale, '' for the default one ('en/' for English). */
	localePrefixes: string[];
	buildId: string;
}

export interface ServiceWorkerSummary {
	/** Files Workbox precaches: the site shell and pages. */
	entries: number;
	/** Search index files, cached at install from search-index-files.json. */
	searchFiles: number;
	/** All of them together. */
	precacheBytes: number;
	workerBytes: number;
}

/** Pagefind's own UI bundles are not used by Pavilion: no need to store them on every phone. */
const UNUSED = ['pagefind/pagefind-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-component-ui.*'];

/**
 * Write sw.js after the search index exists: Workbox's runtime (bundled by esbuild) with the
 * precache manifest of the site shell that Workbox computes from the build output. The search
 * index's files, thousands on a large site, go in search-index-files.json, which the worker reads
 * at install, so sw.js stays small whatever the size of the site.
 */
export async function writeServiceWorker({ outDir, base, localePrefixes, buildId }: ServiceWorkerOptions): Promise<ServiceWorkerSummary> {
	// Only what this build made: no logo means no icons, search: false means no search pages.
	const built = (pattern: string) => existsSync(new URL(pattern.replace(/\*.*$/, ''), outDir));
	const shellPatterns = [
		'_astro/**/*.{js,css,svg}',
		'icons/*.png',
		...localePrefixes.flatMap((prefix) => [
			`${prefix}index.html`,
			`${prefix}search/index.html`,
			`${prefix}offline/index.html`,
			`${prefix}manifest.webmanifest`,
		]),
	].filter(built);
	const common = { globDirectory: fileURLToPath(outDir), maximumFileSizeToCacheInBytes: 8 * 1024 * 1024, modifyURLPrefix: { '': base } };
	// Hashed file names need no revision: a new file is a new name.
	const shell = await getManifest({ ...common, globPatterns: shellPatterns, dontCacheBustURLsMatching: /^_astro\// });
	const index = built('pagefind/')
		? await getManifest({ ...common, globPatterns: ['pagefind/**/*'], globIgnores: UNUSED })
		: { manifestEntries: [], size: 0, warnings: [] };
	const warnings = [...shell.warnings, ...index.warnings];
	if (warnings.length) throw new Error(`The offline cache could not be computed: ${warnings.join('; ')}`);
	const searchFiles = index.manifestEntries.map((entry) => entry.url);
	const searchIndexList = searchFiles.length ? `${base}search-index-files.json?build=${buildId}` : null;
	if (searchFiles.length) writeFileSync(new URL('search-index-files.json', outDir), JSON.stringify(searchFiles));
	const offlinePages = Object.fromEntries(
		localePrefixes.map((prefix) => [prefix ? `${base}${prefix}` : '', `${base}${prefix}offline/index.html`]),
	);
	const result = await bundle({
		entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		write: false,
		define: {
			'process.env.NODE_ENV': '"production"',
			'self.__WB_MANIFEST': JSON.stringify(shell.manifestEntries),
			__PAVILION_SW__: JSON.stringify({ build: buildId, offlinePages, searchIndexList, searchPrefix: `${base}pagefind/` }),
		},
	});
	const code = result.outputFiles[0]!.contents;
	writeFileSync(new URL('sw.js', outDir), code);
	return {
		entries: shell.manifestEntries.length,
		searchFiles: searchFiles.length,
		precacheBytes: shell.size + index.size,
		workerBytes: code.byteLength,
	};
}

export interface SavableArticle {
	url: string;
	title: string;
	bytes: number;
}

export interface SaveList {
	build: string;
	articles: SavableArticle[];
	images: string[];
	/** Pages and images together, so the reader knows what saving will take. */
	bytes: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&');
const unescape = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/**
 * For "save all articles": every article page of each language with its cover images, read from
 * the built pages themselves (each once), with byte sizes. Written to <prefix>offline-articles.json.
 */
export function writeSaveLists(
	htmlFiles: readonly URL[],
	outDir: URL,
	base: string,
	languages: readonly { lang: string; prefix: string }[],
	buildId: string,
): SaveList[] {
	const lists = new Map(languages.map(({ lang }) => [lang, { articles: [] as SavableArticle[], images: new Set<string>(), bytes: 0 }]));
	for (const file of htmlFiles) {
		const html = readFileSync(file, 'utf8');
		const head = html.split('</head>')[0] ?? '';
		const list = lists.get(/^<!DOCTYPE html><html lang="([^"]+)"/.exec(html)?.[1] ?? '');
		if (!list || !head.includes('<meta property="og:type" content="article">')) continue;
		const path = fileURLToPath(file)
			.slice(fileURLToPath(outDir).length)
			.replace(/index\.html$/, '');
		const size = statSync(file).size;
		list.articles.push({
			url: `${base}${path}`,
			title: unescape(/<meta property="og:title" content="([^"]*)"/.exec(head)?.[1] ?? path),
			bytes: size,
		});
		list.bytes += size;
		const cover = /<img\b[^>]*\sclass="cover"[^>]*>/.exec(html)?.[0];
		const sources = cover
			? [attribute(cover, 'src'), ...(attribute(cover, 'srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0])]
			: [];
		for (const source of sources) {
			if (!source || list.images.has(source)) continue;
			list.images.add(source);
			list.bytes += statSync(new URL(`.${source.slice(base.length - 1)}`, outDir)).size;
		}
	}
	return languages.map(({ lang, prefix }) => {
		const { articles, images, bytes } = lists.get(lang)!;
		const saveList = { build: buildId, articles: articles.sort((a, b) => a.url.localeCompare(b.url)), images: [...images].sort(), bytes };
		writeFileSync(new URL(`${prefix}offline-articles.json`, outDir), JSON.stringify(saveList));
		return saveList;
	});
}
