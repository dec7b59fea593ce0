/**
 * An adapter's way of rendering pages, as @astrojs/cloudflare's does in workerd: Astro's
 * prerenderer API (`setPrerenderer`), here rendering every page on a worker thread of its own, with
 * its own globals and an empty environment. Only what the theme hands over properly reaches it.
 */
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export default function renderElsewhere() {
	let outDir;
	return {
		name: 'test:render-elsewhere',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((defaults) => {
					let worker;
					let next = 0;
					const waiting = new Map();
					const call = (message) =>
						new Promise((resolve, reject) => {
							const id = next++;
							waiting.set(id, { resolve, reject });
							worker.postMessage({ id, ...message });
						});
					return {
						name: 'test:render-elsewhere',
						async setup() {
							const folder = new URL('.prerender/', outDir);
							const entry = readdirSync(folder).find((name) => name.startsWith('prerender-entry'));
							worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
								env: {},
								workerData: { entry: new URL(entry, folder).href },
							});
							worker.on('message', ({ id, error, value }) => {
								const { resolve, reject } = waiting.get(id);
								waiting.delete(id);
								if (error) reject(new Error(error));
								else resolve(value);
							});
							await call({ kind: 'ready' });
							// Loads the bundle on this thread too, for the routes Astro expects back; nothing is rendered or listed here.
							await defaults.setup();
							// Astro makes the listed images on this thread with the image service a rendered page would have loaded here.
							globalThis.astroAsset = { ...globalThis.astroAsset, imageService: (await import('astro/assets/services/sharp')).default };
						},
						/** The routes' getStaticPaths() run on the worker too, as they do in an adapter's runtime. */
						async getStaticPaths() {
							const routes = defaults.app.manifest.routes.map((info) => info.routeData);
							const listed = await call({ kind: 'paths' });
							return listed.map(({ pathname, route, component, cacheKey }) => ({
								pathname,
								route: routes.find((data) => data.route === route && data.component === component),
								...(cacheKey === undefined ? {} : { cacheKey }),
							}));
						},
						async render(request, { routeData }) {
							const { status, headers, body } = await call({
								kind: 'render',
								url: request.url,
								route: routeData.route,
								component: routeData.component,
							});
							return new Response(status === 204 || status === 304 ? null : body, { status, headers });
						},
						async collectStaticImages() {
							const listed = await call({ kind: 'images' });
							return new Map(
								listed.map(([path, originalSrcPath, transforms]) => [
									path,
									{
										originalSrcPath,
										transforms: new Map(transforms.map(([hash, finalPath, transform]) => [hash, { finalPath, transform }])),
									},
								]),
							);
						},
						async teardown() {
							await worker?.terminate();
						},
					};
				});
			},
		},
	};
}
