/**
 * The visit plan's page: the starred exhibitors in this language, by hall and stand, each with a
 * link and a remove button; a link to share the plan; and a plan opened from such a link, shown
 * with the offer to keep it. Names the plan has not seen in this language come from directory.json
 * (or its saved copy offline); without either, the exhibitor is listed by its URL name.
 */
import { interpolate } from '../../../utils/strings.ts';
import type { DirectoryData } from '../data.ts';
import {
	byHallAndStand,
	planLanguage,
	planLink,
	readPlan,
	setPlanned,
	slugsOfLink,
	writePlan,
	type Plan,
	type PlannedExhibitor,
} from './plan-store.ts';

interface PlanConfig {
	data: string;
	page: string;
	exhibitorUrl: string;
	halls: string[];
	strings: Record<'standIn' | 'remove' | 'unknown' | 'shared' | 'sharedOne' | 'copied', string>;
}

async function directoryData(url: string): Promise<DirectoryData | undefined> {
	try {
		const response = await fetch(url);
		if (response.ok) return (await response.json()) as DirectoryData;
	} catch {
		// Offline: try the copy "save the directory" made.
	}
	const cached = 'caches' in window ? await caches.match(url) : undefined;
	return cached ? ((await cached.json()) as DirectoryData) : undefined;
}

export function startPlanPage(root: HTMLElement): void {
	const config = JSON.parse(root.dataset.plan ?? '{}') as PlanConfig;
	const list = root.querySelector<HTMLOListElement>('[data-plan-list]')!;
	const empty = root.querySelector<HTMLElement>('[data-plan-empty]')!;
	const share = root.querySelector<HTMLButtonElement>('[data-plan-share]')!;
	const status = root.querySelector<HTMLElement>('[data-plan-status]')!;
	const sharedBox = root.querySelector<HTMLElement>('[data-plan-shared]')!;
	const sharedText = root.querySelector<HTMLElement>('[data-plan-shared-text]')!;
	const keep = root.querySelector<HTMLButtonElement>('[data-plan-keep]')!;
	const language = planLanguage();
	const format = (key: keyof PlanConfig['strings'], values: Record<string, string | number>) => interpolate(config.strings[key], values);
	let known = new Map<string, PlannedExhibitor>();

	/** What the page shows of an exhibitor: the plan's own record in this language, else the directory's, else its URL name. */
	const entryOf = (plan: Plan, slug: string): PlannedExhibitor =>
		plan[slug]?.[language] ??
		known.get(slug) ?? {
			name: format('unknown', { slug }),
			url: config.exhibitorUrl.replace('{slug}', encodeURIComponent(slug)),
			hall: '',
			hallLabel: '',
			stand: '',
		};

	function render(slugs: readonly string[], removable: boolean): void {
		const plan = readPlan();
		const entries = slugs.map((slug) => ({ slug, entry: entryOf(plan, slug) }));
		const order = byHallAndStand(config.halls);
		entries.sort((a, b) => order(a.entry, b.entry));
		list.replaceChildren(
			...entries.map(({ slug, entry }) => {
				const item = document.createElement('li');
				const text = document.createElement('div');
				const link = document.createElement('a');
				link.href = entry.url;
				link.textContent = entry.name;
				text.append(link);
				if (entry.stand) {
					const stand = document.createElement('span');
					stand.className = 'stand';
					stand.textContent = format('standIn', { hall: entry.hallLabel, stand: entry.stand });
					text.append(stand);
				}
				item.append(text);
				if (removable) {
					const remove = document.createElement('button');
					remove.type = 'button';
					// Its name is the word it shows, then the exhibitor's (WCAG 2.5.3).
					const who = Object.assign(document.createElement('span'), { className: 'sr-only', textContent: ` ${entry.name}` });
					remove.append(config.strings.remove, who);
					remove.addEventListener('click', () => {
						writePlan(setPlanned(readPlan(), slug, language, undefined));
						showOwn();
					});
					item.append(remove);
				}
				return item;
			}),
		);
		empty.hidden = entries.length > 0;
		share.hidden = !removable || entries.length === 0;
	}

	const ownSlugs = () => Object.keys(readPlan());

	function showOwn(): void {
		sharedBox.hidden = true;
		render(ownSlugs(), true);
	}

	async function fillFromDirectory(slugs: readonly string[]): Promise<void> {
		const plan = readPlan();
		if (slugs.every((slug) => plan[slug]?.[language])) return;
		const data = await directoryData(config.data);
		if (!data) return;
		const halls = new Map(data.halls.map((hall) => [hall.key, hall.label]));
		known = new Map(
			data.exhibitors.map((item) => [
				item.s,
				{ name: item.n, url: item.u, hall: item.h, hallLabel: halls.get(item.h) ?? item.h, stand: item.st },
			]),
		);
	}

	share.addEventListener('click', () => {
		const link = new URL(planLink(config.page, ownSlugs()), location.href).href;
		// Without the clipboard (an http page, an old browser) the link is shown to copy by hand.
		const clipboard = navigator.clipboard as Clipboard | undefined;
		if (!clipboard) status.textContent = link;
		else
			void clipboard.writeText(link).then(
				() => (status.textContent = config.strings.copied),
				() => (status.textContent = link),
			);
	});

	const shared = slugsOfLink(location.hash);
	if (shared.length > 0) {
		sharedBox.hidden = false;
		sharedText.textContent = format(shared.length === 1 ? 'sharedOne' : 'shared', { count: shared.length });
		render(shared, false);
		void fillFromDirectory(shared).then(() => render(shared, false));
		keep.addEventListener('click', () => {
			let plan = readPlan();
			for (const slug of shared) {
				if (plan[slug]) continue;
				const entry = known.get(slug);
				// Not known here (offline, never saved): kept by its name alone, never with the placeholder text.
				plan = entry ? setPlanned(plan, slug, language, entry) : { ...plan, [slug]: {} };
			}
			writePlan(plan);
			history.replaceState(null, '', config.page);
			showOwn();
		});
	} else {
		showOwn();
		void fillFromDirectory(ownSlugs()).then(showOwn);
	}
	addEventListener('storage', () => {
		if (sharedBox.hidden) showOwn();
	});
}
