/**
 * The directory's filters at once: a hall, a sector and a region together, and words of a name or
 * stand, from the locale's directory.json, fetched the first time the reader filters. The query
 * lives in the URL (?hall=…&sector=…&q=…), so a filtered list can be shared and reloaded. Without
 * the data (offline, never saved) a filter link simply opens its static page.
 */
import { interpolate } from '../../../utils/strings.ts';
import { matching, paramsFromQuery, queryFromParams, type DirectoryData, type DirectoryItem, type DirectoryQuery } from '../data.ts';
import { wireStars } from './stars.ts';

interface DirectoryConfig {
	data: string;
	pageSize: number;
	all: string;
	strings: { shown: string; shownOne: string };
}

const DIMENSIONS = ['hall', 'sector', 'region'] as const;

export function startDirectoryFilters(root: HTMLElement): void {
	const config = JSON.parse(root.dataset.directory ?? '{}') as DirectoryConfig;
	const list = root.querySelector<HTMLElement>('[data-directory-list]')!;
	const pages = root.querySelector<HTMLElement>('[data-directory-pages]')!;
	const letters = root.querySelector<HTMLElement>('[data-letters]');
	const more = root.querySelector<HTMLButtonElement>('[data-directory-more]')!;
	const count = root.querySelector<HTMLElement>('[data-directory-count]')!;
	const status = root.querySelector<HTMLElement>('[data-directory-status]')!;
	const template = root.querySelector<HTMLTemplateElement>('template[data-card-template]')!;
	const nameBox = root.querySelector<HTMLElement>('[data-name-filter]')!;
	const input = nameBox.querySelector('input')!;
	const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
	const [activeBy = '', activeKey = ''] = (root.dataset.active ?? '').split(':');
	const hallLabels = new Map<string, string>();

	let data: Promise<DirectoryData> | undefined;
	const load = () =>
		(data ??= fetch(config.data)
			.then((response) => (response.ok ? (response.json() as Promise<DirectoryData>) : Promise.reject(new Error(String(response.status)))))
			.catch(async () => {
				// Offline: the copy "save the directory" put in the cache, if the reader saved it.
				const cached = 'caches' in window ? await caches.match(config.data) : undefined;
				if (!cached) throw new Error('directory data unavailable');
				return (await cached.json()) as DirectoryData;
			})
			.then((loaded) => {
				for (const hall of loaded.halls) hallLabels.set(hall.key, hall.label);
				return loaded;
			}));

	// This page's own filter is the starting query: /exhibitors/hall/hall-1/ is ?hall=hall-1.
	let query: DirectoryQuery = { ...queryFromParams(new URLSearchParams(location.search)) };
	if (DIMENSIONS.includes(activeBy as (typeof DIMENSIONS)[number]) && !location.search) query = { ...query, [activeBy]: activeKey };
	let shown: DirectoryItem[] = [];
	let rendered = 0;

	function card(item: DirectoryItem): Node {
		const node = template.content.cloneNode(true) as DocumentFragment;
		const field = (name: string) => node.querySelector<HTMLElement>(`[data-field="${name}"]`);
		const name = field('name') as HTMLAnchorElement;
		name.textContent = item.n;
		name.href = item.u;
		const legal = field('legal');
		if (legal) {
			legal.textContent = item.l ?? '';
			legal.hidden = !item.l;
		}
		const initial = field('initial')!;
		if (item.lo) {
			// As the card's own <img>: decorative beside the name, loaded as it scrolls into view.
			const logo = Object.assign(document.createElement('img'), {
				src: item.lo[0],
				width: item.lo[1],
				height: item.lo[2],
				alt: '',
				loading: 'lazy',
				decoding: 'async',
			});
			initial.replaceWith(logo);
		} else initial.textContent = Array.from(item.n.trim())[0] ?? '';
		field('hall')!.textContent = hallLabels.get(item.h) ?? item.h;
		field('stand')!.textContent = item.st;
		field('sectors')!.textContent = item.sl;
		node.querySelector('article')!.dataset.exhibitor = item.s;
		const star = node.querySelector<HTMLButtonElement>('button[data-star]')!;
		Object.assign(star.dataset, {
			star: item.s,
			name: item.n,
			url: item.u,
			hall: item.h,
			hallLabel: hallLabels.get(item.h) ?? item.h,
			stand: item.st,
		});
		star.querySelector('[data-field="star-name"]')!.textContent = ` ${item.n}`;
		return node;
	}

	function renderMore(): void {
		const grid =
			list.querySelector('ul') ?? list.appendChild(Object.assign(document.createElement('ul'), { className: 'pv-directory-grid' }));
		const next = shown.slice(rendered, rendered + config.pageSize);
		grid.append(...next.map(card));
		rendered += next.length;
		more.hidden = rendered >= shown.length;
		wireStars(grid);
	}

	function markLinks(): void {
		for (const link of links) {
			const [by = '', key = ''] = (link.dataset.filter ?? '').split(':');
			// Links take aria-current, not aria-pressed: "true" marks each filter of the query.
			if (query[by as (typeof DIMENSIONS)[number]] === key) link.setAttribute('aria-current', 'true');
			else link.removeAttribute('aria-current');
		}
	}

	async function apply(push: boolean): Promise<void> {
		const loaded = await load();
		shown = matching(loaded.exhibitors, query);
		rendered = 0;
		list.replaceChildren();
		pages.hidden = true;
		if (letters) letters.hidden = true;
		renderMore();
		const text = interpolate(shown.length === 1 ? config.strings.shownOne : config.strings.shown, { count: shown.length });
		count.textContent = text;
		status.textContent = text;
		markLinks();
		const params = paramsFromQuery(query).toString();
		const url = `${config.all}${params ? `?${params}` : ''}`;
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}

	for (const link of links) {
		link.addEventListener('click', (event) => {
			const [by = '', key = ''] = (link.dataset.filter ?? '').split(':');
			const before = query;
			query = { ...query, [by]: query[by as (typeof DIMENSIONS)[number]] === key ? '' : key };
			event.preventDefault();
			apply(true).catch(() => {
				// No data to filter with: the static page of this filter does it.
				query = before;
				location.href = link.href;
			});
		});
	}

	nameBox.hidden = false;
	input.value = query.words;
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			query = { ...query, words: input.value.trim() };
			apply(false).catch(() => (status.textContent = ''));
		}, 150);
	});
	more.addEventListener('click', renderMore);
	addEventListener('popstate', () => {
		query = queryFromParams(new URLSearchParams(location.search));
		input.value = query.words;
		void apply(false).catch(() => location.reload());
	});
	// A shared or reloaded filtered address: show what it asks for.
	if (location.search && (query.hall || query.sector || query.region || query.words)) void apply(false).catch(() => undefined);
}
