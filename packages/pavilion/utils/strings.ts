/**
 * UI strings as data, and the one way to fill them. Pure: the pages, the feeds and the browser
 * scripts (search, countdown, save-all) all fill `{name}` placeholders through `interpolate`.
 */
import { cached } from './cached.ts';

export type UiStrings = Record<string, string>;
/** Locale key → every UI string of that locale. */
export type TranslationsByLocale = Record<string, UiStrings>;

/**
 * The string for `key`, in the plural form `count` takes in `lang` when the translation has one
 * ("list.count.one" / "list.count.other"); languages without plural forms (Chinese) use the plain key.
 */
export function selectString(strings: UiStrings, key: string, lang: string, count?: number): string | undefined {
	if (count !== undefined) {
		const form = strings[`${key}.${pluralRules(lang).select(count)}`] ?? strings[`${key}.other`];
		if (form !== undefined) return form;
	}
	return strings[key];
}

const pluralRulesByLang = new Map<string, Intl.PluralRules>();

/** One PluralRules per language: making one costs more than the lookup it serves, and every page counts things. */
function pluralRules(lang: string): Intl.PluralRules {
	return cached(pluralRulesByLang, lang, () => new Intl.PluralRules(lang));
}

/** Keys without their plural suffix, for comparing translations. */
export function baseKey(key: string): string {
	return key.replace(/\.(zero|one|two|few|many|other)$/, '');
}

/**
 * Fill `{name}` placeholders. A placeholder without a value stays as written, so a missing value
 * shows up in the page instead of vanishing.
 */
export function interpolate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
