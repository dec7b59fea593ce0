import { calendarDate } from './dates.ts';

/**
 * Where the fair stands on a given day, counted in calendar days of the fair's time zone. Used at
 * build time and again in the browser (components/Countdown.astro), so a page built weeks ago
 * still shows the right count.
 */
export type ExpoPhase = { phase: 'upcoming'; days: number } | { phase: 'in-progress'; day: number } | { phase: 'ended' };

function dayNumber(isoDate: string): number {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return Date.UTC(year, month - 1, day) / 86400000;
}

export function todayIn(timeZone: string, now: Date = new Date()): string {
	return calendarDate(now, timeZone);
}

export function expoPhase(startDate: string, endDate: string, timeZone: string, now: Date = new Date()): ExpoPhase {
	const today = dayNumber(todayIn(timeZone, now));
	const start = dayNumber(startDate);
	if (today < start) return { phase: 'upcoming', days: start - today };
	if (today <= dayNumber(endDate)) return { phase: 'in-progress', day: today - start + 1 };
	return { phase: 'ended' };
}

/** The translation key and values for a phase. */
export function phaseMessage(phase: ExpoPhase): { key: string; values: Record<string, number> } {
	switch (phase.phase) {
		case 'upcoming':
			return phase.days === 1
				? { key: 'expo.countdown.tomorrow', values: {} }
				: { key: 'expo.countdown.days', values: { days: phase.days } };
		case 'in-progress':
			return { key: 'expo.countdown.inProgress', values: { day: phase.day } };
		case 'ended':
			return { key: 'expo.countdown.ended', values: {} };
	}
}
