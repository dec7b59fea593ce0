import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { adapterImagesError, CLOUDFLARE_IMAGES_LINE } from './adapter-images.ts';

/** The `adapter` and `image` settings @astrojs/cloudflare 14.3 leaves in the config for each `imageService`. */
const cloudflare = (service: string, endpoint?: string) =>
	({
		adapter: { name: '@astrojs/cloudflare', hooks: {} },
		image: { service: { entrypoint: service, config: {} }, endpoint: { route: '/_image', entrypoint: endpoint } },
	}) as unknown as Pick<AstroConfig, 'adapter' | 'image'>;

describe('the pictures of a site on an adapter', () => {
	it("stops cloudflare() at its defaults, and with 'passthrough' or 'cloudflare', which all ship the originals", () => {
		for (const config of [
			cloudflare('@astrojs/cloudflare/image-service-workerd', '@astrojs/cloudflare/image-transform-endpoint'),
			cloudflare('astro/assets/services/noop', '@astrojs/cloudflare/image-passthrough-endpoint'),
			cloudflare('@astrojs/cloudflare/image-service'),
		])
			expect(adapterImagesError(config)?.message).toBe(CLOUDFLARE_IMAGES_LINE);
	});

	it("lets imageService: 'compile' through, and every other adapter", () => {
		expect(
			adapterImagesError(cloudflare('@astrojs/cloudflare/image-service-workerd', '@astrojs/cloudflare/image-passthrough-endpoint')),
		).toBeUndefined();
		const netlify = { ...cloudflare('astro/assets/services/sharp'), adapter: { name: '@astrojs/netlify', hooks: {} } } as Pick<
			AstroConfig,
			'adapter' | 'image'
		>;
		expect(adapterImagesError(netlify)).toBeUndefined();
		expect(adapterImagesError({ ...netlify, adapter: undefined })).toBeUndefined();
	});
});
