import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { copyFixture, shellEnv } from './test-utils.ts';

/** A build prints only what an organizer must act on: the fixture, MDX included, builds without a warning. */
it('builds the fixture without printing a warning', () => {
	const root = copyFixture('basic', 'quiet');
	const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: shellEnv(),
		timeout: 180_000,
	});
	expect(result.status, result.stderr).toBe(0);
	const output = `${result.stdout}\n${result.stderr}`;
	expect(output).toContain('Complete!');
	expect(output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
});
