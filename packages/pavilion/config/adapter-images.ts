import type { AstroConfig } from 'astro';
import type { AstroError } from 'astro/errors';
import { oneLineError } from './config-error.ts';

/** What @astrojs/cloudflare 14 puts in `image` for each `imageService` (its setImageConfig()). */
const CLOUDFLARE = '@astrojs/cloudflare';
/**
 * Images are left as they are: 'passthrough' (astro's passthroughImageService()), 'cloudflare'
 * (resized on request), and the workerd service of 'cloudflare-binding' and 'compile', which copies
 * the original's bytes: Astro 7.4 makes a prerendered page's pictures in Node with the service that
 * `image.service` names for building, and no longer with the sharp that the adapter hands it.
 */
const ORIGINALS_SHIP = new Set([
	'astro/assets/services/noop',
	'@astrojs/cloudflare/image-service',
	'@astrojs/cloudflare/image-service-workerd',
]);

/**
 * The settings with which @astrojs/cloudflare 14.3 under Astro 7.4 makes a Pavilion site's pictures
 * with sharp while building: its workerd prerenderer lists the pages before it collects any
 * picture, so the pages render in Node, and the `build` image service is sharp (cloudflare.test.ts).
 */
export const CLOUDFLARE_PICTURE_SETTINGS =
	"cloudflare({ prerenderEnvironment: 'node', imageService: 'custom' }) and image: { service: { build: { entrypoint: 'astro/assets/services/sharp' }, runtime: passthroughImageService() } }";

export const CLOUDFLARE_IMAGES_LINE = `astro.config.mjs: adapter cloudflare() was given with image settings that ship every picture's original with its GPS position and camera data; expected the pictures made with sharp while building: ${CLOUDFLARE_PICTURE_SETTINGS}`;

/**
 * Pavilion promises that no picture ships as the organizer's original (utils/private-metadata.ts
 * says why). @astrojs/cloudflare at its defaults ('cloudflare-binding') makes the pictures in
 * workerd and copies each original into the build beside them; under Astro 7.4 'compile' copies
 * the originals under the pictures' names. What decides is the service that makes the pictures
 * while building: Astro 7.4 lets `image.service` be split in two, and 'custom' keeps it as given.
 */
export function adapterImagesError({ adapter, image }: Pick<AstroConfig, 'adapter' | 'image'>): AstroError | undefined {
	if (adapter?.name !== CLOUDFLARE) return undefined;
	const service = 'entrypoint' in image.service ? image.service.entrypoint : image.service.build.entrypoint;
	if (!ORIGINALS_SHIP.has(service)) return undefined;
	return oneLineError('PavilionConfigError', CLOUDFLARE_IMAGES_LINE);
}
