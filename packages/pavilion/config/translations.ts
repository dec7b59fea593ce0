import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { PavilionConfig } from '../schemas/config.ts';
import { resolveProjectPath } from './project-path.ts';
import { baseKey, type TranslationsByLocale, type UiStrings } from '../utils/strings.ts';

const BUILT_IN_DIR = new URL('../translations/', import.meta.url);

/** The shipped translations, keyed by BCP-47 tag in lower case ("zh-cn", "en"). */
export function readBuiltInTranslations(dir: URL = BUILT_IN_DIR): Record<string, UiStrings> {
	return Object.fromEntries(
		readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.map((file) => [file.slice(0, -'.json'.length).toLowerCase(), JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as UiStrings]),
	);
}

/**
 * The strings for one language tag: the exact tag, then its base language ("zh-CN" for "zh-Hans-CN"
 * only through "zh"), then English, so a key missing in a new translation still shows something.
 */
export function stringsForLang(lang: string, builtIn: Record<string, UiStrings>): UiStrings {
	const tag = lang.toLowerCase();
	const base = tag.split('-')[0] ?? tag;
	const sameBase = Object.keys(builtIn).find((key) => key.split('-')[0] === base);
	const own = { ...(sameBase ? builtIn[sameBase] : {}), ...builtIn[base], ...builtIn[tag] };
	// Fall back per message, not per key: an English plural form must not shadow a Chinese message.
	const ownMessages = new Set(Object.keys(own).map(baseKey));
	const fallback = Object.fromEntries(Object.entries(builtIn.en ?? {}).filter(([key]) => !ownMessages.has(baseKey(key))));
	return { ...fallback, ...own };
}

export function translationsByLocale(
	locales: Record<string, { lang: string }>,
	builtIn = readBuiltInTranslations(),
	organizer: Record<string, UiStrings> = {},
): TranslationsByLocale {
	return Object.fromEntries(
		Object.entries(locales).map(([key, { lang }]) => [key, { ...stringsForLang(lang, builtIn), ...organizer[lang.toLowerCase()] }]),
	);
}

/**
 * The organizer's strings: <dir>/<lang>.json (zh-CN.json, en.json, ja.json…), each overriding any
 * of the shipped strings. A key the theme does not use is refused, so a typo never passes silently.
 */
export function readOrganizerTranslations(dir: URL, known: readonly string[]): Record<string, UiStrings> {
	if (!existsSync(dir)) return {};
	const baseKeys = new Set(known.map(baseKey));
	return Object.fromEntries(
		readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.map((file) => {
				const path = fileURLToPath(new URL(file, dir));
				let strings: unknown;
				try {
					strings = JSON.parse(readFileSync(path, 'utf8'));
				} catch (error) {
					throw new AstroError(
						`${path}: not valid JSON (${withoutQuotedText((error as Error).message)}); expected an object of UI string keys to text, like packages/pavilion/translations/en.json`,
					);
				}
				if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
					throw new AstroError(`${path}: expected an object of UI string keys to text, such as { "nav.news": "资讯" }`);
				}
				for (const [key, value] of Object.entries(strings)) {
					if (!baseKeys.has(baseKey(key)))
						throw new AstroError(
							`${path}: key "${key}" is not a UI string of the theme; expected one of the keys of astro-pavilion/translations/en.json (check the spelling)`,
						);
					if (typeof value !== 'string') throw new AstroError(`${path}: "${key}" is ${JSON.stringify(value)}; expected text`);
				}
				return [file.slice(0, -'.json'.length).toLowerCase(), strings as UiStrings];
			}),
	);
}

/** The shipped strings with the organizer's over them, per locale: what the pages are written in. */
export function siteTranslations(config: Pick<PavilionConfig, 'locales' | 'translations'>, root: URL): TranslationsByLocale {
	const builtIn = readBuiltInTranslations();
	const dir = pathToFileURL(
		`${resolveProjectPath(config.translations, root, 'translations', 'site/translations/', { mustExist: false })}/`,
	);
	return translationsByLocale(config.locales, builtIn, readOrganizerTranslations(dir, Object.keys(builtIn.en ?? {})));
}

/** JSON.parse quotes the text around a mistake; say where it is without printing the file into the log. */
function withoutQuotedText(message: string): string {
	return message.replace(/,?\s*"(?:[^"\\]|\\.)*"\s*is not valid JSON/, '').replace(/^Unexpected token '.'/, 'unexpected character');
}
