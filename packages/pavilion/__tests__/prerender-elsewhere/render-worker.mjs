import { parentPort, workerData } from 'node:worker_threads';
import { isESMImportedImage } from 'astro/assets/utils';
import { hashTransform, propsToFilename } from 'astro/assets/utils/node';

/**
 * What an adapter's runtime does for images: the pages ask for files by their transform, the
 * runtime names each file and lists it, and Astro makes the files on the main thread from the list
 * (`collectStaticImages`). Named as Astro names them for a site at the root with no assets prefix.
 */
const staticImages = new Map();
globalThis.astroAsset = {
	...globalThis.astroAsset,
	addStaticImage(options, hashProperties, originalSrcPath) {
		const imported = isESMImportedImage(options.src);
		const original = imported ? options.src.src : options.src;
		const hash = hashTransform(options, 'astro/assets/services/sharp', hashProperties);
		let forPath = staticImages.get(original);
		if (!forPath) staticImages.set(original, (forPath = { originalSrcPath, transforms: new Map() }));
		let made = forPath.transforms.get(hash);
		if (!made) {
			const name = propsToFilename(original, options, hash).replace(/^\//, '');
			made = { finalPath: `/${imported ? '' : '_astro/'}${name}`, transform: options };
			forPath.transforms.set(hash, made);
		}
		return encodeURI(made.finalPath);
	},
};

let app;

async function ready() {
	({ app } = await import(workerData.entry));
	// What Astro's own build environment holds for the page head: no stylesheets or page scripts are needed here.
	app.setInternals({ pagesByKeys: new Map(), entrySpecifierToBundleMap: new Map() });
	app.setOptions({ logger: { options: { destination: { write: () => true }, level: 'error' } }, settings: { scripts: [] } });
}

async function paths() {
	const { StaticPaths } = await import('astro/runtime/prerender/static-paths.js');
	const listed = await new StaticPaths(app).getAll();
	return listed.map(({ pathname, route, cacheKey }) => ({ pathname, route: route.route, component: route.component, cacheKey }));
}

async function render({ url, route, component }) {
	const routeData = app.manifest.routes.map((info) => info.routeData).find((data) => data.route === route && data.component === component);
	const response = await app.render(new Request(url), { routeData });
	return { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) };
}

/** The images the pages asked for on this thread, for Astro to make on the main one, as plain data. */
function images() {
	return [...staticImages].map(([path, { originalSrcPath, transforms }]) => [
		path,
		originalSrcPath,
		[...transforms].map(([hash, { finalPath, transform }]) => [hash, finalPath, JSON.parse(JSON.stringify(transform))]),
	]);
}

parentPort.on('message', async ({ id, kind, ...message }) => {
	try {
		const value =
			kind === 'ready' ? await ready() : kind === 'paths' ? await paths() : kind === 'render' ? await render(message) : images();
		parentPort.postMessage({ id, value });
	} catch (error) {
		parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
