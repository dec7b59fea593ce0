import { z } from 'astro/zod';
import type { ImageFunction } from './frontmatter.ts';
import { expecting } from './expecting.ts';
import { webUrl } from './links.ts';
import { localizedText } from './localized.ts';

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
		name: text.describe('The exhibitor’s name: one text, or one per language ({ zh: "青潭机器人有限公司", en: "Qingtan Robotics" }).'),
		stand: z
			.strictObject({
				hall: oneOf(halls, 'halls').describe('The hall, a key of the options’ halls.'),
				number: z
					.string({ error: expecting('the stand number as text, such as "1A05" (quote it if it starts with 0)') })
					.trim()
					.min(1)
					.describe('The stand number as the floor plan shows it, such as "1A05".'),
			})
			.describe('Where the exhibitor is: hall and stand.'),
		sectors: z
			.array(oneOf(sectors, 'sectors'))
			.min(1, { error: expecting('at least one sector') })
			.describe('The sectors it exhibits in, keys of the options’ sectors.'),
		region: z
			.string()
			.regex(/^[A-Z]{2}$/, { error: expecting('a two-letter ISO 3166 region code in capitals, such as CN, DE or HK') })
			.describe('Country or region, as its ISO 3166 code: the pages show its name in each language.'),
		website: webUrl().optional().describe('The exhibitor’s site, http(s) only.'),
		logo: image().optional().describe('The logo, a file beside the entry or under site/images/.'),
		description: text.optional().describe('A short description, one text or one per language.'),
		products: list.optional().describe('Products shown, a list, or one list per language.'),
		contact: z
			.strictObject({
				email: z.email({ error: expecting('an e-mail address') }).optional(),
				phone: z.string().trim().min(3).optional(),
			})
			.optional()
			.describe('A public contact for visitors.'),
	});
}
