import { describe, expect, it } from 'vitest';
import { sessionProblems, type CheckedSession } from './session-checks.ts';

const fair = { startDate: '2027-04-21', endDate: '2027-04-24' };
const session = (file: string, start: string, end: string, more: Partial<CheckedSession['data']> = {}): CheckedSession => ({
	file: `site/programme/${file}.yaml`,
	data: { start, end, room: 'main-forum', status: 'scheduled', sideEvent: false, ...more },
});

describe('the programme’s rules across sessions', () => {
	it('let sessions follow each other in a room, and cancelled ones free it', () => {
		expect(
			sessionProblems(
				[
					session('opening', '2027-04-21T09:30', '2027-04-21T10:15'),
					session('forum', '2027-04-21T10:15', '2027-04-21T12:00'),
					session('launch', '2027-04-21T10:30', '2027-04-21T11:00', { status: 'cancelled' }),
					session('press', '2027-04-20T10:00', '2027-04-20T11:00', { sideEvent: true }),
				],
				fair,
			),
		).toEqual([]);
	});

	it('refuse two sessions in one room at once, naming both files', () => {
		const [problem] = sessionProblems(
			[session('forum', '2027-04-21T10:00', '2027-04-21T12:00'), session('launch', '2027-04-21T11:30', '2027-04-21T12:15')],
			fair,
		);
		expect(problem).toEqual({
			file: 'site/programme/launch.yaml',
			field: 'start',
			problem:
				'"2027-04-21T11:30" is while site/programme/forum.yaml (2027-04-21T10:00 to 12:00) is in room "main-forum"; expected one session in a room at a time',
		});
	});

	it('refuse an end before its start, a day outside the fair, and a move without its earlier time', () => {
		const problems = sessionProblems(
			[
				session('backwards', '2027-04-22T11:00', '2027-04-22T10:00', { room: 'a' }),
				session('early', '2027-04-20T09:00', '2027-04-20T10:00', { room: 'b' }),
				session('moved', '2027-04-23T09:00', '2027-04-23T10:00', { room: 'c', status: 'moved' }),
				session('stale', '2027-04-23T11:00', '2027-04-23T12:00', {
					room: 'c',
					previous: [{ start: '2027-04-22T11:00', end: '2027-04-22T12:00' }],
				}),
			],
			fair,
		);
		expect(problems.map(({ file, field }) => `${file.slice(15)} ${field}`)).toEqual([
			'backwards.yaml end',
			'early.yaml start',
			'moved.yaml previous',
			'stale.yaml previous',
		]);
		expect(problems[1]!.problem).toContain('expected a time during the fair, or sideEvent: true');
	});
});
