import { describe, expect, it } from 'vitest';
import { countForReading, HAN_PER_MINUTE, readingMinutes, WORDS_PER_MINUTE } from './reading-time.ts';

describe('reading time', () => {
	it('counts Chinese by character and English by word, numbers as words', () => {
		expect(countForReading('第七届博览会于 2027 年 4 月开幕。The expo opens in April.')).toEqual({ han: 11, words: 7 });
	});

	it('reads Chinese at its speed and English at its own', () => {
		expect(readingMinutes('展'.repeat(HAN_PER_MINUTE * 4))).toBe(4);
		expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 3))).toBe(3);
		// The same length of text in characters takes a Chinese reader longer than an English word count suggests.
		expect(readingMinutes(`${'展'.repeat(HAN_PER_MINUTE * 2)} ${'word '.repeat(WORDS_PER_MINUTE * 2)}`)).toBe(4);
	});

	it('says at least one minute', () => {
		expect(readingMinutes('')).toBe(1);
		expect(readingMinutes('短讯')).toBe(1);
	});
});
