import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { calendarDate } from '../utils/dates.ts';
import { slugify } from '../utils/slugs.ts';
import { markdownToText, summarize } from '../utils/summary.ts';

/** An article as the pages use it: its entry, plus what follows from its path and body. */
export interface Article<Entry = unknown> {
	id: string;
	locale: string;
	slug: string;
	data: ArticleFrontmatter;
	/** The front-matter summary, or the opening of the body. */
	summary: string;
	entry: Entry;
}

export interface RawArticleEntry {
	id: string;
	body?: string | undefined;
	data: ArticleFrontmatter;
}

export function toArticle<Entry extends RawArticleEntry>(entry: Entry): Article<Entry> {
	const segments = entry.id.split('/');
	return {
		id: entry.id,
		locale: segments[0] ?? '',
		slug: entry.data.slug ?? slugify(segments.at(-1) ?? entry.id),
		data: entry.data,
		summary: entry.data.summary ?? summarize(markdownToText(entry.body ?? '')),
		entry,
	};
}

/** Production builds leave out drafts and articles dated after the build; `astro dev` shows everything. */
export function isPublished(data: Pick<ArticleFrontmatter, 'draft' | 'date'>, now: Date, production: boolean): boolean {
	return !production || (!data.draft && data.date.getTime() <= now.getTime());
}

/** Newest first; the same date falls back to the title so the order never depends on the file system. */
export function byNewest(a: Article, b: Article): number {
	return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);
}

/** Older and newer neighbours in the same locale; `articles` is sorted newest first. */
export function neighbours<A extends Article>(article: A, articles: readonly A[]): { older: A | undefined; newer: A | undefined } {
	const index = articles.findIndex((other) => other.id === article.id);
	return { newer: index > 0 ? articles[index - 1] : undefined, older: index >= 0 ? articles[index + 1] : undefined };
}

/** Articles sharing tags score twice what sharing the category scores; newer wins ties. */
export function relatedArticles<A extends Article>(article: A, articles: readonly A[], count = 3): A[] {
	const tags = new Set(article.data.tags);
	return articles
		.filter((other) => other.id !== article.id)
		.map((other) => ({
			other,
			score: other.data.tags.filter((tag) => tags.has(tag)).length * 2 + (other.data.category === article.data.category ? 1 : 0),
		}))
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
		.slice(0, count)
		.map(({ other }) => other);
}

/** The versions of `article` in other locales, found through a shared translationKey. */
export function translationsOf<A extends Article>(article: A, articles: readonly A[]): Record<string, A> {
	const key = article.data.translationKey;
	if (!key) return {};
	return Object.fromEntries(
		articles.filter((other) => other.data.translationKey === key && other.locale !== article.locale).map((other) => [other.locale, other]),
	);
}

export interface TagSummary {
	slug: string;
	label: string;
	count: number;
}

/** Tags of a locale by URL slug; "Smart Logistics" and "smart logistics" are one tag. */
export function collectTags(articles: readonly Article[]): TagSummary[] {
	const tags = new Map<string, TagSummary>();
	for (const article of articles) {
		for (const label of new Set(article.data.tags)) {
			const slug = slugify(label);
			const known = tags.get(slug);
			if (known) known.count += 1;
			else tags.set(slug, { slug, label, count: 1 });
		}
	}
	return [...tags.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export interface ArchiveYear<A> {
	year: number;
	months: { month: number; articles: A[] }[];
}

/** Newest year and month first, months of the fair's time zone. */
export function archiveByMonth<A extends Article>(articles: readonly A[], timeZone: string): ArchiveYear<A>[] {
	const years = new Map<number, Map<number, A[]>>();
	for (const article of [...articles].sort(byNewest)) {
		const [year, month] = calendarDate(article.data.date, timeZone).split('-').map(Number) as [number, number];
		const months = years.get(year) ?? new Map<number, A[]>();
		years.set(year, months);
		months.set(month, [...(months.get(month) ?? []), article]);
	}
	return [...years].map(([year, months]) => ({ year, months: [...months].map(([month, list]) => ({ month, articles: list })) }));
}
