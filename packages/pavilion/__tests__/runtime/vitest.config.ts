import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Runtime code (the site model, feeds, page metadata, the calendar event) reads the virtual
// modules, so these tests run in Astro's Vite setup with the theme's plugin, as Starlight's do.
// The basic fixture's astro.config.mjs supplies pavilion() and its options.
export default getViteConfig(
	{ test: { name: 'runtime', testTimeout: 30_000, include: [fileURLToPath(new URL('./*.test.ts', import.meta.url))] } },
	{ root: fileURLToPath(new URL('../fixtures/basic/', import.meta.url)), logLevel: 'error' },
);
