import { describe, expect, it } from 'vitest';
import { byHallAndStand, isPlanned, planLink, readPlan, setPlanned, slugsOfLink, writePlan, type PlannedExhibitor } from './plan-store.ts';

const stored = (value: string | null) => ({ getItem: () => value });
const lanqi: PlannedExhibitor = { name: '澜启机器人', url: '/exhibitors/lanqi/', hall: 'hall-2', hallLabel: '2号馆', stand: '2B21' };

describe('the visit plan in the browser', () => {
	it('reads what it wrote, and anything else under its key as an empty plan', () => {
		const memory = new Map<string, string>();
		writePlan(setPlanned({}, 'lanqi', 'zh', lanqi), { setItem: (key, value) => memory.set(key, value) });
		expect(readPlan({ getItem: (key) => memory.get(key) ?? null })).toEqual({ lanqi: { zh: lanqi } });
		for (const junk of ['not json', '[1,2]', '"text"', '{"lanqi":{"zh":{"name":3}}}'])
			expect(Object.values(readPlan(stored(junk))).flatMap((byLocale) => Object.values(byLocale))).toEqual([]);
		expect(readPlan(stored(null))).toEqual({});
	});

	it('stars in one language and keeps the others’, and unstars whole', () => {
		const english = { ...lanqi, name: 'Lanqi Robotics', hallLabel: 'Hall 2' };
		const plan = setPlanned(setPlanned({}, 'lanqi', 'zh', lanqi), 'lanqi', 'en', english);
		expect(plan.lanqi).toEqual({ zh: lanqi, en: english });
		expect(isPlanned(plan, 'lanqi')).toBe(true);
		expect(isPlanned(setPlanned(plan, 'lanqi', 'zh', undefined), 'lanqi')).toBe(false);
	});

	it('shares as a link of URL names, and reads back only names of the directory’s shape', () => {
		const link = planLink('/exhibitors/plan/', ['lanqi-robotics', 'heshan-cnc']);
		expect(link).toBe('/exhibitors/plan/#lanqi-robotics,heshan-cnc');
		expect(slugsOfLink('#lanqi-robotics,heshan-cnc')).toEqual(['lanqi-robotics', 'heshan-cnc']);
		expect(slugsOfLink('#lanqi,<script>,..%2F..%2Fadmin,%E0%A4%A,,Upper')).toEqual(['lanqi']);
	});

	it('orders the plan by hall as the options list them, then by stand as people read numbers', () => {
		const at = (hall: string, stand: string) => ({ ...lanqi, hall, stand });
		const plan = [at('hall-3', '3A08'), at('hall-2', '2B21'), at('hall-2', '2B3'), at('hall-9', '9A1'), at('hall-1', '1C10')];
		const order = byHallAndStand(['hall-1', 'hall-2', 'hall-3']);
		expect(plan.sort(order).map((entry) => entry.stand)).toEqual(['1C10', '2B3', '2B21', '3A08', '9A1']);
	});
});
