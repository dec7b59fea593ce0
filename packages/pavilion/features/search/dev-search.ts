import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import { outputFolderOf, searchIndexUrl } from '../../utils/urls.ts';

type Middleware = (request: Pick<IncomingMessage, 'url'>, response: ServerResponse, next: () => void) => void;

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
};

/**
 * `astro dev` does not build a search index (astro:build:done does not run there). Serve the index
 * of the last `astro build` instead, and say plainly when there is none yet.
 */
export function devSearchMiddleware(outDir: URL, logger: AstroIntegrationLogger, base = '/'): Middleware {
	const indexUrl = searchIndexUrl({ base });
	const bundle = new URL(outputFolderOf(indexUrl, base), outDir);
	if (existsSync(new URL('pagefind.js', bundle))) {
		logger.info(`Search in dev uses the index of the last build (${fileURLToPath(bundle)}); run \`astro build\` again to refresh it.`);
	} else {
		logger.warn('Search has no index in dev until the site has been built once: run `astro build`, then restart `astro dev`.');
	}
	return (request, response, next) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (!path.startsWith(indexUrl)) {
			next();
			return;
		}
		const file = new URL(`./${decodeURIComponent(path.slice(indexUrl.length))}`, bundle);
		if (!file.href.startsWith(bundle.href) || !existsSync(file) || !statSync(file).isFile()) {
			next();
			return;
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file.pathname)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
		createReadStream(file).pipe(response);
	};
}
