import { defineConfig } from 'astro/config';
import pavilion from 'astro-pavilion';
import options from './options.mjs';

export default defineConfig({ site: 'https://expo.example.com', integrations: [pavilion(options)] });
