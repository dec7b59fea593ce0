import type { ExpoConfig } from '../schemas/expo.ts';
import { zonedTime } from './dates.ts';

export interface ExpoSpan {
	/** Opening on the first day and closing on the last, when the hours say; else whole days. */
	start: Date;
	end: Date;
	/** True when no opening hours cover the first and last days: the span is whole calendar days. */
	allDay: boolean;
}

/** Earliest opening (or latest closing) on one day, from the configured hours. */
function clockOn(day: string, hours: ExpoConfig['hours'], pick: 'open' | 'close'): string | undefined {
	const times = hours.filter((period) => period.days.includes(day)).map((period) => period[pick]);
	if (times.length === 0) return undefined;
	return times.sort()[pick === 'open' ? 0 : times.length - 1];
}

/** When the fair opens and closes, in real instants; calendar files and structured data use this. */
export function expoSpan(expo: Pick<ExpoConfig, 'startDate' | 'endDate' | 'timezone' | 'hours'>): ExpoSpan {
	const open = clockOn(expo.startDate, expo.hours, 'open');
	const close = clockOn(expo.endDate, expo.hours, 'close');
	if (open && close) {
		return { start: zonedTime(expo.startDate, open, expo.timezone), end: zonedTime(expo.endDate, close, expo.timezone), allDay: false };
	}
	const dayAfterEnd = new Date(Date.parse(`${expo.endDate}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
	return { start: zonedTime(expo.startDate, '00:00', expo.timezone), end: zonedTime(dayAfterEnd, '00:00', expo.timezone), allDay: true };
}
