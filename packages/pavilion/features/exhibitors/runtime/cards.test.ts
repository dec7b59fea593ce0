import { describe, expect, it } from 'vitest';
import { letterId, letterStarts } from './cards.ts';

describe('the A–Z headings of a directory cut into pages', () => {
	it('link each letter to the page it starts on', () => {
		const letters = ['A', 'A', 'B', 'C', 'C', 'C', 'Z', '#'].map((letter) => ({ letter }));
		expect(letterStarts(letters, 3)).toEqual([
			{ letter: 'A', page: 1 },
			{ letter: 'B', page: 1 },
			{ letter: 'C', page: 2 },
			{ letter: 'Z', page: 3 },
			{ letter: '#', page: 3 },
		]);
	});

	it('give "#" an id a fragment can name', () => {
		expect(letterId('#')).toBe('letter-other');
		expect(letterId('Q')).toBe('letter-Q');
	});
});
