import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { frontmatterSchema, type ImageFunction } from '../packages/pavilion/schemas/frontmatter.ts';

/**
 * docs/front-matter.md is written by hand for press staff, so it cannot be generated without
 * losing its examples; instead it is held to the schema: a field added, removed or made required
 * in the schema fails here until the page's table says so too.
 */
const schema = frontmatterSchema({
	image: (() => z.string()) as unknown as ImageFunction,
	categories: ['news'],
	timeZone: 'Asia/Shanghai',
});
const doc = readFileSync(new URL('../docs/front-matter.md', import.meta.url), 'utf8');
/** The field table's rows: `| \`field\` | required | description |`. */
const rows = new Map([...doc.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map(([, field, required]) => [field!, required!.trim()] as const));

describe('docs/front-matter.md', () => {
	it('has one row for each field of the front-matter schema, in its order', () => {
		expect([...rows.keys()]).toEqual(Object.keys(schema.shape));
	});
	it('calls required exactly the fields the schema requires', () => {
		const required = Object.entries(schema.shape)
			.filter(([, field]) => !field.safeParse(undefined).success)
			.map(([name]) => name);
		expect([...rows].filter(([, column]) => column === 'yes').map(([name]) => name)).toEqual(required);
	});
});
