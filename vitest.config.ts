import { defineConfig } from 'vitest/config';

// Every package tests itself with its own vitest.config.ts (packages/*/vitest.config.ts: the theme's
// unit, runtime and build projects, the importer's project); the repository adds its scripts' tests
// and the demo's browser tests, so `vitest run` here runs them all.
export default defineConfig({
	test: {
		projects: [
			'packages/*/vitest.config.ts',
			{
				test: {
					name: 'scripts',
					testTimeout: 60_000,
					include: ['scripts/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'e2e',
					// Wait on conditions, never on fixed times: a poll gives up only after 30 s on a busy machine.
					expect: { poll: { timeout: 30_000 } },
					include: ['e2e/**/*.test.ts'],
					globalSetup: ['e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false,
				},
			},
		],
	},
});
