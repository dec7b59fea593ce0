import { show } from '../utils/show.ts';

/**
 * Messages here end up in Astro's "data does not match collection schema" error, which already
 * names the file and the field: each says what was given and what is expected.
 */
export function expecting(expected: string) {
	return (issue: { input?: unknown }) =>
		issue.input === undefined ? `is missing; expected ${expected}` : `${show(issue.input)} was given; expected ${expected}`;
}
