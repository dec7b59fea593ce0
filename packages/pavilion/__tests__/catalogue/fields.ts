import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { zh, zhMessage, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import { withOptions, writeFile } from '../test-utils.ts';

/** Fields a site adds to its articles, in the one module pavilion({ articleFields }) names. */
const FIELDS = './src/article-fields.ts';
const fieldsModule = (fields: string) => `import { z } from 'astro/zod';\n\nexport default z.object({\n${fields}\n});\n`;
const addFields = (root: string, fields: string, options: Record<string, unknown> = {}) => {
	writeFile(root, FIELDS, fieldsModule(fields));
	withOptions(root, { articleFields: FIELDS, ...options });
};

const BOOTH = "\tbooth: z.string().min(1).describe('Stand number of the exhibitor, such as 3B-12.'),";
const HALL = "\thall: z.number().int().default(1).describe('Exhibition hall.'),";

export const REFUSED: RefusedCase[] = [
	{
		name: 'articleFields adding a field the theme has already',
		why: "A field of the same name would replace the theme's own, with its checks, for every article.",
		area: 'Options',
		setup: (root) => addFields(root, '\ttitle: z.string().optional(),'),
		message: [`articleFields: "${FIELDS}" adds the field "title", which the theme has already; expected a name of its own`],
	},
	{
		name: 'articleFields naming a module without fields',
		why: 'The editor, the importer and the build all read the fields from this module: one that exports none would leave them disagreeing.',
		area: 'Options',
		setup: (root) => {
			writeFile(root, FIELDS, "export const booth = 'B1';\n");
			withOptions(root, { articleFields: FIELDS });
		},
		message: [`articleFields: "${FIELDS}" has no default export of fields; expected`],
	},
	{
		name: 'fields added in the content config with articlesSchema({ extend })',
		why: 'Fields added there alone never reach the browser editor or the importer, which do not read the content config.',
		area: 'Options',
		setup: (root) =>
			writeFile(
				root,
				'src/content.config.ts',
				"import { defineCollection } from 'astro:content';\nimport { z } from 'astro/zod';\nimport { articlesLoader, articlesSchema } from 'astro-pavilion/content';\n\nexport const collections = {\n\tarticles: defineCollection({ loader: articlesLoader(), schema: articlesSchema({ extend: z.object({ booth: z.string() }) }) }),\n};\n",
			),
		message: [
			'articlesSchema({ extend })',
			"expected them in their own module, named by pavilion({ articleFields: './src/article-fields.ts' })",
		],
	},
	{
		name: 'an article without a field the site requires',
		why: 'A field the site adds is checked like the theme’s own.',
		area: 'Articles',
		setup: (root) => {
			addFields(root, BOOTH);
			// One article, so that it is the one the build names.
			rmSync(join(root, 'site/articles'), { recursive: true, force: true });
			zh(root, 'no-booth.md', 'title: 展位\ndate: 2026-03-01');
		},
		message: [zhMessage('no-booth.md', 'booth is missing; expected a value, which the fields the site adds require')],
	},
];

export const HANDLED: HandledCase[] = [
	{
		name: 'fields a site adds reach the build and the browser editor',
		why: 'The editor takes its fields from the schema at config time; the site’s own fields are in the module that the build reads too, so staff can fill them in.',
		area: 'Publishing',
		setup: (root) => {
			addFields(root, `${HALL}\n\tbooth: z.string().optional().describe('Stand number of the exhibitor, such as 3B-12.'),`, { cms: true });
			zh(root, 'booth.md', 'title: 展位\ndate: 2026-03-01\nbooth: 3B-12\nhall: 4');
		},
		check: (site) => {
			expect(site.exists('/news/booth/')).toBe(true);
			const config = parse(site.text('/admin/config.yml')) as { collections: { fields: { name: string; [key: string]: unknown }[] }[] };
			const fields = config.collections[0]!.fields;
			expect(fields.map((field) => field.name).slice(-3)).toEqual(['hall', 'booth', 'body']);
			expect(fields.find((field) => field.name === 'hall')).toMatchObject({
				widget: 'number',
				value_type: 'int',
				default: 1,
				required: false,
			});
			expect(fields.find((field) => field.name === 'booth')).toMatchObject({
				widget: 'string',
				required: false,
				hint: 'Stand number of the exhibitor, such as 3B-12.',
			});
		},
	},
];
