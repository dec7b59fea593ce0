import { z } from 'astro/zod';

/**
 * Text an organizer may give once for every language, or per locale key:
 * `'青潭智博会'` or `{ zh: '青潭智博会', en: 'QTSE' }`.
 * The default locale must be present in the record form so that every page has some text.
 */
export function localizedText(localeKeys: readonly string[], defaultLocale: string) {
	const perLocale = z.record(z.string(), z.string().trim().min(1)).superRefine((value, ctx) => {
		for (const key of Object.keys(value)) {
			if (!localeKeys.includes(key)) {
				ctx.addIssue({
					code: 'custom',
					path: [key],
					input: key,
					message: `"${key}" is not a configured locale; expected one of ${localeKeys.join(', ')}`,
				});
			}
		}
		if (!(defaultLocale in value)) {
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `the default locale "${defaultLocale}" is missing; expected text for ${localeKeys.join(', ')} (at least "${defaultLocale}")`,
			});
		}
	});
	return z.union([z.string().trim().min(1), perLocale]);
}

export type LocalizedText = string | Record<string, string>;
