/**
 * The state of a search, as it lives in the URL (?q=…&category=…&year=…&sort=newest), and the
 * rules for Chinese queries. Browser code and tests share these; nothing here touches the DOM.
 */
export interface SearchState {
	query: string;
	category: string;
	year: string;
	/** News or exhibitors ('' for both), with the exhibitor directory on. */
	kind: string;
	sort: 'relevance' | 'newest';
	/** Only pages containing the whole phrase. */
	exact: boolean;
}

export const EMPTY_SEARCH: SearchState = { query: '', category: '', year: '', kind: '', sort: 'relevance', exact: false };

export function stateFromParams(params: URLSearchParams): SearchState {
	return {
		query: params.get('q')?.trim() ?? '',
		category: params.get('category') ?? '',
		year: params.get('year') ?? '',
		kind: params.get('kind') ?? '',
		sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
		exact: params.get('exact') === '1',
	};
}

export function paramsFromState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	if (state.category) params.set('category', state.category);
	if (state.year) params.set('year', state.year);
	if (state.kind) params.set('kind', state.kind);
	if (state.sort === 'newest') params.set('sort', 'newest');
	if (state.exact) params.set('exact', '1');
	return params;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]{3,}/;

/**
 * Pagefind splits a Chinese query into words that may match anywhere on a page. A query with a run
 * of three or more Han characters is likely a compound (服务器端渲染) whose exact phrase matters.
 */
export function isCompoundQuery(query: string): boolean {
	return !query.includes('"') && CJK_RUN.test(query);
}

export function hasCjk(text: string): boolean {
	return CJK.test(text);
}

export const quoted = (query: string) => `"${query.replace(/"/g, '')}"`;

/** The quote marks Chinese and Japanese input methods type, and typographic ones: “…” 「…」 『…』 ＂…＂ 〝…〞 „…‟. */
const PHRASE_QUOTES = /[“”„‟〝〞＂「」『』]/g;

/** Any of those marks a phrase, as ASCII quotes do for Pagefind: “智能装备” is the phrase 智能装备. */
export function normalizeQuotes(query: string): string {
	return query.replace(PHRASE_QUOTES, '"');
}

/** A part of a result page that Pagefind matched: the page top, or a section under a heading with an id. */
export interface MatchedSection {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string } | undefined;
	weighted_locations?: { balanced_score: number }[] | undefined;
}

/**
 * The section of a result where the query matters most: a result then links to that heading and
 * names it. Undefined when the best match is above the first heading, or the page has none.
 */
export function bestSection(sections: readonly MatchedSection[] | undefined): MatchedSection | undefined {
	let best: MatchedSection | undefined;
	let bestScore = 0;
	for (const section of sections ?? []) {
		const score = (section.weighted_locations ?? []).reduce((total, location) => total + location.balanced_score, 0);
		if (score > bestScore) {
			best = section;
			bestScore = score;
		}
	}
	return best?.anchor ? best : undefined;
}

/**
 * Phrase matches first, then the other word matches. Pagefind gives every exact-phrase match the
 * same score, so the phrase matches are ordered by their rank in the word search, which weighs
 * titles and how often the words occur.
 */
export function phraseFirst<T extends { id: string }>(phrase: readonly T[], words: readonly T[]): T[] {
	const rank = new Map(words.map((result, index) => [result.id, index]));
	const inPhrase = new Set(phrase.map((result) => result.id));
	const unranked = words.length;
	const ordered = [...phrase].sort((a, b) => (rank.get(a.id) ?? unranked) - (rank.get(b.id) ?? unranked));
	return [...ordered, ...words.filter((result) => !inPhrase.has(result.id))];
}

/** Pagefind filter object for the state: only the filters that are set. */
export function filtersOf(state: SearchState): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	if (state.category) filters.category = [state.category];
	if (state.year) filters.year = [state.year];
	if (state.kind) filters.kind = [state.kind];
	return filters;
}
