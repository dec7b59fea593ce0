import { describe, expect, it } from 'vitest';
import { timetable } from './timetable.ts';

const at = (clock: string) => new Date(`2027-04-21T${clock}:00+08:00`);
const minuteOf = (instant: Date) => (instant.getUTCHours() + 8) * 60 + instant.getUTCMinutes();
const session = (name: string, room: string, start: string, end: string, status = 'scheduled') => ({
	name,
	room: { key: room },
	start: at(start),
	end: at(end),
	status,
});

describe('a day as a timetable', () => {
	it('spans each session over its quarter hours, room by room, and leaves the rest empty', () => {
		const { rows, cells } = timetable(
			[session('opening', 'main', '09:30', '10:15'), session('forum', 'a', '10:00', '11:00'), session('launch', 'main', '10:15', '10:30')],
			['main', 'a'],
			minuteOf,
		);
		expect(rows.map((row) => row.clock)).toEqual(['09:30', '09:45', '10:00', '10:15', '10:30', '10:45']);
		const shown = cells.map((row) => row.map((cell) => (cell.kind === 'session' ? `${cell.session.name}×${cell.rows}` : cell.kind)));
		expect(shown).toEqual([
			['opening×3', 'empty'],
			['covered', 'empty'],
			['covered', 'forum×4'],
			['launch×1', 'covered'],
			['empty', 'covered'],
			['empty', 'covered'],
		]);
	});

	it('shows a cancelled session only where its room is free', () => {
		const { cells } = timetable(
			[session('old', 'main', '09:00', '10:00', 'cancelled'), session('new', 'main', '09:00', '09:30')],
			['main'],
			minuteOf,
		);
		expect(cells.map(([cell]) => (cell!.kind === 'session' ? cell!.session.name : cell!.kind))).toEqual([
			'new',
			'covered',
			'empty',
			'empty',
		]);
	});
});
