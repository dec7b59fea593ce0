import { defineConfig } from 'vitest/config';

// The theme's own tests, in three projects because they need different setups: plain units; runtime
// code that reads the theme's virtual modules (Astro's Vite setup, see __tests__/runtime/vitest.config.ts);
// and fixture sites built with Astro's `build()` (slow, one process each). None of them reads the demo
// site: `pnpm test` here runs them with this package's own dependencies.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					// Some units start a Node process or draw pictures: on a busy 2-core machine that takes seconds.
					testTimeout: 60_000,
					include: ['*.test.ts', '{schemas,utils,config,loaders,runtime,integrations,features}/**/*.test.ts'],
				},
			},
			'__tests__/runtime/vitest.config.ts',
			{
				test: {
					name: 'build',
					include: ['__tests__/**/*.test.ts'],
					exclude: ['__tests__/runtime/**', '__tests__/.tmp/**', '**/node_modules/**'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// Astro builds use both cores already: run the fixture files one after another.
					fileParallelism: false,
				},
			},
		],
	},
});
