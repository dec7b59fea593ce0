/**
 * An adapter's way of rendering pages, as @astrojs/cloudflare's does in workerd: Astro's
 * prerenderer API (`setPrerenderer`), here rendering every page on a worker thread of its own, with
 * its own globals and an empty environment. Only what the theme hands over properly reaches it.
 */
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export default function renderElsewhere() {
	return {
		name: 'test:render-elsewhere',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((defaults, { outputDirectories }) => {
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
							const folder = outputDirectories.prerender;
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
						},
						/** The routes' getStaticPaths() run on the worker too, as they do in an adapter's runtime; the pictures they ask for come back with them. */
						async getStaticPaths() {
							const routes = defaults.app.manifest.routes.map((info) => info.routeData);
							const { paths, metadata } = await call({ kind: 'paths' });
							return {
								paths: paths.map(({ pathname, route, component, cacheKey }) => ({
									pathname,
									route: routes.find((data) => data.route === route && data.component === component),
									...(cacheKey === undefined ? {} : { cacheKey }),
								})),
								metadata,
							};
						},
						/** A PrerenderResult: the page, and the pictures it asked for, which Astro then makes as files. */
						async render(request, { routeData }) {
							const { status, headers, body, metadata } = await call({
								kind: 'render',
								url: request.url,
								route: routeData.route,
								component: routeData.component,
							});
							return { response: new Response(body, { status, headers }), metadata };
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
