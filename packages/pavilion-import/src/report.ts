import type { CopiedImage, MissingImage } from './images.ts';
import type { InputFailure } from './inputs.ts';
import type { Redirect, RedirectChanges } from './redirects.ts';

/**
 * What the import did, article by article, in words press staff can act on: what was found and
 * where, what was not found, what was left out of the body, which pictures are missing. Printed at
 * the end of every run, and written as JSON with --report.
 */
export type ArticleStatus = 'written' | 'overwritten' | 'would be written' | 'would be overwritten' | 'not written';

export interface ArticleReport {
	input: string;
	status: ArticleStatus;
	/** The article file, relative to the project root. */
	file?: string | undefined;
	/** Its URL on the new site. */
	url?: string | undefined;
	oldUrl?: string | undefined;
	/** Each field found, with where it was read: { title: '… (from <h1>)' }. */
	found: Record<string, string>;
	/** Optional fields the page did not give (author, editor, source). */
	missing: string[];
	/** What could not be done and needs someone: no date, a missing picture, an unknown category. */
	problems: string[];
	/** What was done and is worth a look. */
	notes: string[];
	/** Share bars, QR blocks and buttons taken out of the body, by their text. */
	removed: string[];
	/** Meta lines taken out of the body, as written ("来源：青潭日报"): their values are in the front matter. */
	moved: string[];
	images: { copied: CopiedImage[]; missing: MissingImage[] };
	redirect?: Redirect | undefined;
}

export interface ImportReport {
	articles: ArticleReport[];
	/** Inputs that could not be read at all. */
	failures: InputFailure[];
	/** WordPress items that are not posts, or posts in the trash. */
	skipped: string[];
	redirects?: ({ file: string } & RedirectChanges) | undefined;
	dryRun: boolean;
}

/**
 * A value made short enough for one line of the report: a page can hold a 30 MB data: address or a
 * paragraph-long alt text, and the report must stay readable.
 */
export const clip = (value: string, max = 200): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

const indent = (lines: string[], prefix = '    ') => lines.map((line) => `${prefix}${line}`);

/** The report as plain text: one block per article, problems marked with "!", then a summary. */
export function formatReport(full: ImportReport): string {
	const lines: string[] = [];
	const report = clipAll(full);
	for (const article of report.articles) {
		lines.push('', article.input);
		lines.push(`  ${article.status}${article.file ? `: ${article.file}` : ''}${article.url ? ` (${article.url})` : ''}`);
		for (const [field, value] of Object.entries(article.found)) lines.push(`    ${field.padEnd(8)} ${value}`);
		if (article.images.copied.length)
			lines.push(
				`    images   ${article.images.copied.length} ${report.dryRun ? 'to copy' : 'copied'}${article.images.copied.some((image) => !image.alt) ? ` (${article.images.copied.filter((image) => !image.alt).length} without alt text)` : ''}`,
			);
		if (article.redirect) lines.push(`    redirect ${article.redirect.from} → ${article.redirect.to}`);
		if (article.missing.length) lines.push(`    not found: ${article.missing.join(', ')}`);
		for (const image of article.images.missing)
			lines.push(
				`  ! image missing: ${image.src}${image.url !== image.src ? ` (${image.url})` : ''}${image.alt ? `, alt "${image.alt}"` : ''}: ${image.reason}`,
			);
		for (const image of article.images.copied) if (image.note) lines.push(`    - ${image.note}`);
		lines.push(...indent(article.problems, '  ! '));
		if (article.moved.length) lines.push(`    moved to front matter: ${article.moved.map((text) => `"${text}"`).join(', ')}`);
		if (article.removed.length) lines.push(`    removed from the body: ${article.removed.map((text) => `"${text}"`).join(', ')}`);
		lines.push(...indent(article.notes, '    - '));
	}
	for (const failure of report.failures) lines.push('', failure.name, `  ! not read: ${failure.problem}`);
	if (report.skipped.length) lines.push('', 'Not imported from WordPress:', ...indent(report.skipped, '  - '));
	if (report.redirects) {
		const { file, added, conflicts } = report.redirects;
		lines.push('', `Redirects: ${added.length} added to ${file}${report.dryRun ? ' (dry run: not written)' : ''}`);
		for (const conflict of conflicts)
			lines.push(
				`  ! ${conflict.from} already redirects to ${conflict.existing}; ${conflict.replaced ? `replaced by ${conflict.wanted} (--force)` : `kept (pass --force to point it at ${conflict.wanted})`}`,
			);
	}
	const count = (status: ArticleStatus) => report.articles.filter((article) => article.status === status).length;
	const problems =
		report.articles.reduce((sum, article) => sum + article.problems.length + article.images.missing.length, 0) + report.failures.length;
	lines.push(
		'',
		report.dryRun
			? `Dry run: ${count('would be written') + count('would be overwritten')} article(s) would be written, ${count('not written')} not; nothing was changed.`
			: `${count('written')} article(s) written, ${count('overwritten')} overwritten, ${count('not written')} not written.`,
		problems
			? `${problems} problem(s) marked "!" above need a look.`
			: 'No problems found; still read each article once before publishing.',
	);
	return lines.join('\n').trimStart();
}

/** The report with every text in it clipped, as a last guard (values are clipped where they are found): what is printed, and what --report writes. */
export function clipAll<T>(value: T): T {
	if (typeof value === 'string') return clip(value, 1000) as T;
	if (Array.isArray(value)) return value.map((item: unknown) => clipAll(item)) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clipAll(item as unknown)])) as T;
	return value;
}
