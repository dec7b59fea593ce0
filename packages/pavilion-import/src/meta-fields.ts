import type { ImportedArticle } from './article.ts';
import { parseDate } from './date-text.ts';
import type { FoundItem } from './meta-blocks.ts';
import { webAddress } from './page-meta.ts';

/**
 * From the meta lines of a page or a post to the article's front-matter fields, and back: which
 * lines' values were stored, so that only those lines leave the body (meta-blocks.ts).
 */

/** Fill the article's fields from its meta lines: the first value of each field wins, a different later one is reported. */
export function applyMetaItems(article: ImportedArticle, items: FoundItem[], pageUrl: string | undefined, timeZone: string): void {
	const first = new Map<string, FoundItem>();
	for (const item of items) {
		if (!item.value || item.field === 'widget' || item.field === 'date') continue;
		const earlier = first.get(item.field);
		if (earlier) {
			if (earlier.value !== item.value)
				article.notes.push(
					`two ${item.field} lines: "${earlier.label}：${earlier.value}" was used, "${item.label}：${item.value}" was not`,
				);
			continue;
		}
		first.set(item.field, item);
		switch (item.field) {
			case 'author':
				article.author = item.value;
				break;
			case 'editor':
				article.editor = item.value;
				break;
			case 'source': {
				const url = webAddress(item.href, pageUrl);
				article.source = { ...article.source, name: item.value, ...(url ? { url } : {}) };
				break;
			}
			case 'originalTitle':
				// 原标题 goes with a source: kept until the source is known (a 来源 line further down, or ContentSource).
				article.source = { name: article.source?.name ?? '', ...article.source, title: item.value };
				break;
			case 'updated':
				article.updated = parseDate(item.value, timeZone, `the line "${item.label}：${item.value}"`);
				break;
			case 'unused':
				article.notes.push(`"${item.label}：${item.value}" has no front-matter field and was not imported`);
				break;
		}
	}
}

/**
 * Once every source of the fields has been read: an original title with no source name has no place
 * in the front matter, and an update date before the publication date is left out.
 */
export function settleFields(article: ImportedArticle): void {
	if (article.source && !article.source.name) {
		article.notes.push(`the original title "${article.source.title ?? ''}" was found without a source name: it is not in the front matter`);
		article.source = undefined;
	}
	if (article.updated && article.date && article.updated.instant < article.date.instant) {
		article.notes.push(`the update date ${article.updated.written} is before the publication date and was left out`);
		article.updated = undefined;
	}
}

/** Mark the items whose value the article's front matter holds: only their lines may leave the body. */
export function markStored(article: ImportedArticle, items: FoundItem[], timeZone: string): void {
	const sameDate = (value: string, chosen: ImportedArticle['date']) => {
		const date = parseDate(value, timeZone, '');
		if (!date || !chosen || date.day !== chosen.day) return false;
		return !date.hasTime || date.instant.getTime() === chosen.instant.getTime();
	};
	for (const item of items) {
		switch (item.field) {
			case 'author':
				item.stored = article.author === item.value;
				break;
			case 'editor':
				item.stored = article.editor === item.value;
				break;
			case 'source':
				item.stored = article.source?.name === item.value;
				break;
			case 'originalTitle':
				item.stored = article.source?.title === item.value;
				break;
			case 'date':
				item.stored = sameDate(item.value, article.date);
				break;
			case 'updated':
				item.stored = sameDate(item.value, article.updated);
				break;
			case 'widget':
			case 'unused':
				item.stored = false;
				break;
		}
	}
}
