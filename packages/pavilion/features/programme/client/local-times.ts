/**
 * Times beside the fair's own, for a reader in another zone: each <time data-local-time> gets the
 * reader's clock time after it when the two differ ("your time 03:30"). Worked out on the device,
 * so it is right offline and wherever the reader is.
 */
export function showLocalTimes(root: ParentNode, template: string, fairZone: string): void {
	const clock = (instant: Date, timeZone?: string) =>
		new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) }).format(
			instant,
		);
	const day = (instant: Date, timeZone?: string) =>
		new Intl.DateTimeFormat(document.documentElement.lang, { month: 'short', day: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(
			instant,
		);
	for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
		const instant = new Date(time.dateTime);
		const own = clock(instant);
		if (Number.isNaN(instant.getTime()) || own === clock(instant, fairZone) || time.nextElementSibling?.classList.contains('pv-local-time'))
			continue;
		// Far enough away, the reader's clock is on another day than the fair's: say which.
		const otherDay = day(instant) !== day(instant, fairZone);
		const local = document.createElement('span');
		local.className = 'pv-local-time';
		local.textContent = template.replace('{time}', otherDay ? `${day(instant)} ${own}` : own);
		time.after(local);
	}
}

/** The sessions happening at `now` and the ones starting next, from the list's data-start and data-end. */
export function nowAndNext<T extends { start: number; end: number }>(sessions: readonly T[], now: number): { now: T[]; next: T[] } {
	const current = sessions.filter((session) => session.start <= now && now < session.end);
	const upcoming = sessions.filter((session) => session.start > now);
	const firstStart = Math.min(...upcoming.map((session) => session.start));
	return { now: current, next: upcoming.filter((session) => session.start === firstStart) };
}
