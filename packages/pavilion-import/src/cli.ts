/**
 * Bring an organizer's old news site into Pavilion articles:
 *   pnpm run import <pages folder | page.html… | https://old.site/page.html… | export.xml> [--locale zh] [--category news]
 *     [--out site/articles] [--images site/images/imported] [--redirects site/redirects.json] [--uploads wp-content/uploads]
 *     [--old-base https://old.site/] [--force] [--dry-run] [--fetch-missing] [--offline] [--allow-host intranet.local]
 *     [--report import-report.json]
 * (`pnpm import` is pnpm's own lockfile command, hence `pnpm run import`.) The fair's time zone,
 * the default locale and the news URL segment come from pavilion() in astro.config.mjs, or from
 * --timezone, --default-locale and --articles-base. docs/importing.md explains every step.
 *
 * The `pavilion-import` command of this package (dist/cli.js once built); `pnpm run import` in the
 * Pavilion repository runs the same. `pavilion-import exhibitors <list.xlsx>` is the exhibitor
 * directory's import, in exhibitors-command.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CATEGORIES } from 'astro-pavilion/tools';
import { exhibitorsCommand } from './exhibitors-command.ts';
import { importArticles } from './import-articles.ts';
import { clipAll, formatReport } from './report.ts';
import { loadSiteAt } from './site-config.ts';

async function main(): Promise<void> {
	// A command word first; without one, what follows is pages to import (a folder named so is ./exhibitors).
	const [command, ...rest] = process.argv.slice(2);
	if (command === 'exhibitors') return exhibitorsCommand(rest);
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			root: { type: 'string', default: process.cwd() },
			locale: { type: 'string' },
			category: { type: 'string' },
			out: { type: 'string', default: 'site/articles' },
			images: { type: 'string', default: 'site/images/imported' },
			redirects: { type: 'string', default: 'site/redirects.json' },
			'no-redirects': { type: 'boolean', default: false },
			uploads: { type: 'string' },
			'old-base': { type: 'string' },
			force: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			'fetch-missing': { type: 'boolean', default: false },
			offline: { type: 'boolean', default: false },
			'allow-host': { type: 'string', multiple: true, default: [] },
			report: { type: 'string' },
			timezone: { type: 'string' },
			'default-locale': { type: 'string' },
			'articles-base': { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});

	if (values.help) {
		console.log(`pavilion-import (pnpm run import in the Pavilion repository) <pages folder | page.html… | https://old.site/page.html… | export.xml> [options]

  --locale zh                 language folder of the articles (default: the site's default locale)
  --category news             section for articles whose old category is not one of the site's
  --out site/articles         articles folder          --images site/images/imported   pictures folder
  --redirects site/redirects.json  (or --no-redirects)  --uploads <wp-content/uploads>  WordPress pictures
  --old-base <https://old.site/>   old address of the folders given (for wget mirrors)
  --force                     overwrite articles imported before from the same address
  --dry-run                   read and report, write nothing
  --fetch-missing / --offline fetch pictures a saved page lacks / never use the network
  --allow-host <host>         fetch from this host although it is on this machine or a private network (repeatable)
  --report import-report.json also write the report as JSON
  --timezone, --default-locale, --articles-base   when the site has no astro.config.mjs

docs/importing.md explains every step. (\`pnpm import\` is pnpm's own lockfile command.)

pavilion-import exhibitors <list.xlsx | list.csv> [--columns map.json] [--dry-run]
                              the exhibitor directory from the registration system's list (exhibitors --help)`);
		return;
	}
	const root = resolve(values.root);
	const fromRoot = (path: string) => resolve(root, path);

	if (positionals.length === 0)
		throw new Error(
			'Missing: what to import. Pass saved pages, a folder of them, page addresses or a WordPress export file (see docs/importing.md).',
		);

	// Without an Astro config (a site laid out differently), the three settings that shape dates and URLs must be given.
	const site = values.timezone && values['default-locale'] && values['articles-base'] ? undefined : await loadSiteAt(root);
	const config = site?.config;
	const timeZone = values.timezone ?? config?.expo.timezone;
	const defaultLocale = values['default-locale'] ?? config?.defaultLocale;
	const articlesBase = values['articles-base'] ?? config?.articlesBase;
	if (!timeZone || !defaultLocale || !articlesBase)
		throw new Error(`${join(root, 'astro.config.mjs')} was not found: pass --timezone, --default-locale and --articles-base.`);
	const locales = config ? Object.keys(config.locales) : [defaultLocale];
	// A category's label is one text for every language ("展会新闻") or one per language ({ zh: "展会新闻", en: "Expo news" }).
	const categoryLabels: Record<string, string[]> = Object.fromEntries(
		Object.entries<string | Record<string, string>>(config?.categories ?? DEFAULT_CATEGORIES).map(([key, label]) => [
			key,
			typeof label === 'string' ? [label] : Object.values(label),
		]),
	);
	const categories = Object.keys(categoryLabels);

	const locale = values.locale ?? defaultLocale;
	if (config && !locales.includes(locale))
		throw new Error(`--locale "${locale}" is not a configured locale; expected one of ${locales.join(', ')}`);
	const category = values.category ?? categories[0]!;
	if (!categories.includes(category))
		throw new Error(`--category "${category}" is not a configured category; expected one of ${categories.join(', ')}`);

	const report = await importArticles({
		inputs: positionals,
		root,
		locale,
		defaultLocale,
		articlesBase,
		timeZone,
		categories,
		categoryLabels,
		category,
		frontmatterSchema: site?.frontmatterSchema,
		articleFields: site?.articleFields,
		articles: fromRoot(values.out),
		images: fromRoot(values.images),
		redirects: values['no-redirects'] ? undefined : fromRoot(values.redirects),
		uploads: values.uploads && fromRoot(values.uploads),
		oldBase: values['old-base'],
		force: values.force,
		dryRun: values['dry-run'],
		fetchMissing: values['fetch-missing'],
		offline: values.offline,
		allowHosts: values['allow-host'],
	});

	console.log(formatReport(report));
	if (values.report) {
		const file = fromRoot(values.report);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(clipAll(report), null, '\t')}\n`);
		console.log(`The report is also in ${values.report}.`);
	}
	// Problems do not fail the run: what could be imported is, and the report says what needs a hand.
	if (report.articles.length === 0 && report.failures.length > 0) process.exitCode = 1;
}

// A mistake (a flag misspelt, nothing to import, a config that does not parse) is one plain line, never a stack trace.
try {
	await main();
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
