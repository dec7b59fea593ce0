import { defineConfig } from 'vitest/config';

// The importer's tests, in two projects because they need different setups: units next to the code in
// src/ (some start the commands as Node processes, which on a busy 2-core machine takes seconds), and
// __tests__/, which imports into the test site and builds it with the theme (slow, one at a time).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					testTimeout: 60_000,
					include: ['src/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'build',
					include: ['__tests__/**/*.test.ts'],
					exclude: ['__tests__/.tmp/**', '**/node_modules/**'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// Astro builds use both cores already: run the build files one after another.
					fileParallelism: false,
				},
			},
		],
	},
});
