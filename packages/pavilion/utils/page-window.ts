/**
 * The page numbers a list's pagination shows: the first, the last, and those within `reach` of the
 * current one, with a gap where pages are left out. Listing every page made each of a 5,000-article
 * site's 200 list pages carry 200 links (about 20 KB, the size of the list itself) and a row of
 * numbers no phone could use. A gap of a single page shows that page instead, as a gap would hide
 * nothing shorter than itself.
 */
export type PageWindowItem = number | 'gap';

export function pageWindow(current: number, last: number, reach = 2): PageWindowItem[] {
	const shown = new Set<number>([1, last]);
	for (let page = current - reach; page <= current + reach; page++) if (page >= 1 && page <= last) shown.add(page);
	const pages = [...shown].sort((a, b) => a - b);
	const items: PageWindowItem[] = [];
	for (const [index, page] of pages.entries()) {
		const previous = pages[index - 1];
		if (previous !== undefined && page - previous === 2) items.push(page - 1);
		else if (previous !== undefined && page - previous > 2) items.push('gap');
		items.push(page);
	}
	return items;
}
