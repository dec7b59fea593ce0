import { z } from 'astro/zod';

const localeKey = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, {
	error: 'expected a short lower-case URL prefix such as "zh", "en" or "zh-tw"',
});

const langTag = z.string().refine((tag) => {
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}, 'expected a BCP-47 language tag such as "zh-CN" or "en"');

export const LocaleSchema = z
	.object({
		label: z.string().min(1).describe('The name of the language in that language, shown in the language switch ("中文", "English").'),
		lang: langTag.describe('BCP-47 tag used for `<html lang>`, dates, feeds and search ("zh-CN", "en").'),
	})
	.strict();

export const LocalesSchema = z
	.object({
		defaultLocale: localeKey
			.default('zh')
			.describe('Key of the locale served without a URL prefix. Its articles live in `site/articles/<defaultLocale>/`.'),
		locales: z
			.record(localeKey, LocaleSchema)
			.default({ zh: { label: '中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } })
			.describe('Every language of the site. Keys are URL prefixes and article folder names.'),
	})
	.superRefine(({ defaultLocale, locales }, ctx) => {
		const keys = Object.keys(locales);
		if (keys.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['locales'],
				input: locales,
				message: 'no locale given; expected at least one, such as { zh: { label: "中文", lang: "zh-CN" } }',
			});
		} else if (!keys.includes(defaultLocale)) {
			ctx.addIssue({
				code: 'custom',
				path: ['defaultLocale'],
				input: defaultLocale,
				message: `"${defaultLocale}" is not one of the configured locales; expected one of ${keys.join(', ')}`,
			});
		}
	});

export type LocalesConfig = z.output<typeof LocalesSchema>;
