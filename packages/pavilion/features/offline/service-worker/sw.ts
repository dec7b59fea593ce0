/**
 * Pavilion's service worker, bundled at build time by features/offline/service-worker.ts (which also
 * injects the precache manifest and the settings below). Once a reader has visited:
 * - the app shell, each language's home, search and offline pages, and the whole search index are
 *   precached, so search works offline exactly as online;
 * - pages are network-first (fresh when online, the cached copy when not), images cache-first;
 * - a page that was never cached shows the offline page of its language.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { PrecacheEntry } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };
declare const __PAVILION_SW__: {
	/** Identifies the build: pages cached by one build are never served with another build's index. */
	build: string;
	/** Lists the search index files, fetched at install (the list would make this file large). */
	searchIndexList: string | null;
	/** URL prefix of the search index (Pagefind's bundle). */
	searchPrefix: string;
	/** Locale URL prefix ('' for the default locale) → that locale's offline page. */
	offlinePages: Record<string, string>;
};

const { build, offlinePages, searchIndexList, searchPrefix } = __PAVILION_SW__;
const PAGES = `pavilion-pages-${build}`;
const SEARCH = `pavilion-search-${build}`;
const IMAGES = 'pavilion-images';

// Search results add ?highlight= to article links.
// A precached page answers for any query string: /search/?q=机器人&category=news is the search
// page, which reads its query itself, and ?highlight= or tracking parameters change nothing.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

/**
 * The whole search index, cached before this worker takes over, in a cache of this build: offline
 * search finds what online search finds, and never mixes two builds. At 10,000 articles that is
 * thousands of files, so their list is fetched here rather than written into this file.
 */
self.addEventListener('install', (event) => {
	if (!searchIndexList) return;
	event.waitUntil(
		(async () => {
			const files = (await (await fetch(searchIndexList, { cache: 'no-store' })).json()) as string[];
			const cache = await caches.open(SEARCH);
			for (let index = 0; index < files.length; index += 24) await cache.addAll(files.slice(index, index + 24));
		})(),
	);
});

// Pagefind asks for its entry file with a ?ts= cache-buster: match the cached file whatever it is.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.startsWith(searchPrefix),
	async ({ request }) => (await caches.match(request, { cacheName: SEARCH, ignoreSearch: true })) ?? fetch(request),
);

/** Cache pages without their query, so /news/x/?highlight=… finds /news/x/ offline. */
const withoutQuery = {
	cacheKeyWillBeUsed: ({ request }: { request: Request }) => {
		const url = new URL(request.url);
		url.search = '';
		return Promise.resolve(url.href);
	},
};

registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
	new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 6, plugins: [withoutQuery] }),
);
/** Offline, an image never seen before becomes a quiet grey box instead of a broken-image icon. */
const imagePlaceholder = {
	handlerDidError: () =>
		Promise.resolve(
			new Response(
				'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" viewBox="0 0 16 9"><rect width="16" height="9" fill="#e6e3da"/></svg>',
				{
					headers: { 'Content-Type': 'image/svg+xml' },
				},
			),
		),
};

registerRoute(
	({ request, url }) => request.destination === 'image' && url.origin === self.location.origin,
	new CacheFirst({
		cacheName: IMAGES,
		plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 90 * 24 * 3600, purgeOnQuotaError: true }), imagePlaceholder],
	}),
);

/** The offline page of the language the reader was reading in. */
function offlinePageFor(url: string): string {
	const path = new URL(url).pathname;
	const prefix = Object.keys(offlinePages)
		.filter((key) => key && path.startsWith(key))
		.sort((a, b) => b.length - a.length)[0];
	return offlinePages[prefix ?? ''] ?? Object.values(offlinePages)[0]!;
}

setCatchHandler(async ({ request }) => {
	if (request.mode !== 'navigate') return Response.error();
	return (await matchPrecache(offlinePageFor(request.url))) ?? Response.error();
});

self.addEventListener('activate', (event) => {
	// A new build: drop the pages the old one cached, so text and search index always match.
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			const outdated = (name: string) =>
				(name.startsWith('pavilion-pages-') && name !== PAGES) || (name.startsWith('pavilion-search-') && name !== SEARCH);
			await Promise.all(names.filter(outdated).map((name) => caches.delete(name)));
			await self.clients.claim();
		})(),
	);
});

interface SaveRequest {
	type: 'save' | 'forget';
	pages: string[];
	images: string[];
}

function isSaveRequest(data: unknown): data is SaveRequest {
	if (typeof data !== 'object' || data === null) return false;
	const { type, pages, images } = data as Record<string, unknown>;
	return (type === 'save' || type === 'forget') && Array.isArray(pages) && Array.isArray(images);
}

/** "Save all articles": the page sends the URLs, the worker caches them and reports progress. */
self.addEventListener('message', (event) => {
	// Messages come from any page of the origin: check their shape before acting on them.
	const data: unknown = event.data;
	if (data === 'skip-waiting') {
		void self.skipWaiting();
		return;
	}
	if (!isSaveRequest(data)) return;
	const port = event.ports[0];
	event.waitUntil(data.type === 'save' ? save(data, port) : forget(data, port));
});

async function save({ pages, images }: SaveRequest, port: MessagePort | undefined): Promise<void> {
	const [pageCache, imageCache] = await Promise.all([caches.open(PAGES), caches.open(IMAGES)]);
	const jobs = [...pages.map((url) => [pageCache, url] as const), ...images.map((url) => [imageCache, url] as const)];
	let done = 0;
	let failed = 0;
	for (let index = 0; index < jobs.length; index += 6) {
		await Promise.all(
			jobs.slice(index, index + 6).map(async ([cache, url]) => {
				try {
					const response = await fetch(url, { credentials: 'same-origin' });
					if (!response.ok) throw new Error(String(response.status));
					await cache.put(url, response);
				} catch {
					failed += 1;
				}
				done += 1;
			}),
		);
		port?.postMessage({ type: 'progress', done, total: jobs.length, failed });
	}
	port?.postMessage({ type: 'done', done, total: jobs.length, failed, build });
}

async function forget({ pages, images }: SaveRequest, port: MessagePort | undefined): Promise<void> {
	const [pageCache, imageCache] = await Promise.all([caches.open(PAGES), caches.open(IMAGES)]);
	await Promise.all([...pages.map((url) => pageCache.delete(url)), ...images.map((url) => imageCache.delete(url))]);
	port?.postMessage({ type: 'forgotten' });
}
