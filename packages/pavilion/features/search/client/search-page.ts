/**
 * The search page (/search/): the query and filters live in the URL, so a search can be bookmarked,
 * shared, reloaded and navigated with the back button.
 */
import { EMPTY_SEARCH, paramsFromState, stateFromParams, type SearchState } from '../../../utils/search-query.ts';
import { loadPagefind, runSearch, type PagefindResult } from './search-engine.ts';
import { appendResults } from './search-results.ts';
import { interpolate } from '../../../utils/strings.ts';

interface PageConfig {
	bundle: string;
	strings: Record<string, string>;
}

/** Results rendered at once: each needs its fragment fetched, about 1.2 KiB a result at 10,000 articles. */
const PAGE_SIZE = 10;

export function startSearchPage(root: HTMLElement): void {
	const config = JSON.parse(root.dataset.search ?? '{}') as PageConfig;
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const category = form.querySelector<HTMLSelectElement>('select[name="category"]')!;
	const year = form.querySelector<HTMLSelectElement>('select[name="year"]')!;
	const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	// Only with the exhibitor directory on: news or exhibitors.
	const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLElement>('[data-search-results]')!;
	const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const exactBox = root.querySelector<HTMLElement>('[data-search-exact]')!;
	const clearButton = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
	const format = (key: string, values: Record<string, string | number> = {}) => interpolate(config.strings[key] ?? '', values);

	let exact = false;
	let results: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const readForm = (): SearchState => ({
		query: input.value.trim(),
		category: category.value,
		year: year.value,
		kind: kind?.value ?? '',
		sort: sort.value === 'newest' ? 'newest' : 'relevance',
		exact,
	});

	function writeForm(state: SearchState): void {
		input.value = state.query;
		category.value = state.category;
		year.value = state.year;
		if (kind) kind.value = state.kind;
		sort.value = state.sort;
		exact = state.exact;
	}

	async function showMore(): Promise<void> {
		const from = shown;
		shown = Math.min(results.length, shown + PAGE_SIZE);
		await appendResults(list, results, from, shown);
		moreButton.hidden = shown >= results.length;
	}

	function renderExact(state: SearchState, compound: boolean): void {
		exactBox.replaceChildren();
		if (!compound && !state.exact) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = state.exact ? format('exactOff') : format('exactOffer', { query: state.query });
		button.addEventListener('click', () => {
			exact = !state.exact;
			commit();
		});
		if (state.exact) exactBox.append(`${format('exactOn')} `);
		exactBox.append(button);
	}

	async function search(state: SearchState): Promise<void> {
		const run = ++generation;
		status.textContent = state.query || state.category || state.year || state.kind ? format('loading') : '';
		try {
			const pagefind = await loadPagefind(config.bundle);
			writeForm(state);
			const outcome = await runSearch(pagefind, state);
			if (run !== generation) return;
			results = outcome.results;
			shown = 0;
			list.replaceChildren();
			await showMore();
			renderExact(state, outcome.compound);
			const filtered = Boolean(state.category || state.year || state.kind);
			clearButton.hidden = !(filtered && results.length === 0);
			if (!state.query && !filtered) status.textContent = '';
			else if (results.length) status.textContent = format(results.length === 1 ? 'resultsOne' : 'resultsOther', { count: results.length });
			else status.textContent = filtered ? format('noResultsFiltered') : format('noResults', { query: state.query });
		} catch {
			if (run === generation) status.textContent = format('unavailable');
		}
	}

	/** A deliberate change (submit, a filter): a new history entry, so Back returns to the last search. */
	function commit(): void {
		const state = readForm();
		history.pushState(null, '', `?${paramsFromState(state).toString()}`);
		void search(state);
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		commit();
	});
	for (const select of [category, year, sort, kind]) select?.addEventListener('change', commit);
	input.addEventListener('input', () => {
		clearTimeout(timer);
		exact = false;
		// Typing replaces the current entry rather than filling the history with every keystroke.
		timer = setTimeout(() => {
			const state = readForm();
			history.replaceState(null, '', `?${paramsFromState(state).toString()}`);
			void search(state);
		}, 250);
	});
	moreButton.addEventListener('click', () => void showMore());
	clearButton.addEventListener('click', () => {
		category.value = '';
		year.value = '';
		if (kind) kind.value = '';
		commit();
	});
	addEventListener('popstate', () => void search(stateFromParams(new URLSearchParams(location.search))));

	const initial = stateFromParams(new URLSearchParams(location.search));
	writeForm(initial);
	if (initial.query || initial.category || initial.year || initial.kind) void search(initial);
	else {
		// No search yet: load the index now, so the first query does not wait for it. The filters'
		// choices come with the page (features/search/filter-options.ts), not from the index.
		writeForm({ ...EMPTY_SEARCH });
		loadPagefind(config.bundle).catch(() => (status.textContent = format('unavailable')));
	}
}
