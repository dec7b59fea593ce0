import { searchFilterValues } from '../../utils/search-filter-values.ts';

/** One choice of the search page's filters: the value Pagefind filters on, and how many articles carry it. */
export interface FilterOption {
	value: string;
	count: number;
}

/**
 * The search page's category and year choices, counted from the articles of its locale when the
 * page is built. Asking Pagefind for them (`filters()`) made every first search download every
 * filter's index, tags included: 38 KiB of a 10,000-article site's first search, for two lists the
 * site model already holds. The values are those SearchIndexData gives Pagefind (utils/search-filter-values.ts).
 */
export function searchFilterOptions(
	articles: readonly { category: { label: string }; published: { day: string } }[],
	lang: string,
): { categories: FilterOption[]; years: FilterOption[] } {
	const categories = new Map<string, number>();
	const years = new Map<string, number>();
	for (const article of articles) {
		const { category, year } = searchFilterValues(article);
		categories.set(category, (categories.get(category) ?? 0) + 1);
		years.set(year, (years.get(year) ?? 0) + 1);
	}
	const collator = new Intl.Collator(lang);
	const options = (counts: Map<string, number>) => [...counts].map(([value, count]) => ({ value, count }));
	return {
		categories: options(categories).sort((a, b) => collator.compare(a.value, b.value)),
		years: options(years).sort((a, b) => b.value.localeCompare(a.value)),
	};
}
