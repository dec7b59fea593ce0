import type { z } from 'astro/zod';
import type { frontmatterSchema } from 'astro-pavilion/tools';
import { Document, isSeq, parse, type ScalarTag } from 'yaml';
import { IMPORTED_FROM } from './existing.ts';

/**
 * The front matter of an imported article, written by the YAML library: a title with quotes,
 * colons or a leading "【" comes back exactly as the old site wrote it, which hand-made YAML would
 * not guarantee. Dates are written as text: a day ("2026-08-12") or a time with the fair's
 * offset ("2026-08-12T09:30:00+08:00"). The first line records where the article came from.
 *
 * Astro reads front matter with js-yaml, which takes YAML 1.1's dates (and 1.2's numbers), while
 * the yaml package writes YAML 1.2: a title "2026-08-12" written plain would come back as a Date
 * and be refused. Every text that a YAML 1.1 or 1.2 reader would take for something else (a date,
 * yes/no/on/off, a number, null, ~) is quoted.
 */
type SchemaInput = z.input<ReturnType<typeof frontmatterSchema>>;

/**
 * The fields the importer fills, in the schema's order (the order it writes them). Each is a field
 * of the theme's schema, so a field renamed or removed there fails the typecheck here; a schema
 * field left out must be optional or have a default (scripts/front-matter-drift.test.ts).
 */
export const IMPORTED_FIELDS = [
	'title',
	'date',
	'updated',
	'category',
	'tags',
	'cover',
	'coverAlt',
	'author',
	'editor',
	'source',
	'draft',
] as const satisfies readonly (keyof SchemaInput)[];

/** What the importer writes: the schema's own types, with dates as the text written and a source always a block. */
export type ImportedFrontMatter = { [Field in 'title' | 'category' | 'tags' | 'draft']-?: NonNullable<SchemaInput[Field]> } & Pick<
	SchemaInput,
	'coverAlt' | 'author' | 'editor'
> & {
		date: string;
		updated?: string | undefined;
		cover?: string | undefined;
		source?: Exclude<SchemaInput['source'], string>;
	};

/** The front matter's own dates, written plain as the theme's articles write them: every reader takes them for a date. */
class PlainDate {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
}
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/;
const dateValue = (text: string | undefined) => (text !== undefined && PLAIN_DATE.test(text) ? new PlainDate(text) : text);
const plainDateTag: ScalarTag = {
	tag: 'tag:yaml.org,2002:timestamp',
	default: true,
	identify: (value) => value instanceof PlainDate,
	resolve: (text) => text,
	stringify: ({ value }) => (value as PlainDate).text,
};

function fieldsOf(data: ImportedFrontMatter): Record<string, unknown> {
	const written: Record<string, unknown> = {
		...data,
		tags: data.tags.length ? data.tags : undefined,
		source: data.source && Object.fromEntries(Object.entries(data.source).filter(([, value]) => value !== undefined)),
		draft: data.draft || undefined,
	};
	return Object.fromEntries(
		IMPORTED_FIELDS.map((field): [string, unknown] => [field, written[field]]).filter(([, value]) => value !== undefined),
	);
}

export function frontMatterSource(data: ImportedFrontMatter, origin: string): string {
	const fields = fieldsOf(data);
	// compat: every string is written so that a YAML 1.1 reader too reads it as a string.
	const values = { ...fields, date: dateValue(data.date), ...(data.updated === undefined ? {} : { updated: dateValue(data.updated) }) };
	const document = new Document(values, { compat: 'yaml-1.1', customTags: [plainDateTag] });
	const tags = document.get('tags', true);
	// Tags on one line, as the theme's own articles write them: tags: [展商报名, 机器人].
	if (isSeq(tags)) tags.flow = true;
	// A comment line cannot hold a line break: an address with one would end the comment early.
	const from = origin.replace(/[\r\n]+/g, ' ');
	return `---\n${IMPORTED_FROM}${from}\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

export type YamlVersion = '1.1' | '1.2';

/** The front matter block of a file's text, as YAML readers read it: YAML 1.1 (dates, as Astro's js-yaml) and 1.2. */
export function frontMatterReadings(source: string): { version: YamlVersion; data: unknown }[] {
	const block = /^---\n([\s\S]*?)---\n/.exec(source)?.[1] ?? '';
	return (['1.1', '1.2'] as const).map((version) => ({ version, data: parse(block, { version }) as unknown }));
}

/**
 * The fields a reading gives back other than as written: a title "2026-08-12" read as a Date, "yes"
 * as true. The dates are left to the schema, which takes them as text or as a Date.
 */
export function misreadFields(data: ImportedFrontMatter, read: unknown): string[] {
	const got = (read && typeof read === 'object' ? read : {}) as Record<string, unknown>;
	const written = fieldsOf(data);
	return [...new Set([...Object.keys(written), ...Object.keys(got)])].filter(
		(key) => key !== 'date' && key !== 'updated' && JSON.stringify(got[key]) !== JSON.stringify(written[key]),
	);
}
