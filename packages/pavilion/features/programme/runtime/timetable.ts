/**
 * A day of the programme as a timetable: rooms across, time down in steps of `step` minutes, each
 * session a cell spanning its rows (a table's rowspan: the page's Content-Security-Policy allows no
 * style attributes, so the layout cannot be placed by inline styles). A cancelled session is shown
 * only where its room is free, since a session may take its place.
 */
export interface TimetableSession {
	room: { key: string };
	start: Date;
	end: Date;
	status: string;
}

export type TimetableCell<T> = { kind: 'session'; session: T; rows: number } | { kind: 'empty' } | { kind: 'covered' };

export interface Timetable<T> {
	/** The first minute of each row, in minutes since midnight of the day in the fair's zone. */
	rows: { minute: number; clock: string }[];
	/** rows × rooms. */
	cells: TimetableCell<T>[][];
}

export function timetable<T extends TimetableSession>(
	sessions: readonly T[],
	rooms: readonly string[],
	minuteOf: (instant: Date) => number,
	step = 15,
): Timetable<T> {
	if (sessions.length === 0) return { rows: [], cells: [] };
	const first = Math.floor(Math.min(...sessions.map((session) => minuteOf(session.start))) / step) * step;
	const last = Math.ceil(Math.max(...sessions.map((session) => minuteOf(session.end))) / step) * step;
	const rowCount = Math.max(1, (last - first) / step);
	const cells: TimetableCell<T>[][] = Array.from({ length: rowCount }, () => rooms.map((): TimetableCell<T> => ({ kind: 'empty' })));
	const place = (session: T) => {
		const column = rooms.indexOf(session.room.key);
		const top = Math.floor((minuteOf(session.start) - first) / step);
		const rows = Math.max(1, Math.ceil((minuteOf(session.end) - first) / step) - top);
		if (column < 0) return;
		for (let row = top; row < top + rows; row++) if (cells[row]?.[column]?.kind !== 'empty') return;
		cells[top]![column] = { kind: 'session', session, rows };
		for (let row = top + 1; row < top + rows; row++) cells[row]![column] = { kind: 'covered' };
	};
	for (const session of sessions.filter(({ status }) => status !== 'cancelled')) place(session);
	for (const session of sessions.filter(({ status }) => status === 'cancelled')) place(session);
	const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
	return {
		rows: Array.from({ length: rowCount }, (_, index) => ({ minute: first + index * step, clock: clock(first + index * step) })),
		cells,
	};
}
