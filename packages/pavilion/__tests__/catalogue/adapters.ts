import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';
import { writeFile } from '../test-utils.ts';

/** Deploy adapters in astro.config.mjs (config/adapter-images.ts); a site on Cloudflare that builds is in cloudflare.test.ts. */
export const REFUSED: RefusedCase[] = [
	{
		name: '@astrojs/cloudflare with its default imageService',
		why: "At its defaults the adapter makes the pictures in Cloudflare's runtime and copies each original into the build beside them, GPS position, camera data and photographer's name included; with `prerenderEnvironment: 'node'` it ships the originals under the pictures' names. `imageService: 'compile'` makes them with sharp while building, as a site without an adapter does.",
		area: 'Options',
		setup: (root) => {
			const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
			writeFile(
				root,
				'astro.config.mjs',
				`import cloudflare from '@astrojs/cloudflare';\n${config.replace('integrations:', 'adapter: cloudflare(), integrations:')}`,
			);
		},
		message: ['astro.config.mjs', 'adapter cloudflare()', 'GPS position', "expected cloudflare({ imageService: 'compile' })"],
	},
];

export const HANDLED: HandledCase[] = [];
