import { z } from 'astro/zod';
import { DEFAULT_CATEGORIES } from '../../packages/pavilion/schemas/categories.ts';
import { fieldFacts, type FieldFacts } from '../../packages/pavilion/schemas/field-facts.ts';
import { fieldKinds } from '../../packages/pavilion/schemas/field-kinds.ts';
import { FRONTMATTER_TEXT, type FieldText } from '../../packages/pavilion/schemas/field-text.ts';
import { frontmatterSchema, type ArticleFields, type ImageFunction } from '../../packages/pavilion/schemas/frontmatter.ts';
import { FIELD_RULES } from '../../packages/pavilion/loaders/field-rules.ts';

/**
 * docs/front-matter.md, generated from the front-matter schema: the fields in its order, whether
 * each is required, its type and default, and its description (schemas/field-text.ts, or the
 * `.describe()` of a field a site adds), then the rules across fields (loaders/field-rules.ts).
 * The prose around the table (the example, the body, MDX) is written here, apart from the table.
 * `pnpm docs:config` writes it; scripts/front-matter-drift.test.ts fails when it is out of date.
 */

/** The cover as the editor sees it: a path, marked as an image. */
const imagePath = (() => z.string().register(fieldKinds, { kind: 'image' })) as unknown as ImageFunction;

export function articleSchemaForDocs(articleFields?: ArticleFields) {
	return frontmatterSchema({ image: imagePath, categories: Object.keys(DEFAULT_CATEGORIES), timeZone: 'Asia/Shanghai', articleFields });
}

const TYPES: Record<string, string> = { string: 'text', boolean: '`true` or `false`', number: 'number', object: 'block', any: 'value' };

function typeOf(facts: FieldFacts): string {
	if (facts.kind === 'datetime') return 'date';
	if (facts.kind === 'image') return 'image path';
	if (facts.type === 'enum') return (facts.values ?? []).map((value) => `\`${value}\``).join(', ');
	if (facts.type === 'array') return `list of ${TYPES[facts.itemType ?? ''] ?? facts.itemType ?? 'values'}`;
	if (facts.type === 'union' && facts.fields) return 'text or block';
	return TYPES[facts.type] ?? facts.type;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function describe(name: string, facts: FieldFacts): string {
	const text = (FRONTMATTER_TEXT as Record<string, FieldText>)[name];
	return text ? (text.reference ?? text.hint.en) : (facts.description ?? '');
}

function required(name: string, facts: FieldFacts, inBlock: boolean): string {
	if (inBlock) return facts.required ? 'in a block' : 'no';
	const rule = FIELD_RULES.find((candidate) => candidate.field === name && candidate.requiredWith);
	if (rule) return `with \`${rule.requiredWith}\``;
	return facts.required ? 'yes' : 'no';
}

const showDefault = (facts: FieldFacts) => (facts.default ? `\`${JSON.stringify(facts.default.value)}\`` : '');

function rows(facts: readonly FieldFacts[], prefix = ''): string[] {
	return facts.flatMap((field) => {
		const name = `${prefix}${field.name}`;
		const row = `| \`${name}\` | ${cell(typeOf(field))} | ${required(name, field, prefix !== '')} | ${showDefault(field)} | ${cell(describe(name, field))} |`;
		return [row, ...rows(field.fields ?? [], `${name}.`)];
	});
}

/** The field table: one row per field, a block's parts as dotted names under it. */
export function fieldTable(articleFields?: ArticleFields): string {
	const schema = articleSchemaForDocs(articleFields);
	return ['| Field | Type | Required | Default | Description |', '| --- | --- | --- | --- | --- |', ...rows(fieldFacts(schema.shape))].join(
		'\n',
	);
}

const rulesAcrossFields = () => FIELD_RULES.map(({ rule }) => `- ${rule}`).join('\n');

const INTRO = `# Front-matter reference

<!-- Generated from packages/pavilion/schemas/frontmatter.ts by \`pnpm docs:config\`. Do not edit by hand: field texts are in schemas/field-text.ts, rules across fields in loaders/field-rules.ts, the prose in scripts/lib/front-matter-reference.ts. -->

Each article is a Markdown (\`.md\`) or MDX (\`.mdx\`) file in \`site/articles/<locale>/\`, for example \`site/articles/zh/expo-opens.md\`. The folder sets the language. The file name, without its extension, becomes the URL: \`/news/expo-opens/\`. Sub-folders such as \`site/articles/zh/2026/\` are allowed and don't change the URL.

\`\`\`yaml
---
title: 第七届青潭智博会展商报名正式启动
date: 2026-06-16
summary: 6月16日起，展商可在线提交参展申请。
category: news
tags: [展商报名, 机器人]
cover: ../../images/cover-registration.jpg
coverAlt: 两张挂着彩色挂绳的参展证
author: 赵一帆
editor: 陈默
translationKey: registration-opens
---
\`\`\`

## Fields

The same fields, with the same labels and hints, are what the browser editor (\`/admin/\`) shows and what \`pavilion-import\` and \`pavilion-new-article\` write. The categories below are the default ones; a site's own are set by \`pavilion({ categories })\`.

`;

const AFTER_TABLE = `

Text fields (\`title\`, \`summary\`, \`tags\`, \`coverAlt\`, \`author\`, \`editor\`, \`source\`, \`translationKey\`) may not hold control characters (tab and line breaks excepted) or the invisible bidirectional controls U+202A–U+202E and U+2066–U+2069, which reorder the text around them on screen. Zero-width spaces and soft hyphens are kept: they mark where a line may break, and the link-preview image leaves them out. A value made only of such invisible characters counts as empty.

The front matter starts with a \`---\` line on the first line of the file and ends with another \`---\` line; a file whose front matter is never closed stops the build with a message saying so.

A reprint with its full source:

\`\`\`yaml
source:
  name: 青潭日报
  url: https://www.example.com/qingtan-daily/2026/0812/expo.html
  title: 智能装备博览会今年扩容至八个展馆
  author: 李静
\`\`\`

## Rules across fields

`;

const OUTRO = `

## Images in the body

Write \`![alt text](../../images/chart.png "Caption")\`. An image with a title, alone in its paragraph, becomes a figure with that caption. Body images are resized, converted to WebP and lazy-loaded.

## MDX components

\`\`\`mdx
import Callout from 'astro-pavilion/components/Callout.astro';
import KeyFacts from 'astro-pavilion/components/KeyFacts.astro';

<Callout type="tip" title="参观提示">请提前在线登记。</Callout>

<KeyFacts items={[{ label: '展期', value: '4月21日—24日' }, { label: '展馆', value: '8 个' }]} />
\`\`\`

\`Callout\` takes \`type\` (\`note\`, \`tip\` or \`warning\`) and an optional \`title\`.

An \`.mdx\` article is code that runs on the build machine, not only text: it can import any file there. Read [mdx.md](mdx.md) before you accept one from someone else; \`mdx: false\` turns MDX off.

## When something is wrong

The build stops with one line per problem, naming the file, the field, the value given and what is expected:

\`\`\`
site/articles/zh/no-cover.md: cover "../../images/nowhere.jpg" was given, but there is no file at site/images/nowhere.jpg; expected the path of an image relative to the article, such as "../../images/cover.jpg"
site/articles/ja/konnichiwa.md: locale folder "ja" is not a configured locale; expected the article under one of site/articles/zh/, site/articles/en/ (or add "ja" to pavilion({ locales }))
site/articles/zh/2026/copy.md: slug "expo-opens" is already the slug of site/articles/zh/expo-opens.md in locale "zh"; expected every article of a locale to have its own slug (rename one file or set a different slug)
\`\`\`

## Adding your own fields

A site adds fields of its own in one module, which \`pavilion({ articleFields })\` names. The build checks them like the built-in ones, the browser editor shows them (labelled by their name, with their \`.describe()\` text as the hint), \`pavilion-import\` checks what it writes against them, and \`pavilion-new-article\` writes them into a new article: a field with a default gets it, a required field gets an empty value to fill in, an optional one a commented line.

\`\`\`ts
// src/article-fields.ts
import { z } from 'astro/zod';

export default z.object({
	booth: z.string().optional().describe('Stand number of the exhibitor the article is about, such as 3B-12.'),
	hall: z.number().int().default(1).describe('Exhibition hall.'),
});
\`\`\`

\`\`\`js
// astro.config.mjs
pavilion({ articleFields: './src/article-fields.ts' /* , … */ });
\`\`\`

\`src/content.config.ts\` stays as it is, with \`schema: articlesSchema()\`: the schema takes the fields from the module itself. A field that needs a picture uses \`image()\`: export a function instead, \`export default ({ image }) => z.object({ logo: image().optional() })\`. A field may not take the name of one of the theme's own fields, nor \`body\`.

\`articlesSchema({ extend })\` is refused: fields added in the content config alone were never seen by the editor or the importer.

## The body

Write the body in Markdown. Raw HTML is allowed for structure and presentation (tables, \`<details>\`, \`<sup>\`), but nothing that runs script, embeds another site or loads images from other hosts: [what Pavilion refuses](refused.md) lists it all. Put pictures next to the articles (\`site/images/\`) and use \`![description](../../images/photo.jpg "optional caption")\`.

A single tilde stays as written, because it is the range sign in Chinese: \`展期4月21日~24日，票价20~30元\` shows both ranges as typed. Only a double tilde strikes through: \`~~原定三月举办~~\` becomes ~~原定三月举办~~.
`;

export function frontMatterReference(): string {
	return `${INTRO}${fieldTable()}${AFTER_TABLE}${rulesAcrossFields()}${OUTRO}`;
}
