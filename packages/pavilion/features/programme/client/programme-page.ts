/**
 * The programme page with script: the reader's own times beside the fair's, filters by track and
 * room, and a "now and next" line during the fair, from the reader's clock (offline too).
 */
import { nowAndNext, showLocalTimes } from './local-times.ts';

interface ProgrammeConfig {
	zone: string;
	strings: { yourTime: string; now: string; next: string };
}

export function startProgramme(root: HTMLElement, now: () => number = Date.now): void {
	const config = JSON.parse(root.dataset.programme ?? '{}') as ProgrammeConfig;
	showLocalTimes(root, config.strings.yourTime, config.zone);
	const items = [...root.querySelectorAll<HTMLElement>('[data-session]')];
	const filters = root.querySelector<HTMLElement>('[data-programme-filters]')!;
	const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	filters.hidden = false;
	const apply = () => {
		for (const item of items) {
			const shown = selects.every((select) => !select.value || item.dataset[select.dataset.filter!] === select.value);
			item.closest('li')!.hidden = !shown;
		}
		for (const day of root.querySelectorAll<HTMLElement>('.pv-programme-day'))
			day.hidden = [...day.querySelectorAll('li')].every((item) => item.hidden);
		// The timetable keeps its shape: a session that does not match is faded, not removed.
		for (const cell of root.querySelectorAll<HTMLElement>('.pv-timetable td.slot'))
			cell.classList.toggle(
				'filtered-out',
				!selects.every((select) => !select.value || cell.dataset[select.dataset.filter!] === select.value),
			);
	};
	for (const select of selects) select.addEventListener('change', apply);

	const line = root.querySelector<HTMLElement>('[data-now-next]')!;
	const sessions = items
		.filter((item) => !item.classList.contains('cancelled'))
		.map((item) => ({
			start: Date.parse(item.dataset.start ?? ''),
			end: Date.parse(item.dataset.end ?? ''),
			title: item.querySelector('.pv-session-title')?.textContent.trim() ?? '',
			url: item.querySelector('a')?.getAttribute('href') ?? '',
		}));
	const update = () => {
		const { now: current, next } = nowAndNext(sessions, now());
		line.hidden = current.length === 0 && (next.length === 0 || next[0]!.start - now() > 12 * 3600 * 1000);
		if (line.hidden) return;
		const part = (label: string, list: typeof sessions) => {
			const span = document.createElement('span');
			span.append(`${label}: `);
			list.forEach((session, index) => {
				const link = Object.assign(document.createElement('a'), { href: session.url, textContent: session.title });
				span.append(...(index ? ['、', link] : [link]));
			});
			return span;
		};
		line.replaceChildren(
			...(current.length ? [part(config.strings.now, current)] : []),
			...(current.length && next.length ? [' · '] : []),
			...(next.length ? [part(config.strings.next, next)] : []),
		);
	};
	update();
	setInterval(update, 60_000);
}
