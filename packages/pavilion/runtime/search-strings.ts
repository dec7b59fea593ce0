import type { LocaleContext } from './site.ts';

/** The UI strings the browser search code needs, in the page's language, as templates it fills in. */
export function searchStrings({ template }: LocaleContext): Record<string, string> {
	return {
		loading: template('search.loading'),
		resultsOne: template('search.results', 1),
		resultsOther: template('search.results', 2),
		noResults: template('search.noResults'),
		noResultsFiltered: template('search.noResultsFiltered'),
		unavailable: template('search.unavailable'),
		exactOffer: template('search.exactOffer'),
		exactOn: template('search.exactOn'),
		exactOff: template('search.exactOff'),
	};
}
