/**
 * The search engine in the browser: Pagefind, loaded on first use only, and the query rules of
 * utils/search-query.ts. Rendering lives in search-results.ts.
 */
import {
	filtersOf,
	isCompoundQuery,
	normalizeQuotes,
	phraseFirst,
	quoted,
	type MatchedSection,
	type SearchState,
} from '../../../utils/search-query.ts';

export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: MatchedSection[];
}

export interface PagefindResult {
	id: string;
	data: () => Promise<ResultData>;
}

interface PagefindSearch {
	results: PagefindResult[];
}

export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<Pagefind> | undefined;

/** Pagefind picks the index of the page's <html lang>. A failed load is retried on the next call. */
export function loadPagefind(bundlePath: string): Promise<Pagefind> {
	engine ??= (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>)
		.then(async (pagefind) => {
			await pagefind.options({ bundlePath, excerptLength: 28, highlightParam: 'highlight' });
			await pagefind.init();
			return pagefind;
		})
		.catch((error: unknown) => {
			engine = undefined;
			throw error;
		});
	return engine;
}

export interface SearchOutcome {
	results: PagefindResult[];
	/** How many of the first results contain the whole query as a phrase (compound Chinese queries). */
	phraseMatches: number;
	/** The query is a compound whose phrase could be searched on its own. */
	compound: boolean;
}

/**
 * Run a search. For a compound Chinese query, pages with the exact phrase come first and the
 * rest follow; with `exact`, only phrase matches. Sorting by date keeps Pagefind's own order.
 */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
	const filters = filtersOf(state);
	const options = { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
	const query = normalizeQuotes(state.query);
	const compound = isCompoundQuery(query);
	if (!query) {
		if (Object.keys(filters).length === 0) return { results: [], phraseMatches: 0, compound };
		return { results: (await pagefind.search(null, options))?.results ?? [], phraseMatches: 0, compound };
	}
	if (state.exact) {
		const phrase = (await pagefind.search(quoted(query), options))?.results ?? [];
		return { results: phrase, phraseMatches: phrase.length, compound };
	}
	if (!compound || state.sort === 'newest') {
		return { results: (await pagefind.search(query, options))?.results ?? [], phraseMatches: 0, compound };
	}
	const [phrase, words] = await Promise.all([pagefind.search(quoted(query), options), pagefind.search(query, options)]);
	const phraseResults = phrase?.results ?? [];
	return { results: phraseFirst(phraseResults, words?.results ?? []), phraseMatches: phraseResults.length, compound };
}
