/**
 * What search filters an article by: its category's label and its year. components/SearchIndexData.astro
 * gives Pagefind these values, and the search page lists the same ones as its choices
 * (features/search/filter-options.ts), so a choice always matches what the index holds.
 */
export function searchFilterValues(article: { category: { label: string }; published: { day: string } }): {
	category: string;
	year: string;
} {
	return { category: article.category.label, year: article.published.day.slice(0, 4) };
}
