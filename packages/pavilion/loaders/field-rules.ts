/**
 * The rules that join fields or files, which the schema cannot say field by field. The loader
 * checks them (loaders/entry-checks.ts: checkParsedArticle, findDuplicateSlugs,
 * findDuplicateTranslationKeys); docs/front-matter.md lists them from here.
 */
export interface FieldRule {
	field: string;
	/** For a field that is required only with another: that field. */
	requiredWith?: string;
	/** The rule, as docs/front-matter.md states it (Markdown). */
	rule: string;
}

export const FIELD_RULES: readonly FieldRule[] = [
	{ field: 'coverAlt', requiredWith: 'cover', rule: 'An article with a `cover` needs `coverAlt`.' },
	{
		field: 'updated',
		rule: "`updated` may not be before `date`, nor after the build (`SOURCE_DATE_EPOCH` sets the build's time when it is set).",
	},
	{
		field: 'slug',
		rule: 'Two articles of one language may not have one slug, whether it comes from `slug` or from the file name.',
	},
	{ field: 'translationKey', rule: 'Two articles of one language may not share a `translationKey`.' },
];
