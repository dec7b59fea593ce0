import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSource } from '../packages/pavilion-import/src/article-source.ts';
import { IMPORTED_FIELDS } from '../packages/pavilion-import/src/front-matter.ts';
import { importArticles } from '../packages/pavilion-import/src/import-articles.ts';
import { fixture, optionsFor, tempProject } from '../packages/pavilion-import/src/test-utils.ts';
import { loadArticleFields } from '../packages/pavilion/config/article-fields.ts';
import { decapConfig } from '../packages/pavilion/features/editor/cms-config.ts';
import { parseUserConfig } from '../packages/pavilion/config/user-config.ts';
import { FIELD_RULES } from '../packages/pavilion/loaders/field-rules.ts';
import { fieldFacts } from '../packages/pavilion/schemas/field-facts.ts';
import { FRONTMATTER_TEXT } from '../packages/pavilion/schemas/field-text.ts';
import type { ArticleFields } from '../packages/pavilion/schemas/frontmatter.ts';
import fixtureOptions from '../packages/pavilion/__tests__/fixtures/basic/options.mjs';
import { articleSchemaForDocs, fieldTable, frontMatterReference } from './lib/front-matter-reference.ts';

/**
 * One description of each front-matter field: the schema (schemas/frontmatter.ts, its texts in
 * schemas/field-text.ts) and the fields a site adds (pavilion({ articleFields })). The reference page,
 * the browser editor, the importer and the new-article command must each say what it says; a
 * field added, renamed or made required there fails here until they follow. The site's fields come
 * from a fixture module, loaded the way the integration and the commands load it.
 */
const FIXTURE_ROOT = new URL('./__fixtures__/article-fields/', import.meta.url);
const ADDED = ['booth', 'hall', 'sponsor', 'logo'];
let articleFields: ArticleFields;
beforeAll(async () => {
	articleFields = await loadArticleFields('./src/article-fields.ts', FIXTURE_ROOT);
});

const theme = () => articleSchemaForDocs();
const extended = () => articleSchemaForDocs(articleFields);
const names = (shape: Record<string, unknown>) => Object.keys(shape);

describe('the front-matter schema and its texts', () => {
	it('adds the site’s fields after the theme’s own', () => {
		expect(names(extended().shape)).toEqual([...names(theme().shape), ...ADDED]);
	});
	it('has a label and hint for each of its fields and their parts, and none for a field it lacks', () => {
		const fields = fieldFacts(theme().shape).flatMap((field) => [
			field.name,
			...(field.fields ?? []).map((part) => `${field.name}.${part.name}`),
		]);
		expect(Object.keys(FRONTMATTER_TEXT).filter((name) => name !== 'body')).toEqual(fields);
	});
	it('states rules across fields only for fields it has', () => {
		for (const rule of FIELD_RULES) {
			expect(names(theme().shape)).toContain(rule.field);
			if (rule.requiredWith) expect(names(theme().shape)).toContain(rule.requiredWith);
		}
	});
});

describe('docs/front-matter.md', () => {
	it('is what the schema gives (run `pnpm docs:config` after changing a field)', () => {
		expect(readFileSync(new URL('../docs/front-matter.md', import.meta.url), 'utf8')).toBe(frontMatterReference());
	});
	it('would list a site’s own fields with their type, default and own description', () => {
		const table = fieldTable(articleFields);
		expect(table).toContain('| `booth` | text | yes |  | Stand number of the exhibitor, such as 3B-12. |');
		expect(table).toContain('| `hall` | number | no | `1` | Exhibition hall. |');
		expect(table).toContain('| `sponsor` | `gold`, `silver` | no |  | Sponsorship level. |');
		expect(table).toContain("| `logo` | image path | no |  | The exhibitor's logo. |");
	});
});

describe('the browser editor', () => {
	const config = parseUserConfig({ ...fixtureOptions, cms: true });
	const fieldsOf = (fields: ArticleFields | undefined) => {
		if (!config.cms) throw new Error('the fixture turns the editor on');
		const cms = config.cms;
		return decapConfig({ config, cms, articlesFolder: cms.articlesFolder, editorLocale: 'en', base: '/', articleFields: fields })
			.collections[0]!.fields;
	};

	it('has a field for each field of the schema, the site’s included, in its order, then the body', () => {
		expect(fieldsOf(articleFields).map((field) => field.name)).toEqual([...names(extended().shape), 'body']);
	});
	it('asks for what the schema requires, and fills in its defaults', () => {
		const fields = fieldsOf(articleFields);
		for (const facts of fieldFacts(extended().shape)) {
			const field = fields.find((candidate) => candidate.name === facts.name)!;
			// The editor always asks for the file name (slug), which the schema may take from it.
			if (facts.name !== 'slug') expect(field.required, facts.name).toBe(facts.required);
			if (facts.default && facts.kind !== 'datetime') expect(field.default, facts.name).toEqual(facts.default.value);
		}
	});
	it('shows a site’s field with its description, and the widget its type needs', () => {
		const fields = fieldsOf(articleFields);
		const byName = (name: string) => fields.find((field) => field.name === name);
		expect(byName('booth')).toMatchObject({ widget: 'string', required: true, hint: 'Stand number of the exhibitor, such as 3B-12.' });
		expect(byName('hall')).toMatchObject({ widget: 'number', value_type: 'int', default: 1 });
		expect(byName('sponsor')).toMatchObject({ widget: 'select', options: [{ value: 'gold' }, { value: 'silver' }] });
		expect(byName('logo')).toMatchObject({ widget: 'image' });
	});
});

describe('the importer', () => {
	it('fills only fields of the schema, in its order, and leaves out none that the schema requires', () => {
		const schemaNames = names(theme().shape);
		expect(schemaNames.filter((name) => (IMPORTED_FIELDS as readonly string[]).includes(name))).toEqual([...IMPORTED_FIELDS]);
		const unfilled = fieldFacts(theme().shape).filter((field) => !(IMPORTED_FIELDS as readonly string[]).includes(field.name));
		expect(unfilled.filter((field) => field.required).map((field) => field.name)).toEqual([]);
	});
	it('checks what it writes against the site’s fields too: a field it cannot fill stops the article, naming it', async () => {
		const project = tempProject();
		try {
			const page = fixture('pages/expo-robots.html');
			const report = await importArticles(optionsFor(project.root, { inputs: [page], articleFields, redirects: undefined }));
			const [article] = report.articles;
			expect(article?.status).toBe('not written');
			expect(article?.problems.join('\n')).toContain("front matter: booth is required by the site's articleFields");
		} finally {
			project.remove();
		}
	});
});

describe('the new-article command', () => {
	const source = () => articleSource({ title: 'Booths', date: '2026-08-12', category: 'news', fields: fieldFacts(extended().shape) });

	it('writes every field of the schema, in its order, set or as a commented hint', () => {
		const written = [...source().matchAll(/^(?:# )?(\w+):/gm)].map(([, name]) => name);
		expect(written).toEqual(names(extended().shape));
	});
	it('writes each field the site adds: its default, a placeholder when required, a commented line when optional', () => {
		const text = source();
		expect(text).toContain('booth: "" # required: Stand number of the exhibitor, such as 3B-12.\n');
		expect(text).toContain('hall: 1 # Exhibition hall.\n');
		expect(text).toContain('# sponsor: gold # Sponsorship level.\n');
		expect(text).toContain('# logo: "" # The exhibitor\'s logo.\n');
	});
});
