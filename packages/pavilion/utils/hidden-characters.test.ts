import { describe, expect, it } from 'vitest';
import { hasVisibleCharacter, hiddenCharacterProblem } from './hidden-characters.ts';

describe('hidden characters', () => {
	it('refuses bidirectional overrides, embeddings and isolates, naming the character and where it is', () => {
		expect(hiddenCharacterProblem('展会\u202Eabc')).toContain('right-to-left override character U+202E');
		expect(hiddenCharacterProblem('展会\u202Eabc')).toContain('at character 3');
		for (const char of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069'])
			expect(hiddenCharacterProblem(`a${char}b`)).toMatch(/^holds the invisible .+ character U\+20/);
	});

	it('refuses C0 and C1 controls, but not tabs and line breaks', () => {
		expect(hiddenCharacterProblem('a\u0007b')).toContain('control character U+0007');
		expect(hiddenCharacterProblem('a\u0085b')).toContain('control character U+0085');
		expect(hiddenCharacterProblem('a\u007Fb')).toContain('U+007F');
		expect(hiddenCharacterProblem('a\tb\nc\r\nd')).toBeUndefined();
	});

	it('keeps zero-width spaces, soft hyphens, joiners and marks for text direction', () => {
		expect(hiddenCharacterProblem('展会\u200B新闻 Ex\u00ADpo \u200D \u200E\u200F')).toBeUndefined();
	});

	it('finds no visible character in soft hyphens, zero-width and ordinary spaces alone', () => {
		expect(hasVisibleCharacter('\u00AD')).toBe(false);
		expect(hasVisibleCharacter(' \u200B\u2060\uFEFF\u3000')).toBe(false);
		expect(hasVisibleCharacter('\u00ADa')).toBe(true);
		expect(hasVisibleCharacter('展')).toBe(true);
	});
});
