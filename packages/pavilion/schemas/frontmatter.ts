import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';
import { parseArticleDate } from '../utils/dates.ts';
import { slugProblem } from '../utils/slugs.ts';
import { webUrl } from './links.ts';
import { show } from '../utils/show.ts';
import { expecting } from './expecting.ts';

const text = (expected: string) =>
	z
		.string({ error: expecting(expected) })
		.trim()
		.min(1, { error: expecting(expected) });

function articleDate(timeZone: string, field: string) {
	const expected = `a date written YYYY-MM-DD, such as 2026-09-15, or with a time: 2026-09-15T10:30:00+08:00`;
	return z
		.any()
		.transform((value, ctx) => {
			const date = parseArticleDate(value, timeZone);
			if (date) return date;
			ctx.addIssue({ code: 'custom', input: value, message: expecting(expected)({ input: value }) });
			return z.NEVER;
		})
		.describe(`${field}: ${expected}. A date without a time is that day in the fair's time zone.`);
}

/** Astro's `image()` helper from the collection's schema context; unit tests pass a stand-in. */
export type ImageFunction = SchemaContext['image'];

export interface FrontmatterContext {
	image: ImageFunction;
	categories: readonly string[];
	timeZone: string;
}

export function frontmatterSchema({ image, categories, timeZone }: FrontmatterContext) {
	const [firstCategory, ...otherCategories] = categories as [string, ...string[]];
	// A plain object, so that sites can `.extend()` it; rules across fields live in utils/entry-checks.ts.
	return z.object({
		title: text('the headline as text').describe('Headline of the article.'),
		date: articleDate(timeZone, 'date').describe(
			'Publication date. Articles dated in the future are left out of production builds until then.',
		),
		updated: articleDate(timeZone, 'updated').optional().describe('Date of the last significant change.'),
		summary: text('one or two sentences of text')
			.optional()
			.describe('Shown on cards, in feeds and as the page description; derived from the body when absent.'),
		category: z
			.enum([firstCategory, ...otherCategories], { error: expecting(`one of ${categories.join(', ')}`) })
			.default(firstCategory)
			.describe(`One of the configured category keys; defaults to the first one.`),
		tags: z
			.array(text('a tag as text'), { error: expecting('a list of tags, such as [机器人, 展商报名]') })
			.default([])
			.describe('Keywords; each gets a page listing its articles.'),
		cover: image().optional().describe('Path of the cover image relative to the article file, e.g. ../../images/cover.jpg.'),
		coverAlt: text('a description of the cover picture')
			.optional()
			.describe('Describes the cover for readers who cannot see it. Required with cover.'),
		author: text("the author's name").optional().describe('Who wrote the article.'),
		editor: text("the editor's name").optional().describe('Editor in charge (责任编辑).'),
		source: z
			.union(
				[
					text('the name of the original publisher'),
					z
						.object({
							name: text('the name of the original publisher'),
							url: webUrl('the full https:// address of the original article').optional(),
							title: text('the original headline').optional(),
							author: text("the original author's name").optional(),
						})
						.strict(),
				],
				{ error: expecting('a publisher name, or { name, url, title, author }') },
			)
			.transform((source) => (typeof source === 'string' ? { name: source } : source))
			.optional()
			.describe('For reprinted news (转载): the original publisher, or { name, url, title, author }. Shown as "来源：…".'),
		translationKey: text('a key shared by the translations of one article')
			.optional()
			.describe('The same key on the versions of one article in each language links them.'),
		featured: z
			.boolean({ error: expecting('true or false') })
			.default(false)
			.describe('Show on the home page among the featured articles.'),
		draft: z
			.boolean({ error: expecting('true or false') })
			.default(false)
			.describe('Drafts are shown by `astro dev` only.'),
		slug: z
			.string({ error: expecting('a URL slug such as expo-opens') })
			.superRefine((slug, ctx) => {
				const problem = slugProblem(slug);
				if (problem) ctx.addIssue({ code: 'custom', input: slug, message: `${show(slug)} ${problem}` });
			})
			.optional()
			.describe('Last part of the URL; defaults to the file name.'),
	});
}

export type ArticleFrontmatter = z.output<ReturnType<typeof frontmatterSchema>>;
