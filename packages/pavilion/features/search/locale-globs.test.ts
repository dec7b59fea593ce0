import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocaleGlob, prefixedLocaleGlob, prefixOfPath } from './locale-globs.ts';

/** Folder names near the prefixes: each prefix, shorter, longer and one letter off. */
function namesNear(prefixes: readonly string[]): string[] {
	const names = new Set(['news', 'a', 'zz', '_astro', 'pagefind', '0']);
	for (const prefix of prefixes)
		for (let end = 1; end <= prefix.length; end++) {
			const start = prefix.slice(0, end);
			names.add(start);
			for (const extra of ['a', 'n', 'x', '-', '1']) names.add(start + extra);
			names.add(start.slice(0, -1) + 'q');
		}
	return [...names];
}

describe('locale globs', () => {
	for (const prefixes of [['en'], ['en', 'es'], ['en', 'en-gb'], ['ja', 'ko', 'zh-hant'], ['e']])
		it(`give each HTML file to one locale: ${prefixes.join(', ')}`, () => {
			const rest = defaultLocaleGlob(prefixes);
			for (const name of namesNear(prefixes)) {
				const file = `${name}/page/index.html`;
				const owners = prefixes.filter((prefix) => matchesGlob(file, prefixedLocaleGlob(prefix)));
				const inDefault = matchesGlob(file, rest);
				expect(owners.length + (inDefault ? 1 : 0), file).toBe(1);
				expect(inDefault, file).toBe(!prefixes.includes(name));
			}
			expect(matchesGlob('404.html', rest)).toBe(true);
			expect(matchesGlob('news/a/index.html', rest)).toBe(true);
		});

	it('is every HTML file when the site has one locale', () => {
		expect(defaultLocaleGlob([])).toBe('**/*.html');
	});

	it('finds the locale of an article page from its path, after the base', () => {
		expect(prefixOfPath('/news/expo-opens/', '/', ['en'])).toBe('');
		expect(prefixOfPath('/en/news/the-expo-opens/', '/', ['en'])).toBe('en');
		expect(prefixOfPath('/expo/en/news/a/', '/expo', ['en'])).toBe('en');
		expect(prefixOfPath('/expo/english/news/a/', '/expo/', ['en'])).toBe('');
	});
});
