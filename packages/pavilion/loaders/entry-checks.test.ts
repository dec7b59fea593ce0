import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticleEntry, checkParsedArticle, findDuplicateSlugs } from './entry-checks.ts';

const rootDir = mkdtempSync(join(tmpdir(), 'pavilion-checks-'));
mkdirSync(join(rootDir, 'site/articles/zh'), { recursive: true });
mkdirSync(join(rootDir, 'site/images'), { recursive: true });
// The path checks read only that the file exists and is not empty; whether it is a picture is checked later.
writeFileSync(join(rootDir, 'site/images/cover.jpg'), 'jpeg bytes');
const root = pathToFileURL(`${rootDir}/`);
const publicDir = new URL('site/public/', root);
const config = { defaultLocale: 'zh', locales: { zh: { label: '中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } } };
const file = (id: string) => join(rootDir, 'site/articles', `${id}.md`);
const check = (id: string, data: Record<string, unknown>) => () =>
	checkArticleEntry({ id, data, filePath: file(id) }, config, root, publicDir);

const BUILD = new Date('2026-06-01T00:00:00Z');

describe('checks an editor would otherwise miss', () => {
	it('accepts an article in a configured locale with an existing cover', () => {
		expect(check('zh/ok', { cover: '../../images/cover.jpg' })).not.toThrow();
	});
	it('names the file and the folder for an undeclared locale', () => {
		expect(check('fr/bonjour', {})).toThrow(
			'site/articles/fr/bonjour.md: locale folder "fr" is not a configured locale; expected the article under one of site/articles/zh/, site/articles/en/',
		);
	});
	it('names the file for an article outside any locale folder', () => {
		expect(check('loose', {})).toThrow(/site\/articles\/loose\.md: locale folder is missing/);
	});
	it('names the file, the field and the path for a missing cover', () => {
		expect(check('zh/a', { cover: '../../images/missing.jpg' })).toThrow(
			'site/articles/zh/a.md: cover "../../images/missing.jpg" was given, but there is no file at site/images/missing.jpg; expected the path of an image relative to the article',
		);
	});
	it('refuses a file name that cannot be a URL', () => {
		expect(check('zh/2027', {})).toThrow(/site\/articles\/zh\/2027\.md: file name gives the URL slug "2027", which is only digits/);
	});
	it('requires coverAlt with a cover', () => {
		expect(() => checkParsedArticle({ cover: {} }, file('zh/a'), root, { now: BUILD })).toThrow(
			'site/articles/zh/a.md: coverAlt is missing; an article with a cover needs coverAlt',
		);
	});
	it('refuses an update dated before publication', () => {
		expect(() =>
			checkParsedArticle({ date: new Date('2026-05-02'), updated: new Date('2026-05-01') }, file('zh/a'), root, { now: BUILD }),
		).toThrow(/updated 2026-05-01T00:00:00.000Z is before date 2026-05-02/);
	});
	it('refuses an update dated after the build, quoting it as written', () => {
		const data = { date: new Date('2024-03-01'), updated: new Date('2099-01-01') };
		expect(() => checkParsedArticle(data, file('zh/a'), root, { now: BUILD, written: { updated: '2099-01-01' } })).toThrow(
			'site/articles/zh/a.md: updated "2099-01-01" is later than this build (2026-06-01T00:00:00.000Z); expected the date of a change already made',
		);
		expect(() => checkParsedArticle({ ...data, updated: BUILD }, file('zh/a'), root, { now: BUILD })).not.toThrow();
	});
	it('names both files when two articles of one locale share a slug', () => {
		const entries = [
			{ id: 'zh/expo-opens', data: {}, filePath: 'site/articles/zh/expo-opens.md' },
			{ id: 'en/expo-opens', data: {}, filePath: 'site/articles/en/expo-opens.md' },
			{ id: 'zh/2026/other', data: { slug: 'expo-opens' }, filePath: 'site/articles/zh/2026/other.md' },
		];
		// The loader's order varies between runs: the message must not.
		for (const order of [entries, [...entries].reverse()]) {
			expect(() => findDuplicateSlugs(order, root)).toThrow(
				'site/articles/zh/2026/other.md: slug "expo-opens" is already the slug of site/articles/zh/expo-opens.md in locale "zh"',
			);
		}
	});
});
