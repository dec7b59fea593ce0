import type { z } from 'astro/zod';
import { LocalesSchema, userConfigSchema } from '../../packages/pavilion/schemas/config.ts';

/**
 * docs/configuration.md, generated from the option schemas: names, types, defaults and the
 * `.describe()` texts. `pnpm docs:config` writes it; a test fails when it is out of date, so the
 * reference can never drift from the code.
 */
type Schema = z.core.$ZodType;
interface Def {
	type: string;
	innerType?: Schema;
	in?: Schema;
	options?: Schema[];
	entries?: Record<string, string>;
	values?: unknown[];
	element?: Schema;
	valueType?: Schema;
	shape?: Record<string, Schema>;
	defaultValue?: unknown;
}

const def = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const description = (schema: Schema) => (schema as unknown as { description?: string }).description;

/** Through optional, default, pipe and transform to the schema that says what is accepted. */
function unwrap(schema: Schema): { schema: Schema; optional: boolean; defaultValue?: unknown } {
	let current = schema;
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		const { type, innerType, in: input } = def(current);
		if (type === 'optional' && innerType) optional = true;
		if (type === 'default' && innerType && defaultValue === undefined) defaultValue = def(current).defaultValue;
		const next = ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(type)
			? innerType
			: type === 'pipe'
				? input
				: undefined;
		if (!next) return { schema: current, optional, defaultValue };
		current = next;
	}
}

function typeName(schema: Schema): string {
	const inner = unwrap(schema).schema;
	const { type, options, entries, values, element, valueType } = def(inner);
	switch (type) {
		case 'string':
			return 'text';
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'enum':
			return Object.values(entries ?? {})
				.map((value) => `\`${value}\``)
				.join(', ');
		case 'literal':
			return (values ?? []).map((value) => `\`${String(value)}\``).join(', ');
		case 'array':
			return `list of ${element ? typeName(element) : 'values'}`;
		case 'record':
			return `object of ${valueType ? typeName(valueType) : 'values'}`;
		case 'object':
			return 'object';
		case 'union': {
			const names = [...new Set((options ?? []).map(typeName))];
			return names.join(' or ').replace('text or object of text', 'localized text');
		}
		default:
			return type;
	}
}

function showDefault(value: unknown): string {
	if (value === undefined) return '';
	const text = JSON.stringify(value);
	return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Fields of an object, or of the objects in a list (`expo.hours[].open`). */
function nestedRows(schema: Schema, name: string): string[] {
	const { type, shape, element } = def(schema);
	if (type === 'object' && shape) return rows(shape, `${name}.`);
	const item = element && unwrap(element).schema;
	if (type === 'array' && item && def(item).type === 'object' && def(item).shape) return rows(def(item).shape!, `${name}[].`);
	return [];
}

/** One row per option, nested objects as dotted names, in schema order. */
function rows(shape: Record<string, Schema>, prefix = ''): string[] {
	return Object.entries(shape).flatMap(([key, field]) => {
		const { schema, optional, defaultValue } = unwrap(field);
		const name = `${prefix}${key}`;
		const required = !optional && defaultValue === undefined ? 'required' : showDefault(defaultValue) || 'none';
		const row = `| \`${name}\` | ${cell(typeName(field))} | ${required} | ${cell(description(field) ?? description(schema) ?? '')} |`;
		return [row, ...nestedRows(schema, name)];
	});
}

const HEADER = `# Configuration reference

<!-- Generated from packages/pavilion/schemas by \`pnpm docs:config\`. Do not edit by hand: edit the .describe() texts. -->

Everything an organizer sets goes in \`pavilion({ … })\` in \`astro.config.mjs\`. The options are checked when the site starts. A wrong value stops the build with a line naming the option, the value given and what is expected:

\`\`\`
Invalid pavilion() options in astro.config.mjs:
  - expo.timezone: "Asia/Qingtan" was given; expected an IANA time zone name such as "Asia/Shanghai" or "Europe/Berlin"
\`\`\`

**Localized text** is one string for every language, or one per locale key: \`{ zh: '青潭智博会', en: 'QTSE 2027' }\`. The object form must include the default locale; a locale without its own text shows the default locale's.

Also set Astro's own \`site\` option (for example \`site: 'https://expo.example.com'\`): feeds, the sitemap, share links and link previews need the site's address. Do not set Astro's \`i18n\`: Pavilion derives it from \`locales\`.

| Option | Type | Default | Description |
| --- | --- | --- | --- |
`;

export function configurationReference(): string {
	// defaultLocale and locales are validated first, by LocalesSchema, which holds their defaults and
	// descriptions: its fields replace theirs in place, keeping the order of the options.
	const shape = { ...def(userConfigSchema(LocalesSchema.parse({}))).shape!, ...def(unwrap(LocalesSchema).schema).shape! };
	return `${HEADER}${rows(shape).join('\n')}\n`;
}
