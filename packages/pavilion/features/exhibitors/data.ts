/**
 * The directory of one language as the browser reads it (directory.json): what the instant filters
 * match on and what a card shows. Short keys: at 3,000 exhibitors it is the one file the filters fetch.
 */
export interface DirectoryData {
	halls: { key: string; label: string }[];
	exhibitors: DirectoryItem[];
}

export interface DirectoryItem {
	/** URL name. */
	s: string;
	/** Name in the language, and the registered name beside it. */
	n: string;
	l?: string | undefined;
	u: string;
	/** Hall key, stand number. */
	h: string;
	st: string;
	/** Sector keys, region key. */
	se: string[];
	r: string;
	/** Sector labels, joined as the card shows them. */
	sl: string;
	/** Logo file on cards, and its size. */
	lo?: [string, number, number] | undefined;
	/** A–Z heading. */
	a: string;
}

/** What the reader asked for: a key per dimension ('' for all), and words of a name or stand. */
export interface DirectoryQuery {
	hall: string;
	sector: string;
	region: string;
	words: string;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, '');

/** The exhibitors the query keeps, in the directory's order. */
export function matching(items: readonly DirectoryItem[], query: DirectoryQuery): DirectoryItem[] {
	const words = fold(query.words);
	return items.filter(
		(item) =>
			(!query.hall || item.h === query.hall) &&
			(!query.sector || item.se.includes(query.sector)) &&
			(!query.region || item.r === query.region) &&
			(!words || fold(`${item.n}\u0000${item.l ?? ''}\u0000${item.st}`).includes(words)),
	);
}

export const queryFromParams = (params: URLSearchParams): DirectoryQuery => ({
	hall: params.get('hall') ?? '',
	sector: params.get('sector') ?? '',
	region: params.get('region') ?? '',
	words: params.get('q') ?? '',
});

export function paramsFromQuery(query: DirectoryQuery): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ['hall', 'sector', 'region'] as const) if (query[key]) params.set(key, query[key]);
	if (query.words) params.set('q', query.words);
	return params;
}
