#!/usr/bin/env node
// `pnpm exec pavilion-import …` in a site that installed astro-pavilion: the importer of docs/importing.md.
// The theme ships TypeScript, which Node runs only outside node_modules; the hooks of ts-hooks.mjs
// compile the theme's files (and the site's astro.config.mjs imports of them) with the theme's esbuild.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
await import('../importer/cli.ts');
