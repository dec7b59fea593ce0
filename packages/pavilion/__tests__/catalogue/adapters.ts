import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';
import { writeFile } from '../test-utils.ts';

/** The fixture's astro.config.mjs with @astrojs/cloudflare as its adapter, called as given. */
const onCloudflare = (root: string, adapter: string) => {
	const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
	writeFile(
		root,
		'astro.config.mjs',
		`import cloudflare from '@astrojs/cloudflare';\n${config.replace('integrations:', `adapter: ${adapter}, integrations:`)}`,
	);
};

/** Deploy adapters in astro.config.mjs (config/adapter-images.ts); a site on Cloudflare that builds is in cloudflare.test.ts. */
export const REFUSED: RefusedCase[] = [
	{
		name: '@astrojs/cloudflare with its default imageService',
		why: "At its defaults the adapter makes the pictures in Cloudflare's runtime and copies each original into the build beside them, GPS position, camera data and photographer's name included. Under Astro 7.4 the pictures are made with sharp while building only when the pages render in Node (`prerenderEnvironment: 'node'`) and sharp is the `build` image service (`imageService: 'custom'`).",
		area: 'Options',
		setup: (root) => onCloudflare(root, 'cloudflare()'),
		message: [
			'astro.config.mjs',
			'adapter cloudflare()',
			'GPS position',
			"cloudflare({ prerenderEnvironment: 'node', imageService: 'custom' })",
		],
	},
	{
		name: "@astrojs/cloudflare with imageService: 'compile'",
		why: "Under Astro 7.4 the pictures of prerendered pages are made in Node with the `build` image service, which 'compile' sets to the adapter's workerd service: it copies each original under the pictures' names, GPS position and camera data included (and with the pages in workerd they come out as `/_image?…`, made on request).",
		area: 'Options',
		setup: (root) => onCloudflare(root, "cloudflare({ prerenderEnvironment: 'node', imageService: 'compile' })"),
		message: ['astro.config.mjs', 'adapter cloudflare()', 'GPS position', "build: { entrypoint: 'astro/assets/services/sharp' }"],
	},
];

export const HANDLED: HandledCase[] = [];
