import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sharp from 'sharp';
import { resolveProjectPath } from '../config/project-path.ts';
import type { NodeFile } from '../features/feature.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { icoFromPng } from '../utils/ico.ts';
import { LOGO_ICON_SIZES, SEGMENTS } from '../utils/urls.ts';

export type { NodeFile };

const FAVICON_SIZE = 48;

/**
 * The logo as PNG (feeds and structured data take no SVG) and as /favicon.ico (browsers ask for it
 * on their own). The features add their own (features/feature.ts `setup`): the press kit, Decap's files.
 */
export function nodeFiles(
	config: PavilionConfig,
	root: URL,
	/** The site serves its own /favicon.ico from its public folder. */
	ownFavicon: boolean,
): NodeFile[] {
	const logo = config.logo ? resolveProjectPath(config.logo.src, root, 'logo', 'site/images/logo.svg') : undefined;
	return [
		...(logo
			? LOGO_ICON_SIZES.map((size) => ({ path: `${SEGMENTS.icons}/logo-${size}.png`, type: 'image/png', make: () => logoPng(logo, size) }))
			: []),
		...(logo && !ownFavicon
			? [{ path: 'favicon.ico', type: 'image/x-icon', make: async () => icoFromPng(await logoPng(logo, FAVICON_SIZE), FAVICON_SIZE) }]
			: []),
	];
}

/** The logo as a square PNG. The organizer's own file is rasterized here, so SVG processing stays off for everything else. */
async function logoPng(file: string, size: number): Promise<Uint8Array> {
	const png = await sharp(file, { density: 300 })
		.resize({ width: size, height: size, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
		.png()
		.toBuffer();
	return new Uint8Array(png);
}

/** After the pages: each file in the output folder, where a route would have put it. */
export async function writeNodeFiles(files: readonly NodeFile[], outDir: URL): Promise<void> {
	await Promise.all(
		files.map(async ({ path, make }) => {
			// A path, not a URL: a press file's name may hold a % sign.
			const target = join(fileURLToPath(outDir), path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, await make());
		}),
	);
}

type Middleware = (request: Pick<IncomingMessage, 'url'>, response: ServerResponse, next: () => void) => void;

/** `astro dev` serves the same files, made when asked for. */
export function nodeFilesMiddleware(files: readonly NodeFile[], base: string): Middleware {
	const byUrl = new Map(files.map((file) => [`${base}${file.path}`, file]));
	return (request, response, next) => {
		const file = byUrl.get(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
		if (!file) {
			next();
			return;
		}
		file.make().then(
			(bytes) => {
				response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
				response.end(bytes);
			},
			() => {
				response.writeHead(500);
				response.end();
			},
		);
	};
}
