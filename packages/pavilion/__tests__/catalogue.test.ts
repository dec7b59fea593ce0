import { describe, expect, it } from 'vitest';
import { HANDLED, REFUSED, SEARCH_CASES } from './catalogue-cases.ts';
import { buildFailure, buildSite, copyFixture } from './test-utils.ts';

/**
 * The catalogue of bad input: every case builds its own copy of the basic fixture (in the
 * git-ignored __tests__/.tmp/). A refused input stops the build with one plain message; a handled
 * one builds, and its output is checked.
 */
const copyOf = (name: string) => copyFixture('basic', `catalogue-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);

describe('refused input stops the build with one message: file or option, field, value, expectation', () => {
	it.each(REFUSED.map((refused) => [refused.name, refused] as const))('%s', async (_name, refused) => {
		const root = copyOf(refused.name);
		await refused.setup(root);
		const message = await buildFailure(root);
		for (const part of refused.message) expect(message).toContain(part);
		// A person reads this: no stack trace, no file contents.
		expect(message).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		expect(message).not.toMatch(/root:x:0:0|第七届测试博览会将于/);
	});
});

describe('handled input builds, and the output is right', () => {
	it.each([...HANDLED, ...SEARCH_CASES].map((handled) => [handled.name, handled] as const))('%s', async (_name, handled) => {
		const root = copyOf(handled.name);
		await handled.setup(root);
		await handled.check(await buildSite(root));
	});
});

it('catalogues at least 40 distinct refusals', () => {
	expect(new Set(REFUSED.map((refused) => refused.name)).size).toBe(REFUSED.length);
	expect(REFUSED.length).toBeGreaterThanOrEqual(40);
});
