/**
 * How articles relate to each other: order, publication, tags, translations, related articles.
 * Each function works on a whole locale's list at once, so the site model computes every relation
 * in one pass instead of each page searching the list again.
 */
import type { ArticleFrontmatter } from '../schemas/frontmatter.ts';
import { calendarDate } from '../utils/dates.ts';
import { tagSlugs } from '../utils/slugs.ts';

export interface Listed {
	id: string;
	locale: string;
	data: Pick<ArticleFrontmatter, 'title' | 'date' | 'tags' | 'category' | 'translationKey'>;
}

/** Production builds leave out drafts and articles dated after the build; `astro dev` shows everything. */
export function isPublished(data: Pick<ArticleFrontmatter, 'draft' | 'date'>, now: Date, production: boolean): boolean {
	return !production || (!data.draft && data.date.getTime() <= now.getTime());
}

/** Newest first; the same date falls back to the title so the order never depends on the file system. */
export function byNewest(a: Listed, b: Listed): number {
	return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);
}

export interface TagGroup<A> {
	slug: string;
	/** As the newest article spells it. */
	label: string;
	/** Newest first. */
	articles: A[];
}

/** Tags of one locale by URL slug (see tagSlugs: spellings of one tag share a page), most used first. */
export function groupByTag<A extends Listed>(
	newestFirst: readonly A[],
	slugOf = tagSlugs(newestFirst.flatMap((article) => article.data.tags)),
): TagGroup<A>[] {
	const tags = new Map<string, TagGroup<A>>();
	for (const article of newestFirst) {
		for (const label of new Set(article.data.tags)) {
			const slug = slugOf.get(label)!;
			const group = tags.get(slug);
			if (!group) tags.set(slug, { slug, label, articles: [article] });
			else if (group.articles.at(-1) !== article) group.articles.push(article);
		}
	}
	return [...tags.values()].sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label));
}

/** Articles of every locale that share a translationKey. */
export function groupByTranslationKey<A extends Listed>(articles: readonly A[]): Map<string, A[]> {
	const groups = new Map<string, A[]>();
	for (const article of articles) {
		const key = article.data.translationKey;
		if (key) pushTo(groups, key, article);
	}
	return groups;
}

/**
 * The `count` most related articles of each article of one locale: a shared tag scores 2, a shared
 * category 1, newer wins ties, unrelated articles are left out. Only articles sharing a tag are
 * scored one by one; the rest are the category's newest, so the cost grows with the tags, not the
 * square of the list.
 */
export function relatedArticles<A extends Listed>(newestFirst: readonly A[], count = 3): Map<A, A[]> {
	const byTag = new Map<string, A[]>();
	const byCategory = new Map<string, A[]>();
	const order = new Map<A, number>();
	newestFirst.forEach((article, index) => {
		order.set(article, index);
		for (const tag of new Set(article.data.tags)) pushTo(byTag, tag, article);
		pushTo(byCategory, article.data.category, article);
	});
	const related = new Map<A, A[]>();
	for (const article of newestFirst) {
		const shared = new Map<A, number>();
		for (const tag of new Set(article.data.tags)) {
			for (const other of byTag.get(tag) ?? []) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
		const score = (other: A) => (shared.get(other) ?? 0) * 2 + (other.data.category === article.data.category ? 1 : 0);
		const picked = [...shared.keys()].sort((a, b) => score(b) - score(a) || order.get(a)! - order.get(b)!).slice(0, count);
		for (const other of byCategory.get(article.data.category) ?? []) {
			if (picked.length >= count) break;
			if (other !== article && !shared.has(other)) picked.push(other);
		}
		related.set(article, picked);
	}
	return related;
}

export interface ArchiveYear<A> {
	year: number;
	months: { month: number; articles: A[] }[];
}

/** Newest year and month first, months of the fair's time zone. */
export function archiveByMonth<A extends Listed>(articles: readonly A[], timeZone: string): ArchiveYear<A>[] {
	const years = new Map<number, Map<number, A[]>>();
	for (const article of [...articles].sort(byNewest)) {
		const [year, month] = calendarDate(article.data.date, timeZone).split('-').map(Number) as [number, number];
		const months = years.get(year) ?? new Map<number, A[]>();
		years.set(year, months);
		pushTo(months, month, article);
	}
	return [...years].map(([year, months]) => ({ year, months: [...months].map(([month, list]) => ({ month, articles: list })) }));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
