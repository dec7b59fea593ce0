import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';
import { parseArticleDate } from '../utils/dates.ts';
import { cached } from '../utils/cached.ts';
import { slugProblem, tagProblem } from '../utils/slugs.ts';
import { webUrl } from './links.ts';
import { hasVisibleCharacter, hiddenCharacterProblem } from '../utils/hidden-characters.ts';
import { show } from '../utils/show.ts';
import { expecting } from './expecting.ts';
import { describeField } from './field-text.ts';
import { fieldKinds } from './field-kinds.ts';

/**
 * Text a reader sees: with at least one visible character (a soft hyphen alone is no headline),
 * and without control characters or bidirectional overrides, which show nothing themselves but
 * change what the text around them shows (utils/hidden-characters.ts).
 */
const text = (expected: string) =>
	z
		.string({ error: expecting(expected) })
		.trim()
		.min(1, { error: expecting(expected) })
		.superRefine((value, ctx) => {
			// An empty value already failed min() above.
			if (value === '') return;
			const problem = hiddenCharacterProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', input: value, message: `${show(value)} ${problem}` });
			else if (!hasVisibleCharacter(value))
				ctx.addIssue({
					code: 'custom',
					input: value,
					message: `${show(value)} has no visible character (only invisible ones such as soft hyphens or zero-width spaces); expected ${expected}`,
				});
		});

function articleDate(timeZone: string) {
	const expected = `a date written YYYY-MM-DD, such as 2026-09-15, or with a time: 2026-09-15T10:30:00+08:00`;
	return z
		.any()
		.register(fieldKinds, { kind: 'datetime' })
		.transform((value, ctx) => {
			const date = parseArticleDate(value, timeZone);
			if (date) return date;
			ctx.addIssue({ code: 'custom', input: value, message: expecting(expected)({ input: value }) });
			return z.NEVER;
		});
}

/** Astro's `image()` helper from the collection's schema context; unit tests pass a stand-in. */
export type ImageFunction = SchemaContext['image'];

/** What the fields a site adds may use: `image()`, for a picture field of their own. */
export interface ArticleFieldsContext {
	image: ImageFunction;
}

/**
 * The fields a site adds to every article: the default export of the module that
 * `pavilion({ articleFields })` names. A function when a field needs `image()`.
 */
export type ArticleFields = z.ZodObject | ((context: ArticleFieldsContext) => z.ZodObject);

export interface FrontmatterContext {
	image: ImageFunction;
	categories: readonly string[];
	timeZone: string;
	/** The site's own fields (pavilion({ articleFields })), after the theme's. */
	articleFields?: ArticleFields | undefined;
}

/** Where the docs put the module of a site's added fields; pavilion({ articleFields }) may name any. */
export const ARTICLE_FIELDS_EXAMPLE = './src/article-fields.ts';

/** Names the editor gives a meaning of its own, which an added field may not take. */
const RESERVED_FIELDS = ['body'];

/** Why a module's default export cannot be the site's added fields, or undefined when it can be. */
export function articleFieldsProblem(fields: unknown, context: ArticleFieldsContext): string | undefined {
	const isObject = (value: unknown): value is z.ZodObject => value instanceof z.ZodObject;
	const object = typeof fields === 'function' ? (fields as (context: ArticleFieldsContext) => unknown)(context) : fields;
	if (!isObject(object))
		return `has no default export of fields; expected \`export default z.object({ booth: z.string().optional() })\` (z from 'astro/zod'), or a function of { image } that returns one`;
	const own = fieldsBesideCover(['news'], 'UTC').shape;
	const taken = Object.keys(object.shape).find((name) => name in own || RESERVED_FIELDS.includes(name));
	if (taken !== undefined) return `adds the field "${taken}", which the theme has already; expected a name of its own, such as "booth"`;
	return undefined;
}

/**
 * The front matter of an article. Astro asks for it once per article, with that article's own
 * `image()` helper, and building every field each time cost half a millisecond an article: the
 * other fields are built once per set of categories and time zone, and only the cover per call.
 */
export function frontmatterSchema({ image, categories, timeZone, articleFields }: FrontmatterContext) {
	const fields = cached(fieldsOf, JSON.stringify([categories, timeZone]), () => fieldsBesideCover(categories, timeZone));
	const own = fields.extend({ cover: image().optional().describe(describeField('cover')) });
	if (articleFields === undefined) return own;
	const problem = articleFieldsProblem(articleFields, { image });
	if (problem !== undefined) throw new Error(`articleFields ${problem}`);
	const added = typeof articleFields === 'function' ? articleFields({ image }) : articleFields;
	// Typed as the theme's own fields: what a site adds is its own to read (entry.data.booth).
	return own.extend(added.shape) as unknown as typeof own;
}

const fieldsOf = new Map<string, ReturnType<typeof fieldsBesideCover>>();

function fieldsBesideCover(categories: readonly string[], timeZone: string) {
	const [firstCategory, ...otherCategories] = categories as [string, ...string[]];
	// A plain object, so that sites can `.extend()` it; rules across fields live in loaders/entry-checks.ts.
	return z.object({
		title: text('the headline as text').describe(describeField('title')),
		date: articleDate(timeZone).describe(describeField('date')),
		updated: articleDate(timeZone).optional().describe(describeField('updated')),
		summary: text('one or two sentences of text').register(fieldKinds, { kind: 'multiline' }).optional().describe(describeField('summary')),
		category: z
			.enum([firstCategory, ...otherCategories], { error: expecting(`one of ${categories.join(', ')}`) })
			.default(firstCategory)
			.describe(describeField('category')),
		tags: z
			.array(
				text('a tag as text').superRefine((tag, ctx) => {
					const problem = tagProblem(tag);
					if (problem) ctx.addIssue({ code: 'custom', input: tag, message: `${show(tag)} ${problem}` });
				}),
				{ error: expecting('a list of tags, such as [机器人, 展商报名]') },
			)
			.default([])
			.describe(describeField('tags')),
		exhibitors: z
			.array(text('the file name of an exhibitor, such as lanqi-robotics'), {
				error: expecting('a list of exhibitors by file name, such as [lanqi-robotics]'),
			})
			.default([])
			.describe(describeField('exhibitors')),
		sessions: z
			.array(text('the file name of a session, such as opening-ceremony'), {
				error: expecting('a list of sessions by file name, such as [opening-ceremony]'),
			})
			.default([])
			.describe(describeField('sessions')),
		// Replaced by the article's own image() in frontmatterSchema(); here it keeps the field's place.
		cover: z.unknown().optional(),
		coverAlt: text('a description of the cover picture').optional().describe(describeField('coverAlt')),
		author: text("the author's name").optional().describe(describeField('author')),
		editor: text("the editor's name").optional().describe(describeField('editor')),
		source: z
			.union(
				[
					text('the name of the original publisher'),
					z
						.object({
							name: text('the name of the original publisher').describe(describeField('source.name')),
							url: webUrl('the full https:// address of the original article').optional().describe(describeField('source.url')),
							title: text('the original headline').optional().describe(describeField('source.title')),
							author: text("the original author's name").optional().describe(describeField('source.author')),
						})
						.strict(),
				],
				{ error: expecting('a publisher name, or { name, url, title, author }') },
			)
			.transform((source) => (typeof source === 'string' ? { name: source } : source))
			.optional()
			.describe(describeField('source')),
		translationKey: text('a key shared by the translations of one article').optional().describe(describeField('translationKey')),
		featured: z
			.boolean({ error: expecting('true or false') })
			.default(false)
			.describe(describeField('featured')),
		draft: z
			.boolean({ error: expecting('true or false') })
			.default(false)
			.describe(describeField('draft')),
		slug: z
			.string({ error: expecting('a URL slug such as expo-opens') })
			.superRefine((slug, ctx) => {
				const problem = slugProblem(slug);
				if (problem) ctx.addIssue({ code: 'custom', input: slug, message: `${show(slug)} ${problem}` });
			})
			.optional()
			.describe(describeField('slug')),
	});
}

export type ArticleFrontmatter = z.output<ReturnType<typeof frontmatterSchema>>;
