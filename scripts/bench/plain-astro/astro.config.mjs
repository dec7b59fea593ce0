// System B of `pnpm bench:build`: what an organizer could build with Astro alone over the same
// articles. The bench script copies this folder next to the generated corpus.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://bench.example.com', integrations: [mdx()] });
