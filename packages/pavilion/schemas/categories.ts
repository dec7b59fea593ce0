import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

export const DEFAULT_CATEGORIES = {
	news: { zh: '展会新闻', en: 'Expo news' },
	press: { zh: '新闻发布', en: 'Press releases' },
	industry: { zh: '行业动态', en: 'Industry' },
	exhibitors: { zh: '展商风采', en: 'Exhibitors' },
} as const;

const categoryKey = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case key of letters, digits and dashes, such as "press" or "trade-news"');

/** `langs` maps each locale key to its BCP-47 tag, so built-in labels follow the language, whatever the key. */
export function categoriesSchema(langs: Record<string, string>, defaultLocale: string) {
	const localeKeys = Object.keys(langs);
	const text = localizedText(localeKeys, defaultLocale);
	return z
		.record(categoryKey, text)
		.optional()
		.transform((categories) => categories ?? defaultCategoriesFor(langs))
		.refine(
			(categories) => Object.keys(categories).length > 0,
			'is empty; expected at least one category such as { news: { zh: "展会新闻", en: "News" } }',
		)
		.describe('Article categories: key (used in URLs and front matter) to label. Defaults to news, press, industry, exhibitors.');
}

/** Built-in labels exist in Chinese and English; any other language gets the English ones until the organizer sets its own. */
function defaultCategoriesFor(langs: Record<string, string>): Record<string, Record<string, string>> {
	return Object.fromEntries(
		Object.entries(DEFAULT_CATEGORIES).map(([key, labels]) => [
			key,
			Object.fromEntries(
				Object.entries(langs).map(([locale, lang]) => [locale, lang.toLowerCase().startsWith('zh') ? labels.zh : labels.en]),
			),
		]),
	);
}
