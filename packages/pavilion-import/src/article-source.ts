import { createHash } from 'node:crypto';
import { FRONTMATTER_TEXT, slugify, type FieldFacts } from 'astro-pavilion/tools';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * A file name for a new article. An English title gives a readable slug; a Chinese one keeps its
 * Latin words and digits and adds a short hash of the title, so the same title always gives the
 * same slug (and a second run refuses to overwrite instead of creating a near-duplicate).
 */
export function slugForTitle(title: string): string {
	if (!HAN.test(title)) return slugify(title).slice(0, 60).replace(/-+$/, '') || hashOf(title);
	const latin = slugify(title.replace(/[^\p{Script=Latin}\p{N}\s-]/gu, ' '))
		.slice(0, 40)
		.replace(/-+$/, '');
	return [latin, hashOf(title)].filter(Boolean).join('-');
}

const hashOf = (text: string) => createHash('sha256').update(text.normalize('NFKC')).digest('hex').slice(0, 8);

export interface NewArticle {
	title: string;
	date: string;
	category: string;
	translationKey?: string | undefined;
	/**
	 * The fields of the site's front-matter schema, its own included (pavilion({ articleFields })),
	 * read off the schema (fieldFacts): the article gets each of them, in the schema's order.
	 */
	fields: readonly FieldFacts[];
}

/** Examples for the commented lines of the theme's optional fields whose type alone says too little. */
const EXAMPLES: Record<string, unknown> = { cover: '../../images/cover.jpg', translationKey: 'shared-key-of-the-other-language-version' };

/** A value to replace, of the type the field takes: what a required field without a default starts with. */
function placeholderOf(field: FieldFacts, date: string): unknown {
	if (field.name in EXAMPLES) return EXAMPLES[field.name];
	if (field.kind === 'datetime') return date;
	if (field.type === 'enum') return field.values?.[0] ?? '';
	return ({ number: 0, boolean: false, array: [] } as Record<string, unknown>)[field.type] ?? '';
}

/** YAML for a value: a key or a date plain, as the theme's articles write them; anything else as JSON, which is YAML that quotes every text. */
function yamlOf(value: unknown): string {
	if (typeof value !== 'string') return JSON.stringify(value);
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value);
	// Words YAML 1.1 or 1.2 would read as something else (yes, null, .inf) are quoted.
	const plain = /^[A-Za-z._/][A-Za-z0-9._/-]*$/.test(value) && !/^(y|n|yes|no|on|off|true|false|null|\.inf|\.nan)$/i.test(value);
	return date || plain ? value : JSON.stringify(value);
}

/**
 * A field's line: the value given, else its default, else a placeholder to fill when it is
 * required (the build refuses the article until it is), else a commented line. A field the theme
 * does not describe gets its own description as a comment.
 */
function fieldLines(field: FieldFacts, given: Record<string, unknown>, date: string, described: boolean): string[] {
	const note = !described && field.description ? ` # ${field.description.replace(/\s+/g, ' ')}` : '';
	if (field.name in given) return [`${field.name}: ${yamlOf(given[field.name])}${note}`];
	if (field.default) return [`${field.name}: ${yamlOf(field.default.value)}${note}`];
	if (field.required) return [`${field.name}: ${JSON.stringify(placeholderOf(field, date))} # required${note.replace(/^ #/, ':')}`];
	// A block shows its parts, so that a reprint's source is filled in as the theme reads it.
	if (field.fields)
		return [`# ${field.name}:`, ...field.fields.map((part) => `#   ${part.name}: ${JSON.stringify(placeholderOf(part, date))}`)];
	return [`# ${field.name}: ${yamlOf(placeholderOf(field, date))}${note}`];
}

/**
 * Complete front matter from the site's schema: what the command knows set, every other field with
 * its default or as a commented hint, and a first paragraph to replace. The article starts as a draft.
 */
export function articleSource({ title, date, category, translationKey, fields }: NewArticle): string {
	const given: Record<string, unknown> = { title, date, category, draft: true, ...(translationKey ? { translationKey } : {}) };
	const lines = fields.flatMap((field) => fieldLines(field, given, date, field.name in FRONTMATTER_TEXT));
	// The title as typed, quoted: a title may hold ": " or start with a symbol.
	const front = lines.map((line) => (line.startsWith('title: ') ? `title: ${JSON.stringify(title)}` : line));
	return `---\n${front.join('\n')}\n---\n\n${HAN.test(title) ? '在这里撰写正文。' : 'Write the article here.'}\n`;
}
