/**
 * The stars of the visit plan: every [data-star] button under `root` shows whether its exhibitor is
 * in the plan and toggles it. What the plan keeps comes from the button (on an exhibitor's page) or
 * from its card's fields. The plan is kept per language, by the page's lang. Other tabs' changes
 * arrive through the storage event.
 */
import { isPlanned, planLanguage, readPlan, setPlanned, writePlan, type PlannedExhibitor } from './plan-store.ts';

function show(button: HTMLButtonElement, on: boolean): void {
	button.setAttribute('aria-pressed', String(on));
	const text = button.querySelector('.pv-star-text');
	// The words the page was built with are the "add" words.
	if (text) text.textContent = (on ? button.dataset.textOn : (button.dataset.textOff ??= text.textContent)) ?? '';
	const icon = button.querySelector('.pv-star-icon');
	if (icon) icon.textContent = on ? '★' : '☆';
}

const wired = new WeakSet<HTMLButtonElement>();

function plannedOf(button: HTMLButtonElement): PlannedExhibitor {
	const card = button.closest<HTMLElement>('[data-exhibitor]');
	const field = (name: string) => card?.querySelector<HTMLElement>(`[data-field="${name}"]`);
	const link = field('name') as HTMLAnchorElement | null | undefined;
	const { hall = '' } = button.dataset;
	return {
		name: button.dataset.name ?? link?.textContent.trim() ?? '',
		url: button.dataset.url ?? link?.getAttribute('href') ?? '',
		hall,
		hallLabel: button.dataset.hallLabel ?? field('hall')?.textContent ?? '',
		stand: button.dataset.stand ?? field('stand')?.textContent ?? '',
	};
}

export function wireStars(root: ParentNode): void {
	const plan = readPlan();
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-star]')) {
		const slug = button.dataset.star ?? '';
		show(button, isPlanned(plan, slug));
		button.hidden = false;
		if (wired.has(button)) continue;
		wired.add(button);
		button.addEventListener('click', () => {
			const current = readPlan();
			const on = !isPlanned(current, slug);
			writePlan(setPlanned(current, slug, planLanguage(), on ? plannedOf(button) : undefined));
			show(button, on);
		});
	}
}

addEventListener('storage', (event) => {
	if (event.key === null || event.key === 'pavilion-visit-plan') wireStars(document);
});
