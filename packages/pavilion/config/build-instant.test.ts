import { describe, expect, it } from 'vitest';
import { readBuildInstant } from './build-instant.ts';

describe('readBuildInstant', () => {
	const now = new Date('2026-12-02T08:00:00Z');

	it('is now unless SOURCE_DATE_EPOCH pins it', () => {
		expect(readBuildInstant({}, now)).toEqual(now);
		expect(readBuildInstant({ SOURCE_DATE_EPOCH: '' }, now)).toEqual(now);
		expect(readBuildInstant({ SOURCE_DATE_EPOCH: '1767225600' }, now).toISOString()).toBe('2026-01-01T00:00:00.000Z');
	});

	it('stops the build on a value that is not whole seconds, naming it', () => {
		for (const value of ['2026-01-01', '1.5', '-3', 'soon'])
			expect(() => readBuildInstant({ SOURCE_DATE_EPOCH: value }, now)).toThrow(
				`SOURCE_DATE_EPOCH: ${JSON.stringify(value)} was given; expected the build time as whole seconds since 1970-01-01 UTC`,
			);
	});
});
