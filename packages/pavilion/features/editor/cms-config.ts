import { posix } from 'node:path';
import { z } from 'astro/zod';
import type { CmsConfig } from '../../schemas/cms.ts';
import type { PavilionConfig } from '../../schemas/config.ts';
import { FRONTMATTER_TEXT, type FieldText } from '../../schemas/field-text.ts';
import { fieldKinds } from '../../schemas/field-kinds.ts';
import { frontmatterSchema, type ArticleFields, type ImageFunction } from '../../schemas/frontmatter.ts';
import { ARTICLE_FORMAT } from '../../utils/article-file.ts';
import { localize } from '../../utils/localize.ts';
import { logoIconUrl } from '../../utils/urls.ts';
import { exhibitorCollection, type DecapDataCollection } from './exhibitor-fields.ts';
import { programmeCollections } from './programme-fields.ts';

/**
 * The browser editor's (Decap CMS) configuration, made from the front-matter schema and the
 * options: a field for each schema field, with the schema's rules and the labels of
 * schemas/field-text.ts, and a collection for each language folder. Nothing here is written by
 * hand per field, so a field added to the schema appears in the editor without a change here.
 */

/** Decap's own interface languages for the editor languages the theme has labels in. */
const DECAP_LOCALES = { zh: 'zh_Hans', en: 'en' } as const;
export type EditorLanguage = keyof typeof DECAP_LOCALES;

/** zh for a Chinese locale, en for every other: the labels exist in these two. */
export const editorLanguageOf = (lang: string): EditorLanguage => (lang.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/** decap-server, the local proxy `pnpm cms` starts, listens here. */
export const LOCAL_PROXY_URL = 'http://localhost:8081/api/v1';

export interface DecapField {
	name: string;
	label: string;
	hint?: string;
	widget: string;
	required?: boolean;
	default?: unknown;
	options?: { label: string; value: string }[];
	fields?: DecapField[];
	pattern?: [string, string];
	[key: string]: unknown;
}

export interface DecapCollection {
	name: string;
	label: string;
	label_singular: string;
	folder: string;
	create: boolean;
	extension: 'md';
	/** The theme's own reading and writing of front matter (utils/article-file.ts), registered by the editor page. */
	format: typeof ARTICLE_FORMAT;
	slug: string;
	identifier_field: 'title';
	media_folder: string;
	public_folder: string;
	summary: string;
	sortable_fields: string[];
	fields: DecapField[];
}

export interface DecapConfig {
	backend: Record<string, string>;
	local_backend: { url: string };
	locale: string;
	site_url?: string;
	display_url?: string;
	logo_url?: string;
	media_folder: string;
	public_folder: string;
	publish_mode: 'simple';
	collections: (DecapCollection | DecapDataCollection)[];
}

export interface CmsContext {
	config: PavilionConfig;
	cms: CmsConfig;
	/** Folder of the articles from the project root (the articles loader's `base`). */
	articlesFolder: string;
	/** The locale whose language the editor speaks. */
	editorLocale: string;
	site?: URL | undefined;
	base: string;
	/** The fields the site adds (pavilion({ articleFields }), config/article-fields.ts). */
	articleFields?: ArticleFields | undefined;
}

/** Each locale's collection name, which the translation links of the editor page point to. */
export const collectionName = (locale: string) => `articles-${locale}`;

export function decapConfig({ config, cms, articlesFolder, editorLocale, site, base, articleFields }: CmsContext): DecapConfig {
	const language = editorLanguageOf(config.locales[editorLocale]!.lang);
	const folder = articlesFolder.replace(/^\.\//, '').replace(/\/$/, '');
	const mediaFolder = cms.mediaFolder.replace(/\/$/, '');
	const siteUrl = site ? new URL(base, site).href : undefined;
	return {
		backend: backendOf(cms),
		// Decap uses the local proxy only when the editor is opened from localhost.
		local_backend: { url: LOCAL_PROXY_URL },
		locale: DECAP_LOCALES[language],
		...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
		// The organizer's logo on the sign-in page, from the site itself.
		...(config.logo ? { logo_url: logoIconUrl({ base }, 192) } : {}),
		media_folder: mediaFolder,
		public_folder: `/${mediaFolder}`,
		publish_mode: 'simple',
		collections: [
			...articleCollections(config, language, folder, mediaFolder, articleFields),
			...[exhibitorCollection(config, language, editorLocale)].filter((collection) => collection !== undefined),
			...programmeCollections(config, language, editorLocale),
		],
	};
}

function articleCollections(
	config: PavilionConfig,
	language: EditorLanguage,
	folder: string,
	mediaFolder: string,
	articleFields: ArticleFields | undefined,
): DecapCollection[] {
	return Object.entries(config.locales).map(([locale, { label }]) => {
		const localeFolder = `${folder}/${locale}`;
		// Front matter names images relative to the article, which is how astro:assets finds them.
		const fromArticle = posix.relative(localeFolder, mediaFolder);
		return {
			name: collectionName(locale),
			label: language === 'zh' ? `文章（${label}）` : `Articles (${label})`,
			label_singular: language === 'zh' ? `文章（${label}）` : `Article (${label})`,
			folder: localeFolder,
			create: true,
			extension: 'md',
			format: ARTICLE_FORMAT,
			slug: '{{fields.slug}}',
			identifier_field: 'title',
			media_folder: `/${mediaFolder}`,
			public_folder: fromArticle,
			summary: '{{title}} · {{date}}',
			sortable_fields: ['date', 'title', 'category'],
			fields: [
				...frontmatterFields(config, language, locale, articleFields),
				{ ...textOf('body', language), name: 'body', widget: 'markdown' },
			],
		};
	});
}

function backendOf(cms: CmsConfig): Record<string, string> {
	const backend = cms.backend;
	// Without a git host the editor only works through decap-server on the editor's own machine.
	if (!backend) return { name: 'proxy', proxy_url: LOCAL_PROXY_URL, branch: 'main' };
	const decap: Record<string, string | undefined> = {
		name: backend.name,
		repo: backend.repo,
		branch: backend.branch,
		api_root: backend.apiRoot,
		base_url: backend.baseUrl,
		auth_endpoint: backend.authEndpoint,
		auth_type: backend.authType,
		app_id: backend.appId,
	};
	return Object.fromEntries(Object.entries(decap).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const textOf = (field: keyof typeof FRONTMATTER_TEXT, language: EditorLanguage) => {
	const text: FieldText = FRONTMATTER_TEXT[field];
	return { label: text.label[language], hint: text.hint[language] };
};

const fieldLabel = (textKey: string, name: string, language: EditorLanguage) =>
	textKey in FRONTMATTER_TEXT ? textOf(textKey as keyof typeof FRONTMATTER_TEXT, language).label : name;

/** A stand-in for astro:assets' image(): in the editor a cover is a path the image widget writes. */
const imagePath = (() => z.string().register(fieldKinds, { kind: 'image' })) as unknown as ImageFunction;

const articleSchema = (config: PavilionConfig, articleFields: ArticleFields | undefined) =>
	frontmatterSchema({ image: imagePath, categories: Object.keys(config.categories), timeZone: config.expo.timezone, articleFields });

function frontmatterFields(
	config: PavilionConfig,
	language: EditorLanguage,
	locale: string,
	articleFields: ArticleFields | undefined,
): DecapField[] {
	const categories = Object.keys(config.categories);
	const schema = articleSchema(config, articleFields);
	return Object.entries(schema.shape).map(([name, field]) => {
		const decap = fieldOf(name, field as z.ZodType, language);
		if (name === 'category')
			decap.options = categories.map((key) => ({ label: localize(config.categories[key], locale, config.defaultLocale), value: key }));
		return decap;
	});
}

/** What wraps a field's type: optional, a default, a transform. */
export function unwrap(field: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue?: unknown; kind?: string } {
	let node = field;
	let required = true;
	let defaultValue: unknown;
	let kind: string | undefined;
	for (;;) {
		kind ??= fieldKinds.get(node)?.kind;
		const def = node.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; defaultValue?: unknown };
		if (def.type === 'optional') {
			required = false;
			node = def.innerType!;
		} else if (def.type === 'default') {
			required = false;
			defaultValue = def.defaultValue;
			node = def.innerType!;
		} else if (def.type === 'pipe') node = def.in!;
		else return { inner: node, required, defaultValue, ...(kind ? { kind } : {}) };
	}
}

function fieldOf(name: string, field: z.ZodType, language: EditorLanguage, parent?: string): DecapField {
	const textKey = (parent ? `${parent}.${name}` : name) as keyof typeof FRONTMATTER_TEXT;
	const { inner, required, defaultValue, kind } = unwrap(field);
	const base: DecapField = {
		name,
		// A field the site added is labelled by its name and explained by its own .describe().
		...(textKey in FRONTMATTER_TEXT
			? textOf(textKey, language)
			: { label: name, ...(field.description ? { hint: field.description } : {}) }),
		widget: 'string',
		required,
		...(defaultValue !== undefined ? { default: defaultValue } : {}),
	};
	const type = inner.def.type;
	if (kind === 'datetime')
		// Written with the offset of the editor's clock, which the theme reads as written.
		return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', default: required ? '{{now}}' : '' };
	if (kind === 'image') return { ...base, widget: 'image', choose_url: false };
	if (kind === 'multiline') return { ...base, widget: 'text' };
	if (name === 'translationKey') return { ...base, widget: 'pavilion-translation' };
	// The file name: required by the editor, checked before saving with the theme's own rule (utils/slugs.ts).
	if (name === 'slug') return { ...base, widget: 'pavilion-slug', required: true };
	if (type === 'boolean') return { ...base, widget: 'boolean' };
	if (type === 'enum') {
		// The values themselves; the theme's category gets its labels in frontmatterFields().
		const values = Object.values((inner.def as unknown as { entries: Record<string, string> }).entries);
		return { ...base, widget: 'select', options: values.map((value) => ({ label: value, value })) };
	}
	if (type === 'number') {
		const whole = /int/.test((inner as z.ZodNumber).format ?? '');
		return { ...base, widget: 'number', value_type: whole ? 'int' : 'float' };
	}
	if (type === 'array') return { ...base, widget: 'list' };
	const block = blockOf(inner);
	if (block) return objectField(base, block, language, name);
	if (type === 'string') {
		const format = (inner as z.ZodString).format;
		if (format === 'url')
			return {
				...base,
				pattern: ['^https?://', language === 'zh' ? '请填写以 https:// 开头的完整网址' : 'Expected a full address starting with https://'],
			};
	}
	return base;
}

/**
 * Decap checks the required parts of a block even when the block itself is left empty, which would
 * make every article name a source. So inside an optional block nothing is required of Decap;
 * the editor page checks those parts before saving, when the block has anything in it
 * (`requiredInBlocks`).
 */
/** An object, or a union with an object among its forms (`source` is a name or a block; the editor always writes the block). */
function blockOf(inner: z.ZodType): z.ZodObject | undefined {
	if (inner.def.type === 'object') return inner as z.ZodObject;
	if (inner.def.type !== 'union') return undefined;
	const options = (inner.def as unknown as { options: z.ZodType[] }).options.map((option) => unwrap(option).inner);
	return options.find((option) => option.def.type === 'object') as z.ZodObject | undefined;
}

function objectField(base: DecapField, object: z.ZodObject, language: EditorLanguage, name: string): DecapField {
	const fields = Object.entries(object.shape).map(([child, schema]) => fieldOf(child, schema as z.ZodType, language, name));
	return {
		...base,
		widget: 'object',
		// Open: reprinted news (转载) is common in fair news, so its source is not hidden away.
		collapsed: false,
		fields: base.required ? fields : fields.map((field) => ({ ...field, required: false })),
	};
}

/** For each optional block of the front matter, the parts it must have once anything is filled in, labelled in the editor language. */
export function requiredInBlocks(
	config: PavilionConfig,
	language: EditorLanguage,
	articleFields?: ArticleFields,
): Record<string, { name: string; label: string }[]> {
	return Object.fromEntries(
		Object.entries(articleSchema(config, articleFields).shape).flatMap(([name, field]) => {
			const { inner, required } = unwrap(field as z.ZodType);
			const block = blockOf(inner);
			if (!block || required) return [];
			const parts = Object.entries(block.shape)
				.filter(([, part]) => unwrap(part as z.ZodType).required)
				.map(([part]) => ({ name: part, label: fieldLabel(`${name}.${part}`, part, language) }));
			return [[name, parts]];
		}),
	);
}
