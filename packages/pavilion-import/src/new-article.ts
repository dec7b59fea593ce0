/**
 * Start a news article with complete front matter:
 *   pavilion-new-article --locale zh --title "展商报名正式启动" --category news [--translation-of exhibitor-registration-opens]
 * Missing flags are asked for. The date is today in the fair's time zone; the article starts as a
 * draft. An existing file is never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { calendarDate, type ImageFunction } from 'astro-pavilion/tools';
import { articleSource, slugForTitle } from './article-source.ts';
import { loadSiteAt } from './site-config.ts';

// A mistake (a flag missing or misspelt, a config that does not parse) is one plain line, never a stack trace.
process.setUncaughtExceptionCaptureCallback((error) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
});

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: process.cwd() },
		locale: { type: 'string' },
		title: { type: 'string' },
		category: { type: 'string' },
		'translation-of': { type: 'string' },
		slug: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(`Start a draft article in site/articles/<locale>/ with complete front matter:
  pavilion-new-article --locale zh --title "展商报名正式启动" --category news [--translation-of <file name>] [--slug <slug>] [--root <site>]
Missing flags are asked for. docs/getting-started.md explains the fields.`);
	process.exit(0);
}
const root = resolve(values.root);

async function ask(question: string, choices?: string[]): Promise<string> {
	if (!process.stdin.isTTY)
		throw new Error(`Missing: ${question}. Pass it as a flag (--locale, --title, --category, --translation-of, --slug).`);
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	try {
		for (;;) {
			const answer = (await prompt.question(`${question}${choices ? ` (${choices.join(', ')})` : ''}: `)).trim();
			if (answer && (!choices || choices.includes(answer))) return answer;
		}
	} finally {
		prompt.close();
	}
}

const site = await loadSiteAt(root);
const config = site?.config;
if (!site || !config) throw new Error(`${join(root, 'astro.config.mjs')} was not found: run this in a Pavilion site, or pass --root.`);
const locales = Object.keys(config.locales);
const categories = Object.keys(config.categories);
const locale = values.locale ?? (await ask('Language', locales));
if (!locales.includes(locale)) throw new Error(`--locale "${locale}" is not a configured locale; expected one of ${locales.join(', ')}`);
const title = values.title ?? (await ask('Title'));
const category = values.category ?? (await ask('Category', categories));
if (!categories.includes(category))
	throw new Error(`--category "${category}" is not a configured category; expected one of ${categories.join(', ')}`);

const articles = join(root, 'site', 'articles');
let translationKey: string | undefined;
let slug = values.slug ?? slugForTitle(title);
const original = values['translation-of'];
if (original) {
	// The other language's version: reuse its key (giving it one if it has none) and its slug.
	const source =
		locales.map((key) => join(articles, key, `${original}.md`)).find(existsSync) ??
		locales.map((key) => join(articles, key, `${original}.mdx`)).find(existsSync);
	if (!source)
		throw new Error(
			`--translation-of "${original}": no site/articles/<locale>/${original}.md(x); expected the file name of the article this translates`,
		);
	const text = readFileSync(source, 'utf8');
	translationKey = /^translationKey:\s*(.+)$/m.exec(text)?.[1]?.trim();
	if (!translationKey) {
		translationKey = original;
		writeFileSync(source, text.replace(/^---\n/, `---\ntranslationKey: ${translationKey}\n`));
		console.log(`Gave ${relative(root, source)} the translationKey "${translationKey}".`);
	}
	slug = values.slug ?? original;
}

const file = join(articles, locale, `${slug}.md`);
if (existsSync(file)) throw new Error(`${relative(root, file)} exists already; choose another title or pass --slug.`);
mkdirSync(join(articles, locale), { recursive: true });
// Every field of the site's schema, its own included, read as the build reads them.
const schema = site.frontmatterSchema({
	image: (() => z.string()) as unknown as ImageFunction,
	categories,
	timeZone: config.expo.timezone,
	articleFields: site.articleFields,
});
const fields = site.fieldFacts(schema.shape);
writeFileSync(file, articleSource({ title, date: calendarDate(new Date(), config.expo.timezone), category, translationKey, fields }));
console.log(`Wrote ${relative(root, file)} (a draft: set draft: false to publish).`);
