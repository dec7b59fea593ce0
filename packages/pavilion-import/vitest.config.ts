import { defineConfig } from 'vitest/config';

// The importer's tests are units, but some start the commands as Node processes (import, new-article):
// on a busy 2-core machine that takes seconds.
export default defineConfig({
	test: {
		testTimeout: 60_000,
		include: ['src/**/*.test.ts'],
	},
});
