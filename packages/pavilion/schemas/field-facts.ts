import type { z } from 'astro/zod';
import { fieldKinds } from './field-kinds.ts';

/**
 * What a front-matter field is, read off its schema: whether an article must give it, its default,
 * the type it accepts and its description. docs/front-matter.md and the new-article command read
 * fields this way, the theme's and those a site adds alike (the editor walks them in
 * features/editor/cms-config.ts), so none of them keeps a list of its own.
 */
export interface FieldFacts {
	name: string;
	/** Neither optional nor with a default: an article without it is refused. */
	required: boolean;
	/** Present when the schema fills the field in. */
	default?: { value: unknown };
	/** The zod type of what is accepted, under optional, default and transforms ("string", "enum", "union"…). */
	type: string;
	/** The mark of schemas/field-kinds.ts, for a date, an image or a long text. */
	kind?: 'datetime' | 'image' | 'multiline';
	/** The allowed values of an enum. */
	values?: string[];
	/** The type of the items of a list. */
	itemType?: string;
	description?: string;
	/** The fields of a block (an object, or the object form of a union). */
	fields?: FieldFacts[];
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	defaultValue?: unknown;
	entries?: Record<string, string>;
	element?: z.ZodType;
	options?: z.ZodType[];
	shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

/** Through optional, default and transforms to the schema of what is accepted. */
function unwrap(field: z.ZodType): Omit<FieldFacts, 'name' | 'type' | 'values' | 'itemType' | 'fields'> & { inner: z.ZodType } {
	let node = field;
	let required = true;
	let defaultValue: { value: unknown } | undefined;
	let kind: FieldFacts['kind'];
	let description = field.description;
	for (;;) {
		kind ??= fieldKinds.get(node)?.kind;
		description ??= node.description;
		const def = defOf(node);
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') {
			required = false;
			if (def.type !== 'optional' && def.type !== 'nullable' && !defaultValue) defaultValue = { value: def.defaultValue };
			node = def.innerType!;
		} else if (def.type === 'pipe') node = def.in!;
		else
			return {
				inner: node,
				required,
				...(defaultValue ? { default: defaultValue } : {}),
				...(kind ? { kind } : {}),
				...(description ? { description } : {}),
			};
	}
}

function factsOf(name: string, field: z.ZodType): FieldFacts {
	const { inner, ...facts } = unwrap(field);
	const def = defOf(inner);
	const block =
		def.type === 'object' ? def.shape : def.options?.map((option) => defOf(unwrap(option).inner)).find((option) => option.shape)?.shape;
	return {
		name,
		...facts,
		type: def.type,
		...(def.entries ? { values: Object.values(def.entries) } : {}),
		...(def.element ? { itemType: defOf(unwrap(def.element).inner).type } : {}),
		...(block ? { fields: fieldFacts(block) } : {}),
	};
}

/** The facts of each field of a front-matter schema's shape, in its order. */
export function fieldFacts(shape: Record<string, unknown>): FieldFacts[] {
	return Object.entries(shape).map(([name, field]) => factsOf(name, field as z.ZodType));
}
