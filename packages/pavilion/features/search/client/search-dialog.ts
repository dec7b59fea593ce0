/**
 * The search dialog (/ or Ctrl/⌘K from any page): a modal <dialog>, so focus stays inside and Esc
 * closes it. The results are plain links: ArrowDown moves from the box into them and between them,
 * ArrowUp back, Enter follows the focused one (or the first, from the box). Loaded on first open only.
 */
import { EMPTY_SEARCH, paramsFromState } from '../../../utils/search-query.ts';
import { loadPagefind, runSearch } from './search-engine.ts';
import { appendResults } from './search-results.ts';
import { interpolate } from '../../../utils/strings.ts';

interface DialogConfig {
	bundle: string;
	searchPage: string;
	strings: Record<string, string>;
}

const RESULTS_IN_DIALOG = 8;
const wired = new WeakSet<HTMLDialogElement>();

export function openSearchDialog(dialog: HTMLDialogElement, opener: Element | null): void {
	if (!wired.has(dialog)) wire(dialog);
	wired.add(dialog);
	const returnTo = opener instanceof HTMLElement ? opener : document.activeElement;
	dialog.addEventListener(
		'close',
		() => {
			// Leave the hidden box at once rather than at the browser's next focus fix-up.
			if (dialog.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
			if (returnTo instanceof HTMLElement) returnTo.focus();
		},
		{ once: true },
	);
	dialog.showModal();
	dialog.querySelector('input')?.focus();
}

function wire(dialog: HTMLDialogElement): void {
	const config = JSON.parse(dialog.dataset.search ?? '{}') as DialogConfig;
	const input = dialog.querySelector('input')!;
	const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!;
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const format = (key: string, values: Record<string, string | number>) => interpolate(config.strings[key] ?? '', values);
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

	async function update(): Promise<void> {
		const run = ++generation;
		const state = { ...EMPTY_SEARCH, query: input.value.trim() };
		more.href = `${config.searchPage}?${paramsFromState(state).toString()}`;
		if (!state.query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		status.textContent = config.strings.loading ?? '';
		try {
			const outcome = await runSearch(await loadPagefind(config.bundle), state);
			if (run !== generation) return;
			list.replaceChildren();
			await appendResults(list, outcome.results, 0, RESULTS_IN_DIALOG);
			if (run !== generation) return;
			status.textContent = outcome.results.length
				? format(outcome.results.length === 1 ? 'resultsOne' : 'resultsOther', { count: outcome.results.length })
				: format('noResults', { query: state.query });
		} catch {
			if (run === generation) status.textContent = config.strings.unavailable ?? '';
		}
	}

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void update(), 150);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			links()[0]?.focus();
		} else if (event.key === 'Enter') {
			event.preventDefault();
			location.href = links()[0]?.href ?? more.href;
		}
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (index < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
		event.preventDefault();
		if (event.key === 'ArrowUp' && index === 0) input.focus();
		else all[Math.min(all.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
	});
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
}
