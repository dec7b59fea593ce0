import type { AstroConfig } from 'astro';
import { AstroError } from 'astro/errors';

/** What @astrojs/cloudflare 14 puts in `image` for each `imageService` (its setImageConfig()). */
const CLOUDFLARE = '@astrojs/cloudflare';
const CLOUDFLARE_WORKERD_SERVICE = '@astrojs/cloudflare/image-service-workerd';
const CLOUDFLARE_PASSTHROUGH_ENDPOINT = '@astrojs/cloudflare/image-passthrough-endpoint';
/** Images are left as they are: 'passthrough' (astro's passthroughImageService()) and 'cloudflare' (resized on request). */
const ORIGINALS_SHIP = new Set(['astro/assets/services/noop', '@astrojs/cloudflare/image-service']);

export const CLOUDFLARE_IMAGES_LINE =
	"astro.config.mjs: adapter cloudflare() was given with an imageService that ships every picture's original with its GPS position and camera data; expected cloudflare({ imageService: 'compile' }), which makes the pictures with sharp while building";

/**
 * Pavilion promises that no picture ships as the organizer's original (utils/private-metadata.ts
 * says why). @astrojs/cloudflare at its defaults ('cloudflare-binding') makes the pictures in
 * workerd and copies each original into the build beside them; under `prerenderEnvironment:
 * 'node'` the same setting copies the originals under the pictures' names. Only 'compile' makes
 * them with sharp in Node, as a site without an adapter does. Its image settings are all the
 * adapter leaves in the config: 'compile' is the workerd service with the passthrough endpoint.
 */
export function adapterImagesError({ adapter, image }: Pick<AstroConfig, 'adapter' | 'image'>): AstroError | undefined {
	if (adapter?.name !== CLOUDFLARE) return undefined;
	// Astro 7.4 lets a service be split in two; the one that makes the pictures while building decides what ships.
	const service = 'entrypoint' in image.service ? image.service.entrypoint : image.service.build.entrypoint;
	const builtWithBinding = service === CLOUDFLARE_WORKERD_SERVICE && image.endpoint.entrypoint !== CLOUDFLARE_PASSTHROUGH_ENDPOINT;
	if (!builtWithBinding && !ORIGINALS_SHIP.has(service)) return undefined;
	const error = new AstroError(CLOUDFLARE_IMAGES_LINE);
	error.name = 'PavilionConfigError';
	// One line for a person: where in the theme it was found says nothing about astro.config.mjs.
	error.stack = '';
	return error;
}
