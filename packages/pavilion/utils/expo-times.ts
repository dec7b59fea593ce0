import { zonedTime } from './dates.ts';

/** Opening hours as the options give them: the days a period covers and its times (HH:MM). */
export interface OpeningPeriod {
	days: readonly string[];
	open: string;
	close: string;
}

/** The fair's dates (YYYY-MM-DD) in its own time zone. */
export interface ExpoDates {
	startDate: string;
	endDate: string;
	timezone: string;
	hours: readonly OpeningPeriod[];
}

export interface ExpoSpan {
	/** Opening on the first day and closing on the last, when the hours say; else whole days. */
	start: Date;
	end: Date;
	/** True when no opening hours cover the first and last days: the span is whole calendar days. */
	allDay: boolean;
}

/** Earliest opening (or latest closing) on one day, from the configured hours. */
function clockOn(day: string, hours: readonly OpeningPeriod[], pick: 'open' | 'close'): string | undefined {
	const times = hours.filter((period) => period.days.includes(day)).map((period) => period[pick]);
	if (times.length === 0) return undefined;
	return times.sort()[pick === 'open' ? 0 : times.length - 1];
}

/** When the fair opens and closes, in real instants; calendar files and structured data use this. */
export function expoSpan(expo: ExpoDates): ExpoSpan {
	const open = clockOn(expo.startDate, expo.hours, 'open');
	const close = clockOn(expo.endDate, expo.hours, 'close');
	if (open && close) {
		return { start: zonedTime(expo.startDate, open, expo.timezone), end: zonedTime(expo.endDate, close, expo.timezone), allDay: false };
	}
	const dayAfterEnd = new Date(Date.parse(`${expo.endDate}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
	return { start: zonedTime(expo.startDate, '00:00', expo.timezone), end: zonedTime(dayAfterEnd, '00:00', expo.timezone), allDay: true };
}
