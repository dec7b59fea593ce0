/**
 * The reader's visit plan, kept in this browser (localStorage) and nowhere else: the starred
 * exhibitors, each with what the plan page shows of it in every language it was starred in, so the
 * plan opens offline without any file of the site. Shared as a link, a plan is only its names.
 */
export interface PlannedExhibitor {
	name: string;
	url: string;
	hall: string;
	hallLabel: string;
	stand: string;
}

/** Slug → locale → what the plan shows; in the order they were starred. */
export type Plan = Record<string, Record<string, PlannedExhibitor>>;

const KEY = 'pavilion-visit-plan';

/** The language a plan entry is kept in: the page's (its lang), the same on the stars and the plan page. */
export const planLanguage = () => document.documentElement.lang;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored plan; anything else under the key (an older shape, a hand edit) reads as an empty plan rather than breaking the page. */
export function readPlan(storage: Pick<Storage, 'getItem'> = localStorage): Plan {
	try {
		const stored: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
		if (!isRecord(stored)) return {};
		const plan: Plan = {};
		for (const [slug, byLocale] of Object.entries(stored)) {
			if (!isRecord(byLocale)) continue;
			plan[slug] = {};
			for (const [locale, entry] of Object.entries(byLocale))
				if (isRecord(entry) && ['name', 'url', 'hall', 'hallLabel', 'stand'].every((field) => typeof entry[field] === 'string'))
					plan[slug][locale] = entry as unknown as PlannedExhibitor;
		}
		return plan;
	} catch {
		return {};
	}
}

export function writePlan(plan: Plan, storage: Pick<Storage, 'setItem'> = localStorage): void {
	storage.setItem(KEY, JSON.stringify(plan));
}

export function isPlanned(plan: Plan, slug: string): boolean {
	return slug in plan;
}

/** Star or unstar; starring again from another language adds that language's names. */
export function setPlanned(plan: Plan, slug: string, locale: string, entry: PlannedExhibitor | undefined): Plan {
	if (entry === undefined) return Object.fromEntries(Object.entries(plan).filter(([planned]) => planned !== slug));
	return { ...plan, [slug]: { ...plan[slug], [locale]: entry } };
}

/** A plan as a link: the plan page's address with the exhibitors' names (URL names) after #. */
export function planLink(pageUrl: string, slugs: readonly string[]): string {
	return `${pageUrl}#${slugs.map(encodeURIComponent).join(',')}`;
}

/** The names a shared link carries; only URL names of the directory's shape count. */
export function slugsOfLink(hash: string): string[] {
	return hash
		.replace(/^#/, '')
		.split(',')
		.map((part) => {
			try {
				return decodeURIComponent(part);
			} catch {
				return '';
			}
		})
		.filter((slug) => /^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(slug));
}

/** The plan's order on the page: by hall, in the options' order, then by stand as people read numbers. */
export function byHallAndStand(hallOrder: readonly string[]) {
	const collator = new Intl.Collator(undefined, { numeric: true });
	return (a: PlannedExhibitor, b: PlannedExhibitor) =>
		(hallOrder.indexOf(a.hall) + 1 || Infinity) - (hallOrder.indexOf(b.hall) + 1 || Infinity) || collator.compare(a.stand, b.stand);
}
