import { z } from 'astro/zod';
import { isoDate } from './expo.ts';
import { expecting } from './expecting.ts';
import { webUrl } from './links.ts';
import { localizedText } from './localized.ts';
import { phoneNumber } from './contact.ts';

/**
 * The press centre (媒体中心): press releases, the press kit's downloads, media accreditation and
 * press contacts, one page per language. Files are listed from a folder; what they are called and
 * the rest come from here.
 */
export function pressSchema(localeKeys: readonly string[], defaultLocale: string) {
	const text = localizedText(localeKeys, defaultLocale);
	return z
		.union([
			z.literal(false),
			z
				.object({
					releases: z.string().default('press').describe('Key of the category whose articles are the press releases (default "press").'),
					downloads: z
						.string()
						.regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, { error: expecting('a folder inside the project, such as site/press/downloads') })
						.default('site/press/downloads')
						.describe(
							'Folder, from the project root, of the press kit: every file in it (logo pack, photos, PDF fact sheets) is listed with its type and size and served from the site.',
						),
					files: z
						.record(
							z.string(),
							z
								.object({
									title: text.describe('What the file is, e.g. { zh: "展会标志资料包", en: "Logo pack" }.'),
									description: text.optional(),
								})
								.strict(),
						)
						.default({})
						.describe('Titles and descriptions of the downloads, by file name; a file without one is listed by its name.'),
					accreditation: z
						.object({
							article: z
								.string()
								.min(1)
								.optional()
								.describe(
									'translationKey of the article that explains accreditation: its summary and a link are shown in each language, once it is published. astro dev stops on a key no article has.',
								),
							deadline: isoDate.optional().describe('Last day to apply, YYYY-MM-DD.'),
							url: webUrl().optional().describe('Address of the application form.'),
							email: z.email().optional().describe('E-mail address for accreditation questions.'),
							note: text.optional().describe('A sentence or two shown above the details, such as who may apply.'),
						})
						.strict()
						.optional()
						.describe('Media accreditation: from these options and the article they name.'),
					contacts: z
						.array(
							z
								.object({
									name: text.describe('A person or a desk, e.g. { zh: "新闻中心", en: "Press office" }.'),
									role: text.optional(),
									phone: phoneNumber.optional(),
									email: z.email().optional(),
								})
								.strict(),
						)
						.default([])
						.describe('Press contacts, with tap-to-call and e-mail links.'),
				})
				.strict(),
		])
		.default(false)
		.describe(
			'A press centre (媒体中心 / Press centre) per language: press releases, press-kit downloads, accreditation and contacts; false (default) leaves it out.',
		);
}

export type PressConfig = Exclude<z.output<ReturnType<typeof pressSchema>>, false>;
