import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { installRenderScope, renderForPrerender } from 'astro/app';
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js';

/**
 * What an adapter's runtime does under Astro 7.4's prerenderer contract: it installs a render scope
 * of its own (this thread has its own globals), and lists and renders the pages through
 * `StaticPaths.getAllWithMetadata()` and `renderForPrerender()`. The pictures a page asks for are
 * recorded in that scope and travel back by value, as metadata; Astro makes them on the main thread.
 */
installRenderScope(new AsyncLocalStorage());

let app;

async function ready() {
	({ app } = await import(workerData.entry));
	// What Astro's own build environment holds for the page head: no stylesheets or page scripts are needed here.
	app.setInternals({ pagesByKeys: new Map(), entrySpecifierToBundleMap: new Map() });
	app.setOptions({ logger: { options: { destination: { write: () => true }, level: 'error' } }, settings: { scripts: [] } });
}

async function paths() {
	const { paths: listed, metadata } = await new StaticPaths(app).getAllWithMetadata();
	return {
		paths: listed.map(({ pathname, route, cacheKey }) => ({ pathname, route: route.route, component: route.component, cacheKey })),
		metadata,
	};
}

async function render({ url, route, component }) {
	const routeData = app.manifest.routes.map((info) => info.routeData).find((data) => data.route === route && data.component === component);
	const { response, metadata } = await renderForPrerender(app, new Request(url), { routeData });
	return {
		status: response.status,
		headers: [...response.headers],
		body: response.body === null ? null : new Uint8Array(await response.arrayBuffer()),
		metadata,
	};
}

parentPort.on('message', async ({ id, kind, ...message }) => {
	try {
		const value = kind === 'ready' ? await ready() : kind === 'paths' ? await paths() : await render(message);
		parentPort.postMessage({ id, value });
	} catch (error) {
		parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
