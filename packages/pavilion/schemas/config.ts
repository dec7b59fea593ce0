import { z } from 'astro/zod';
import { AccentColorSchema, CustomCssSchema } from './branding.ts';
import { categoriesSchema } from './categories.ts';
import { CmsSchema } from './cms.ts';
import { ComponentsSchema } from './components.ts';
import { ComplianceSchema } from './compliance.ts';
import { contactSchema, socialSchema } from './contact.ts';
import { exhibitorsOptionsSchema } from './exhibitors-options.ts';
import { programmeOptionsSchema } from './programme-options.ts';
import { expoSchema } from './expo.ts';
import { localizedText } from './localized.ts';
import { LocalesSchema, type LocalesConfig } from './locales.ts';
import { logoSchema } from './logo.ts';
import { organizersSchema } from './organizers.ts';
import { pressSchema } from './press.ts';
import { expecting } from './expecting.ts';
import { THEME_ROOT_SEGMENTS } from '../utils/urls.ts';

const urlSegment = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected one lower-case URL segment of letters, digits and dashes, such as "news"');

/**
 * The whole of `pavilion({...})`. Locales are parsed first (see config/user-config.ts) because
 * every localized field is checked against them.
 */
export function userConfigSchema({ defaultLocale, locales }: LocalesConfig) {
	const keys = Object.keys(locales);
	const langs = Object.fromEntries(Object.entries(locales).map(([key, locale]) => [key, locale.lang]));
	const text = localizedText(keys, defaultLocale);
	return z
		.object({
			title: text.describe('Site title, shown in the header, the browser tab and the feeds.'),
			description: text.optional().describe('One sentence about the site, used for the home page description and the feeds.'),
			logo: logoSchema(keys, defaultLocale),
			defaultLocale: z.string().describe('Key of the locale served without a URL prefix (default "zh").'),
			locales: z
				.record(z.string(), z.object({ label: z.string(), lang: z.string() }))
				.describe('Languages of the site: { zh: { label: "中文", lang: "zh-CN" }, en: { label: "English", lang: "en" } }.'),
			expo: expoSchema(keys, defaultLocale).describe('The fair itself: name, dates, venue, hours and status.'),
			organizers: organizersSchema(keys, defaultLocale),
			contact: contactSchema(keys, defaultLocale),
			social: socialSchema(keys, defaultLocale),
			compliance: ComplianceSchema,
			categories: categoriesSchema(langs, defaultLocale),
			articlesBase: urlSegment
				.refine((segment) => !THEME_ROOT_SEGMENTS.includes(segment) && !keys.includes(segment), {
					error: expecting(
						`a segment that neither a page of the theme (${THEME_ROOT_SEGMENTS.join(', ')}) nor a locale (${keys.join(', ')}) uses: the news section would replace it`,
					),
				})
				.default('news')
				.describe('URL segment of the news section: /news/, /news/<slug>/.'),
			pageSize: z.number().int().min(1).max(100).default(12).describe('Articles per page in lists.'),
			copyright: text.optional().describe('Copyright holder in the footer; defaults to the host or organizer.'),
			accentColor: AccentColorSchema,
			customCss: CustomCssSchema,
			components: ComponentsSchema,
			translations: z
				.string()
				.default('site/translations/')
				.describe(
					'Folder, from the project root, of your UI string files: <lang>.json (zh-CN.json, en.json, ja.json…) overriding any string the theme ships, or translating it for a new language.',
				),
			socialImage: z
				.string()
				.min(1)
				.optional()
				.describe(
					'Image shown by link previews (WeChat, LinkedIn, X) for pages without a cover: a path from the project root, at least 1200×630.',
				),
			offline: z
				.union([
					z.literal(false),
					z
						.object({
							maxFragments: z
								.number()
								.int()
								.min(50)
								.default(1000)
								.describe(
									'At most this many search result files per language: beyond it Pagefind groups results into shared files, which keeps the offline cache list short on large sites.',
								),
						})
						.strict(),
				])
				.default({ maxFragments: 1000 })
				.describe(
					'Offline reading: a service worker caches the site shell and the whole search index once visited, plus a web app manifest; false turns it off.',
				),
			search: z
				.boolean()
				.default(true)
				.describe('Full-text search with Pagefind: a search page per language and a search dialog on every page.'),
			feed: z
				.union([
					z.literal(false),
					z
						.object({
							limit: z.number().int().min(1).max(500).default(50).describe('How many of the newest articles each feed carries.'),
						})
						.strict(),
				])
				.default({ limit: 50 })
				.describe('Full-text RSS feeds per language and per category; false turns them off.'),
			linkPreviews: z
				.boolean()
				.default(true)
				.describe(
					'Draw a 1200×630 link-preview image with the title for each article without a cover, for WeChat, LinkedIn and X. Drawn images are kept between builds; a cold build spends about 20 ms on each. false shows the socialImage option instead.',
				),
			press: pressSchema(keys, defaultLocale),
			exhibitors: exhibitorsOptionsSchema(keys, defaultLocale),
			programme: programmeOptionsSchema(keys, defaultLocale),
			cms: CmsSchema,
			mdx: z
				.boolean()
				.default(true)
				.describe(
					'Accept MDX articles (.mdx). MDX is code: an .mdx file can import any file of the build machine and run JavaScript while the site is built. Set false when articles come from people whose code you would not run; an .mdx article then stops the build, and Pavilion does not add MDX (see docs/mdx.md).',
				),
			articleFields: z
				.string()
				.min(1)
				.optional()
				.describe(
					"Module, from the project root, whose default export adds fields to every article's front matter: `export default z.object({ booth: z.string().optional() })` in ./src/article-fields.ts. The build, the browser editor, the importer and the new-article command all read them from there (see docs/front-matter.md).",
				),
			incrementalBuild: z
				.boolean()
				.default(true)
				.describe(
					"Turns on Astro's incremental build (experimental.incrementalBuild): a rebuild copies the pages whose articles and code did not change from Astro's cache folder (node_modules/.astro) instead of rendering them again. Set false if a replaced component shows articles other than the page's own (see docs/overrides.md).",
				),
		})
		.strict();
}

export { LocalesSchema };
export type PavilionConfig = z.output<ReturnType<typeof userConfigSchema>>;
export type PavilionUserConfig = z.input<ReturnType<typeof userConfigSchema>>;
