/**
 * The browser editor's collections of YAML files (exhibitors; sessions and speakers in
 * programme-fields.ts), each made from its schema. The exhibitors collection (the `exhibitors` option) is made from the exhibitor's
 * schema (schemas/exhibitor.ts) as the articles' collections are made from the front matter's: a
 * field for each schema field, labelled from schemas/exhibitor-text.ts. A text given per language
 * is a block with one field per locale, the default locale's required; sectors and halls are
 * choices from the options, labelled in the editor's language.
 */
import { z } from 'astro/zod';
import type { PavilionConfig } from '../../schemas/config.ts';
import { exhibitorSchema } from '../../schemas/exhibitor.ts';
import { EXHIBITOR_TEXT } from '../../schemas/exhibitor-text.ts';
import type { FieldText } from '../../schemas/field-text.ts';
import { fieldKinds } from '../../schemas/field-kinds.ts';
import type { ImageFunction } from '../../schemas/frontmatter.ts';
import { localize } from '../../utils/localize.ts';
import { unwrap, type DecapField, type EditorLanguage } from './cms-config.ts';

export interface DecapDataCollection {
	name: string;
	label: string;
	label_singular: string;
	folder: string;
	create: boolean;
	extension: 'yaml';
	format: 'yaml';
	/** The file name is the exhibitor's address: its English name, which the editor asks for on a new exhibitor. */
	slug: string;
	identifier_field: string;
	media_folder: string;
	public_folder: string;
	summary: string;
	fields: DecapField[];
}

const imagePath = (() => z.string().register(fieldKinds, { kind: 'image' })) as unknown as ImageFunction;

/** What a collection of YAML files needs to become a Decap collection: its schema, its field texts, its choices. */
export interface DataCollectionSpec {
	schema: z.ZodObject;
	/** Field path ("stand.hall") → labels and hints in the editor's languages. */
	texts: Readonly<Record<string, FieldText>>;
	/** Field path → the choices a select offers (sectors, halls, rooms, tracks). */
	choices: Readonly<Record<string, { label: string; value: string }[]>>;
	/** Text fields written in long form ("description", "bio"). */
	longText?: readonly string[];
}

/**
 * Decap fields from a collection's schema, as the articles' are made from the front matter's: a
 * text given per language is a block with one field per locale, the default locale's required.
 */
export function dataFields(
	config: PavilionConfig,
	language: EditorLanguage,
	{ schema, texts, choices, longText = [] }: DataCollectionSpec,
): DecapField[] {
	const localeKeys = Object.keys(config.locales);
	const textOf = (path: string, name: string) => {
		const text = texts[path];
		return text ? { label: text.label[language], hint: text.hint[language] } : { label: name };
	};
	const localeLabel = (key: string) => config.locales[key]!.label;

	function fieldOf(name: string, field: z.ZodType, parent?: string): DecapField {
		const path = parent ? `${parent}.${name}` : name;
		const { inner, required, kind } = unwrap(field);
		const base: DecapField = { name, ...textOf(path, name), widget: 'string', required };
		if (kind === 'image') return { ...base, widget: 'image', choose_url: false };
		const choice = choices[path];
		if (choice) return { ...base, widget: 'select', options: choice, ...(inner.def.type === 'array' ? { multiple: true, min: 1 } : {}) };
		if (inner.def.type === 'boolean') return { ...base, widget: 'boolean' };
		if (inner.def.type === 'union') {
			// One text (or list) for every language, or one per language: the editor always writes one per language.
			const forms = (inner.def as unknown as { options: z.ZodType[] }).options.map((option) => unwrap(option).inner);
			const list = forms.some((form) => form.def.type === 'array');
			return {
				...base,
				widget: 'object',
				collapsed: false,
				fields: localeKeys.map((key) => ({
					name: key,
					label: localeLabel(key),
					widget: list ? 'list' : longText.includes(name) ? 'text' : 'string',
					required: required && key === config.defaultLocale,
				})),
			};
		}
		if (inner.def.type === 'array' && unwrap((inner.def as unknown as { element: z.ZodType }).element).inner.def.type === 'object') {
			const element = unwrap((inner.def as unknown as { element: z.ZodType }).element).inner as z.ZodObject;
			return {
				...base,
				widget: 'list',
				fields: Object.entries(element.shape).map(([child, schemaOf]) => fieldOf(child, schemaOf as z.ZodType, path)),
			};
		}
		if (inner.def.type === 'array') return { ...base, widget: 'list' };
		if (inner.def.type === 'enum') {
			const values = Object.values((inner.def as unknown as { entries: Record<string, string> }).entries);
			return { ...base, widget: 'select', options: values.map((value) => ({ label: value, value })) };
		}
		if (inner.def.type === 'object') {
			const children = Object.entries((inner as z.ZodObject).shape).map(([child, schemaOf]) => fieldOf(child, schemaOf as z.ZodType, path));
			return {
				...base,
				widget: 'object',
				collapsed: false,
				fields: required ? children : children.map((child) => ({ ...child, required: false })),
			};
		}
		if (path === 'region')
			return { ...base, pattern: ['^[A-Z]{2}$', language === 'zh' ? '请填写两个大写字母，如 CN' : 'Two capital letters, such as CN'] };
		if ((inner as z.ZodString).format === 'url')
			return {
				...base,
				pattern: ['^https?://', language === 'zh' ? '请填写以 https:// 开头的完整网址' : 'Expected a full address starting with https://'],
			};
		return base;
	}

	return Object.entries(schema.shape).map(([name, field]) => fieldOf(name, field as z.ZodType));
}

export function exhibitorCollection(
	config: PavilionConfig,
	language: EditorLanguage,
	editorLocale: string,
	folder = 'site/exhibitors',
): DecapDataCollection | undefined {
	const options = config.exhibitors;
	if (!options) return undefined;
	const label = (value: string | Record<string, string>) => localize(value, editorLocale, config.defaultLocale);
	const schema = exhibitorSchema({
		image: imagePath,
		localeKeys: Object.keys(config.locales),
		defaultLocale: config.defaultLocale,
		sectors: Object.keys(options.sectors),
		halls: Object.keys(options.halls),
	});
	const fields = dataFields(config, language, {
		schema,
		texts: EXHIBITOR_TEXT,
		choices: {
			sectors: Object.entries(options.sectors).map(([value, text]) => ({ label: label(text), value })),
			'stand.hall': Object.entries(options.halls).map(([value, hall]) => ({ label: label(hall.name), value })),
		},
		longText: ['description'],
	});
	return {
		name: 'exhibitors',
		label: language === 'zh' ? '展商' : 'Exhibitors',
		label_singular: language === 'zh' ? '展商' : 'Exhibitor',
		folder,
		create: true,
		extension: 'yaml',
		format: 'yaml',
		slug: '{{fields.name.en}}',
		identifier_field: `name.${config.defaultLocale}`,
		media_folder: 'logos',
		public_folder: './logos',
		summary: `{{name.${config.defaultLocale}}} · {{stand.number}}`,
		fields,
	};
}
