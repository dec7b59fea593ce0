import { z } from 'astro/zod';
import type { ImageFunction } from './frontmatter.ts';
import { expecting } from './expecting.ts';
import { webUrl } from './links.ts';
import { localizedText } from './localized.ts';
import { describeExhibitorField as describe } from './exhibitor-text.ts';

/**
 * One exhibitor of the directory (issue 23), as `site/exhibitors/<slug>.yaml` holds it. The file's
 * name is the exhibitor's URL name in every language. The Chinese name is often the only legal one,
 * so a name is given per locale with the default locale's required and the others optional (a
 * missing English name shows the Chinese one). Sectors and halls are keys of the site's options,
 * checked here against them, so that a typo stops the build naming the file and the field.
 */
export interface ExhibitorSchemaOptions {
	image: ImageFunction;
	localeKeys: readonly string[];
	defaultLocale: string;
	sectors: readonly string[];
	halls: readonly string[];
}

const oneOf = (keys: readonly string[], what: string) =>
	z.string().refine((value) => keys.includes(value), {
		error: expecting(`one of the ${what} in the options: ${keys.join(', ')}`),
	});

export function exhibitorSchema({ image, localeKeys, defaultLocale, sectors, halls }: ExhibitorSchemaOptions) {
	const text = localizedText(localeKeys, defaultLocale);
	const list = z.union([z.array(z.string().trim().min(1)), z.record(z.string(), z.array(z.string().trim().min(1)))]);
	return z.strictObject({
		name: text.describe(describe('name')),
		sortKey: z
			.string()
			.trim()
			.regex(/^[a-z0-9 ]+$/, { error: expecting('the name in pinyin, lower-case letters and spaces, such as "xiamen feiyun"') })
			.optional()
			.describe(describe('sortKey')),
		stand: z
			.strictObject({
				hall: oneOf(halls, 'halls').describe(describe('stand.hall')),
				number: z
					.string({ error: expecting('the stand number as text, such as "1A05" (quote it if it starts with 0)') })
					.trim()
					.min(1)
					.describe(describe('stand.number')),
			})
			.describe(describe('stand')),
		sectors: z
			.array(oneOf(sectors, 'sectors'))
			.min(1, { error: expecting('at least one sector') })
			.describe(describe('sectors')),
		region: z
			.string()
			.regex(/^[A-Z]{2}$/, { error: expecting('a two-letter ISO 3166 region code in capitals, such as CN, DE or HK') })
			.describe(describe('region')),
		website: webUrl().optional().describe(describe('website')),
		logo: image().optional().describe(describe('logo')),
		description: text.optional().describe(describe('description')),
		products: list.optional().describe(describe('products')),
		contact: z
			.strictObject({
				email: z
					.email({ error: expecting('an e-mail address') })
					.optional()
					.describe(describe('contact.email')),
				phone: z.string().trim().min(3).optional().describe(describe('contact.phone')),
			})
			.optional()
			.describe(describe('contact')),
	});
}
