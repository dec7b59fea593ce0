import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { fieldFacts, frontmatterSchema, type ArticleFields, type ImageFunction } from 'astro-pavilion/tools';
import { articleUrl } from 'astro-pavilion/tools';
import type { ImportedArticle } from './article.ts';
import { decodePage } from './charset.ts';
import { existingArticles } from './existing.ts';
import { frontMatterReadings, frontMatterSource, IMPORTED_FIELDS, misreadFields, type ImportedFrontMatter } from './front-matter.ts';
import { importBodyImages, importImage, type ImageOptions } from './images.ts';
import { readInputs } from './inputs.ts';
import { bodyToMarkdown } from './markdown.ts';
import { readPage } from './page.ts';
import { mergeRedirects, redirectSource, type Redirect } from './redirects.ts';
import type { ArticleReport, ImportReport } from './report.ts';
import { slugBase } from './slug.ts';
import { readWordPressExport } from './wordpress.ts';

/**
 * `pnpm run import`: old news pages and WordPress posts in, Pavilion articles out. Reading
 * (page.ts, wordpress.ts) finds what each article says; this file names the articles, copies
 * their pictures, writes the files and the redirects, and keeps the report.
 */
export interface ImportOptions {
	/** Files, folders, http(s) addresses and WordPress export files. */
	inputs: readonly string[];
	/** Project root: paths in the report are relative to it. */
	root: string;
	locale: string;
	defaultLocale: string;
	articlesBase: string;
	timeZone: string;
	/** The site's category keys. */
	categories: readonly string[];
	/** Their labels in every language ("展会新闻", "Expo news"): an old category of that name is filed under the key. */
	categoryLabels?: Readonly<Record<string, readonly string[]>> | undefined;
	/** Category for articles whose old category is not one of the site's. */
	category: string;
	/** The front-matter schema of the theme the site builds with (the one bundled in this package when not given). */
	frontmatterSchema?: typeof frontmatterSchema | undefined;
	/** The fields the site adds (pavilion({ articleFields })): what is written is checked with them too. */
	articleFields?: ArticleFields | undefined;
	/** The articles folder (site/articles); files go into its <locale>/ folder. */
	articles: string;
	/** Folder for pictures (site/images/imported); each article gets a folder named after its slug. */
	images: string;
	/** The redirects file (site/redirects.json), or undefined to write none. */
	redirects?: string | undefined;
	/** A local copy of WordPress's wp-content/uploads. */
	uploads?: string | undefined;
	/** The old site's address of the folders given, for wget mirrors: file paths below them are old paths. */
	oldBase?: string | undefined;
	/** Overwrite articles imported before from the same address. */
	force?: boolean | undefined;
	/** Read everything and report, write nothing. */
	dryRun?: boolean | undefined;
	/** Fetch pictures a saved page lacks from the page's old address. */
	fetchMissing?: boolean | undefined;
	/** Never use the network for pictures. */
	offline?: boolean | undefined;
	fetchFn?: typeof fetch | undefined;
	/** Hosts on a private network or this machine that pictures and pages may be fetched from (--allow-host). */
	allowHosts?: readonly string[] | undefined;
	/** The moment of the import: an article dated after it gets its redirect only once published. */
	now?: Date | undefined;
}

const UNCATEGORIZED = new Set(['uncategorized', '未分类']);

export async function importArticles(options: ImportOptions): Promise<ImportReport> {
	const fetchFn = options.fetchFn ?? fetch;
	const now = options.now ?? new Date();
	const dryRun = options.dryRun ?? false;
	const force = options.force ?? false;
	const fromRoot = (path: string) => relative(options.root, path).split(sep).join('/');
	// Redirect targets are site paths without the deploy base, as Astro's `redirects` takes them.
	const urls = { base: '/', defaultLocale: options.defaultLocale, articlesBase: options.articlesBase };

	const { inputs, failures } = await readInputs(options.inputs, fetchFn, options.allowHosts ?? []);
	const articles: ImportedArticle[] = [];
	const skipped: string[] = [];
	for (const input of inputs) {
		const decoded = decodePage(input.bytes, input.contentType);
		if (input.kind === 'wordpress') {
			const wordpress = readWordPressExport(decoded.text, input.name, options.timeZone);
			for (const article of wordpress.articles) {
				if (decoded.problem) article.problems.unshift(`the export: ${decoded.problem}`);
				if (decoded.note) article.notes.unshift(`the export: ${decoded.note}`);
			}
			articles.push(...wordpress.articles);
			skipped.push(...wordpress.skipped);
			continue;
		}
		const article = readPage(
			{ input: input.name, html: decoded.text, file: input.file, folder: input.folder, url: input.url, oldBase: options.oldBase },
			options.timeZone,
		);
		if (decoded.note) article.notes.unshift(decoded.note);
		if (decoded.problem) article.problems.unshift(decoded.problem);
		articles.push(article);
	}

	const folder = join(options.articles, options.locale);
	const existing = existingArticles(folder);
	const taken = new Set(existing.slugs.keys());
	const fileSlugs = new Map([...existing.slugs].map(([slug, file]) => [file, slug]));
	const origins = new Map<string, string>();
	const placed: { article: ImportedArticle; report: ArticleReport; slug: string; file: string }[] = [];
	const reports: ArticleReport[] = [];

	// First every article gets its name, so that links between imported articles can point at the new URLs.
	for (const article of articles) {
		const report = reportOf(article);
		reports.push(report);
		if (!article.title || !article.date) continue;
		const origin = article.oldUrl ?? article.input;
		const same = origins.get(origin);
		if (same) {
			report.problems.push(`the same article as ${same} (both have the address ${origin}): imported once`);
			continue;
		}
		origins.set(origin, article.input);
		const previous = existing.origins.get(origin);
		let slug: string;
		let file: string;
		if (previous) {
			file = previous;
			slug = fileSlugs.get(previous) ?? basename(previous).replace(/\.mdx?$/, '');
			if (!force) {
				report.file = fromRoot(file);
				report.url = articleUrl(urls, options.locale, slug);
				report.problems.push(`${fromRoot(file)} was imported from this address before and is kept: pass --force to overwrite it`);
				placed.push({ article, report, slug, file });
				continue;
			}
			report.status = dryRun ? 'would be overwritten' : 'overwritten';
		} else {
			slug = freeSlug(article, taken);
			file = join(folder, `${slug}.md`);
			report.status = dryRun ? 'would be written' : 'written';
		}
		taken.add(slug);
		report.file = fromRoot(file);
		report.url = articleUrl(urls, options.locale, slug);
		placed.push({ article, report, slug, file });
	}

	const newUrls = new Map(
		placed.filter(({ article }) => article.oldUrl).map(({ article, report }) => [withoutHash(article.oldUrl!), report.url!]),
	);
	const rewriteLink = (url: string) => {
		const hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
		const target = newUrls.get(withoutHash(url));
		return target ? `${target}${hash}` : url;
	};

	const schema = (options.frontmatterSchema ?? frontmatterSchema)({
		image: (() => z.string()) as unknown as ImageFunction,
		categories: options.categories,
		timeZone: options.timeZone,
		articleFields: options.articleFields,
	});
	// A field the site requires that no old page can give: say so, rather than the schema's "expected string, received undefined".
	const unfilled = fieldFacts(schema.shape)
		.filter((field) => field.required && !(IMPORTED_FIELDS as readonly string[]).includes(field.name))
		.map((field) => field.name);
	const claimed = new Map<string, string>();
	const redirects: Redirect[] = [];
	for (const { article, report, slug, file } of placed) {
		const scheduled = !article.draft && article.date && article.date.instant > now;
		if (scheduled)
			// The new page appears on its date: a redirect now would send readers to a missing page until then.
			report.notes.push(
				`${article.scheduled ? 'scheduled on WordPress' : 'dated in the future'} for ${article.date!.written}: no redirect until it is published (import it again after that date to add it)`,
			);
		else if (article.oldUrl && !article.draft) {
			const source = redirectSource(article.oldUrl);
			if ('problem' in source) report.problems.push(source.problem);
			else if (source.from !== report.url) {
				report.redirect = { from: source.from, to: report.url! };
				redirects.push(report.redirect);
				if (source.from.startsWith(`/${options.articlesBase}/`) || source.from.startsWith(`/${options.locale}/`))
					report.notes.push(
						`the old path ${source.from} lies where the new site has pages of its own: check that the redirect hides none of them`,
					);
			}
		} else if (article.draft) report.notes.push('a draft gets no redirect until it is published');
		else report.problems.push('the old address is unknown, so no redirect was made (save the page whole, or pass --old-base)');
		if (report.status === 'not written') continue;

		const imageOptions: ImageOptions = {
			folder: join(options.images, slug),
			articleFile: file,
			uploads: options.uploads,
			oldUrl: article.oldUrl,
			fetchMissing: options.fetchMissing ?? false,
			offline: options.offline ?? false,
			dryRun,
			fetchFn,
			claimed,
			localRoot: article.localRoot,
			mirror: article.mirror,
			allowHosts: options.allowHosts,
		};
		const category = chooseCategory(article, options, report);
		const cover = await coverOf(article, imageOptions, report);
		report.images = await importBodyImages(article.body, article.imageBase, imageOptions);
		const markdown = bodyToMarkdown(article.body, rewriteLink);
		if (!markdown) {
			report.status = 'not written';
			report.problems.push('the body is empty: no text or picture was found in it');
			continue;
		}
		const data: ImportedFrontMatter = {
			title: article.title!,
			date: article.date!.written,
			updated: article.updated?.written,
			category,
			tags: article.tags,
			cover: cover?.path,
			coverAlt: cover?.alt,
			author: article.author,
			editor: article.editor,
			source: article.source,
			draft: article.draft,
		};
		if (unfilled.length) {
			report.status = 'not written';
			report.problems.push(
				...unfilled.map(
					(field) =>
						`front matter: ${field} is required by the site's articleFields, and an imported article has no value for it; expected the field optional or with a default while importing`,
				),
			);
			continue;
		}
		const frontMatter = frontMatterSource(data, article.oldUrl ?? article.input);
		// What is written is read back as Astro reads it and checked with the theme's own schema: a file the build would refuse is not written.
		const issues = frontMatterIssues(schema, data, frontMatter);
		if (issues.length) {
			report.status = 'not written';
			report.problems.push(...issues);
			continue;
		}
		if (!dryRun) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, `${frontMatter}\n${markdown}\n`);
		}
	}

	const report: ImportReport = { articles: reports, failures, skipped, dryRun };
	if (options.redirects && redirects.length) {
		report.redirects = { file: fromRoot(options.redirects), ...mergeRedirects(options.redirects, redirects, { force, dryRun }) };
	}
	return report;
}

const withoutHash = (url: string) => url.split('#')[0]!;

/** The article's slug: its old name when readable, else its English title, else article-YYYYMMDD-N; never one in use. */
function freeSlug(article: ImportedArticle, taken: ReadonlySet<string>): string {
	const base = slugBase(article.slugHints, article.title);
	if (base && !taken.has(base.base)) return base.base;
	const stem = base?.base ?? `article-${article.date!.day.replaceAll('-', '')}`;
	for (let index = base ? 2 : 1; ; index++) if (!taken.has(`${stem}-${index}`)) return `${stem}-${index}`;
}

function reportOf(article: ImportedArticle): ArticleReport {
	const found: Record<string, string> = {};
	if (article.title) found.title = `${article.title} (from ${article.titleFrom ?? 'the page'})`;
	if (article.date) found.date = `${article.date.written} (from ${article.date.from})`;
	if (article.updated) found.updated = `${article.updated.written} (from ${article.updated.from})`;
	if (article.author) found.author = article.author;
	if (article.editor) found.editor = article.editor;
	if (article.source)
		found.source = [article.source.name, article.source.title && `原标题 ${article.source.title}`, article.source.url]
			.filter(Boolean)
			.join(', ');
	if (article.tags.length) found.tags = article.tags.join(', ');
	if (article.draft) found.draft = 'yes';
	if (article.oldUrl) found.old = `${article.oldUrl} (from ${article.oldUrlFrom ?? 'the input'})`;
	const missing = (['author', 'editor', 'source'] as const).filter((field) => !article[field]);
	return {
		input: article.input,
		status: 'not written',
		oldUrl: article.oldUrl,
		found,
		missing: [...missing],
		problems: [...article.problems],
		notes: [
			...article.notes,
			...article.attachments.map(
				(url) =>
					`links to a file left on the old site: ${url} (copy it to site/public/ and change the link, or keep the old site serving it)`,
			),
		],
		removed: [...article.removed],
		moved: [...article.moved],
		images: { copied: [], missing: [] },
	};
}

/** The site category the old one names (by key or by label), or --category; old categories that fit none are reported. */
function chooseCategory(article: ImportedArticle, options: ImportOptions, report: ArticleReport): string {
	const matched: string[] = [];
	for (const old of article.oldCategories) {
		const key = options.categories.find(
			(category) => category === old.slug || category === old.name || (options.categoryLabels?.[category] ?? []).includes(old.name),
		);
		if (key) matched.push(key);
		else if (!UNCATEGORIZED.has(old.slug ?? '') && !UNCATEGORIZED.has(old.name))
			report.problems.push(
				`the old category "${old.name}"${old.slug ? ` (${old.slug})` : ''} is not one of the site's categories (${options.categories.join(', ')})`,
			);
	}
	const category = matched[0] ?? options.category;
	if (matched.length > 1)
		report.notes.push(`the post is in several categories; filed under ${category}, not ${matched.slice(1).join(', ')}`);
	report.found.category = `${category}${matched.length ? ' (from the old category)' : ''}`;
	return category;
}

/** The WordPress featured image as cover, when it has a description to go with it (coverAlt is required). */
async function coverOf(
	article: ImportedArticle,
	options: ImageOptions,
	report: ArticleReport,
): Promise<{ path: string; alt: string } | undefined> {
	if (!article.cover) return undefined;
	const result = await importImage(article.cover.url, article.imageBase, options);
	if ('reason' in result) {
		report.images.missing.push({
			src: article.cover.url,
			url: article.cover.url,
			alt: article.cover.alt ?? '',
			reason: `featured image: ${result.reason}`,
		});
		return undefined;
	}
	if (result.to.endsWith('.svg')) {
		report.problems.push(
			`the featured image ${article.cover.url} is an SVG, which cannot be a cover: copied to ${result.to}, not set as cover`,
		);
		return undefined;
	}
	if (!article.cover.alt) {
		report.problems.push(
			`the featured image has no alt text in WordPress: copied to ${result.to}, but not set as cover (set cover and coverAlt yourself)`,
		);
		return undefined;
	}
	report.found.cover = `${result.to} (the featured image)`;
	return { path: result.to, alt: article.cover.alt };
}

/**
 * What is wrong with a front-matter block, one line each: a field a YAML reader would not give back
 * as written, or the schema's complaints. It is read as YAML 1.1 (Astro's js-yaml reads dates that
 * way) and as YAML 1.2; dates are read as written, as the theme's loader does.
 */
function frontMatterIssues(schema: ReturnType<typeof frontmatterSchema>, data: ImportedFrontMatter, frontMatter: string): string[] {
	const issues = new Set<string>();
	for (const { version, data: read } of frontMatterReadings(frontMatter)) {
		for (const field of misreadFields(data, read))
			issues.add(`front matter: ${field} would not be read back as written by a YAML ${version} reader`);
		const result = schema.safeParse(read);
		if (!result.success)
			for (const issue of result.error.issues) issues.add(`front matter refused by the schema: ${issue.path.join('.')}: ${issue.message}`);
	}
	return [...issues];
}
