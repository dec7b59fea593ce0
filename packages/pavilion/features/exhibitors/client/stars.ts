/**
 * The stars of the visit plan: every [data-star] button under `root` shows whether its exhibitor is
 * in the plan and toggles it. Other tabs' changes arrive through the storage event.
 */
import { isPlanned, readPlan, setPlanned, writePlan } from './plan-store.ts';

function show(button: HTMLButtonElement, on: boolean): void {
	button.setAttribute('aria-pressed', String(on));
	const text = button.querySelector('.pv-star-text');
	if (text) text.textContent = (on ? button.dataset.textOn : button.dataset.textOff) ?? '';
	const icon = button.querySelector('.pv-star-icon');
	if (icon) icon.textContent = on ? '★' : '☆';
}

const wired = new WeakSet<HTMLButtonElement>();

export function wireStars(root: ParentNode): void {
	const plan = readPlan();
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-star]')) {
		const slug = button.dataset.star ?? '';
		show(button, isPlanned(plan, slug));
		button.hidden = false;
		if (wired.has(button)) continue;
		wired.add(button);
		button.addEventListener('click', () => {
			const { locale = '', name = '', url = '', hall = '', hallLabel = '', stand = '' } = button.dataset;
			const current = readPlan();
			const on = !isPlanned(current, slug);
			writePlan(setPlanned(current, slug, locale, on ? { name, url, hall, hallLabel, stand } : undefined));
			show(button, on);
		});
	}
}

addEventListener('storage', (event) => {
	if (event.key === null || event.key === 'pavilion-visit-plan') wireStars(document);
});
