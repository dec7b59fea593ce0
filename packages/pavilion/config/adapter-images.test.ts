import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { adapterImagesError, CLOUDFLARE_IMAGES_LINE } from './adapter-images.ts';

/** The `adapter` and `image` settings @astrojs/cloudflare 14.3 leaves in the config for each `imageService`. */
const cloudflare = (service: string, endpoint?: string) =>
	({
		adapter: { name: '@astrojs/cloudflare', hooks: {} },
		image: { service: { entrypoint: service, config: {} }, endpoint: { route: '/_image', entrypoint: endpoint } },
	}) as unknown as Pick<AstroConfig, 'adapter' | 'image'>;
/** Astro 7.4's image.service in two, as 'custom' leaves it: `build` makes the prerendered pages' pictures. */
const split = (build: string) =>
	({
		adapter: { name: '@astrojs/cloudflare', hooks: {} },
		image: {
			service: { build: { entrypoint: build, config: {} }, runtime: { entrypoint: 'astro/assets/services/noop', config: {} } },
			endpoint: { route: '/_image', entrypoint: undefined },
		},
	}) as unknown as Pick<AstroConfig, 'adapter' | 'image'>;

describe('the pictures of a site on an adapter', () => {
	it("stops cloudflare() at its defaults, and with 'passthrough', 'cloudflare' or 'compile', which all ship the originals", () => {
		for (const config of [
			cloudflare('@astrojs/cloudflare/image-service-workerd', '@astrojs/cloudflare/image-transform-endpoint'),
			cloudflare('astro/assets/services/noop', '@astrojs/cloudflare/image-passthrough-endpoint'),
			cloudflare('@astrojs/cloudflare/image-service'),
			cloudflare('@astrojs/cloudflare/image-service-workerd', '@astrojs/cloudflare/image-passthrough-endpoint'),
			split('astro/assets/services/noop'),
		])
			expect(adapterImagesError(config)?.message).toBe(CLOUDFLARE_IMAGES_LINE);
	});

	it("lets through imageService: 'custom' with sharp building the pictures, and every other adapter", () => {
		expect(adapterImagesError(split('astro/assets/services/sharp'))).toBeUndefined();
		expect(adapterImagesError(cloudflare('astro/assets/services/sharp'))).toBeUndefined();
		const netlify = { ...cloudflare('astro/assets/services/sharp'), adapter: { name: '@astrojs/netlify', hooks: {} } } as Pick<
			AstroConfig,
			'adapter' | 'image'
		>;
		expect(adapterImagesError(netlify)).toBeUndefined();
		expect(adapterImagesError({ ...netlify, adapter: undefined })).toBeUndefined();
	});
});
