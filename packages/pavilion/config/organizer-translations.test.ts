import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBuiltInTranslations, readOrganizerTranslations, translationsByLocale } from './translations.ts';

const builtIn = readBuiltInTranslations();
const known = Object.keys(builtIn.en!);

function folder(files: Record<string, string>): URL {
	const dir = mkdtempSync(join(tmpdir(), 'pavilion-strings-'));
	mkdirSync(dir, { recursive: true });
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return pathToFileURL(`${dir}/`);
}

describe("the organizer's UI strings", () => {
	it('override shipped strings and translate a new language, falling back to English for the rest', () => {
		const organizer = readOrganizerTranslations(
			folder({ 'zh-CN.json': '{"nav.news": "资讯"}', 'ja.json': '{"nav.home": "ホーム", "list.count": "{count} 件"}' }),
			known,
		);
		const strings = translationsByLocale({ zh: { lang: 'zh-CN' }, ja: { lang: 'ja' } }, builtIn, organizer);
		expect(strings.zh!['nav.news']).toBe('资讯');
		expect(strings.zh!['nav.home']).toBe('首页');
		expect(strings.ja!['nav.home']).toBe('ホーム');
		expect(strings.ja!['list.count']).toBe('{count} 件');
		expect(strings.ja!['nav.archive']).toBe('Archive');
	});
	it('refuses a key the theme does not use, naming the file and the key', () => {
		expect(() => readOrganizerTranslations(folder({ 'en.json': '{"nav.hom": "Home"}' }), known)).toThrow(
			/en\.json: key "nav\.hom" is not a UI string of the theme/,
		);
	});
	it('refuses a file that is not a JSON object of text', () => {
		expect(() => readOrganizerTranslations(folder({ 'en.json': '{"nav.home": 3}' }), known)).toThrow(/"nav\.home" is 3; expected text/);
		expect(() => readOrganizerTranslations(folder({ 'en.json': '{nope' }), known)).toThrow(/not valid JSON/);
	});
	it('is optional', () => {
		expect(readOrganizerTranslations(new URL('file:///nonexistent/'), known)).toEqual({});
	});
});
