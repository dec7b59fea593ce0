import { defineConfig } from 'vitest/config';

// Four projects, because they need different setups: plain units; runtime code that reads the
// theme's virtual modules (Astro's Vite setup, see __tests__/runtime/vitest.config.ts); fixture
// sites built with Astro's `build()` (slow, one process each); and a real browser against the demo.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					// Some units start a Node process (the importer, new-article): on a busy 2-core machine that takes seconds.
					testTimeout: 60_000,
					include: [
						'packages/pavilion/*.test.ts',
						'packages/pavilion/{schemas,utils,config,runtime,integrations,features}/**/*.test.ts',
						'packages/pavilion-import/src/**/*.test.ts',
						'scripts/**/*.test.ts',
					],
				},
			},
			'packages/pavilion/__tests__/runtime/vitest.config.ts',
			{
				test: {
					name: 'build',
					include: ['packages/pavilion/__tests__/**/*.test.ts'],
					exclude: ['packages/pavilion/__tests__/runtime/**', '**/node_modules/**'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// Astro builds use both cores already: run the fixture files one after another.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'e2e',
					// Wait on conditions, never on fixed times: a poll gives up only after 30 s on a busy machine.
					expect: { poll: { timeout: 30_000 } },
					include: ['packages/pavilion/__e2e__/**/*.test.ts'],
					globalSetup: ['packages/pavilion/__e2e__/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false,
				},
			},
		],
	},
});
