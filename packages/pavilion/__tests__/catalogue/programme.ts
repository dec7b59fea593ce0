import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';
import { SESSIONS, withProgramme } from '../programme-kit.ts';

const file = (slug: string) => `site/programme/${slug}.yaml`;
const opening = (from: string, to: string) => ({ 'opening-ceremony': SESSIONS['opening-ceremony']!.replace(from, to) });

/** A session the programme cannot show right stops the build, naming the file, the field, the value and what is expected. */
export const REFUSED: RefusedCase[] = [
	{
		name: 'a session that ends before it starts',
		why: 'Calendars would drop it or show it backwards; usually a typo in the hour.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: opening("end: '2027-04-21T10:15'", "end: '2027-04-21T09:15'") }),
		message: [`${file('opening-ceremony')}: end "2027-04-21T09:15" is not after the start "2027-04-21T09:30"`],
	},
	{
		name: 'two sessions in one room at once',
		why: 'One room holds one session: readers would walk into the wrong one. Both files are named.',
		area: 'Programme',
		setup: (root) =>
			withProgramme(root, {
				sessions: { 'robot-forum': SESSIONS['robot-forum']!.replace("start: '2027-04-21T10:15'", "start: '2027-04-21T10:00'") },
			}),
		message: [
			`${file('robot-forum')}: start "2027-04-21T10:00" is while ${file('opening-ceremony')} (2027-04-21T09:30 to 10:15) is in room "main-forum"`,
			'expected one session in a room at a time',
		],
	},
	{
		name: 'a session in a room the options do not list',
		why: 'A room is where readers go; a typo would send them nowhere.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: opening('room: main-forum', 'room: main-forums') }),
		message: [`${file('opening-ceremony')}: room`, 'expected one of the rooms in the options: main-forum, room-a'],
	},
	{
		name: 'a session in a track the options do not list',
		why: 'Tracks are the programme’s filter and the apps’ grouping: an unknown one would hide the session.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: opening('track: forums', 'track: forum') }),
		message: [`${file('opening-ceremony')}: track`, 'expected one of the tracks in the options: forums, launches'],
	},
	{
		name: 'a session naming a speaker who has no file',
		why: 'The session would list a name that links nowhere and is in no calendar.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: opening('speakers: [lin-siyuan]', 'speakers: [lin-siyuen]') }),
		message: [
			`${file('opening-ceremony')}: speakers names "lin-siyuen", which is no speaker`,
			'expected the file name of one in site/speakers/',
		],
	},
	{
		name: 'a session outside the fair’s days',
		why: 'A session on another day is usually a wrong date; one that is meant to be there says sideEvent: true.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: { 'press-preview': SESSIONS['press-preview']!.replace('sideEvent: true\n', '') } }),
		message: [
			`${file('press-preview')}: start "2027-04-20T10:00" is outside the fair's days (2027-04-21 to 2027-04-24)`,
			'or sideEvent: true',
		],
	},
	{
		name: 'a session time that YAML reads as an instant',
		why: 'Unquoted, a date-time with seconds is read as UTC, eight hours off in Qingtan.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: opening("start: '2027-04-21T09:30'", 'start: 2027-04-21T09:30:00') }),
		message: [`${file('opening-ceremony')}: start`, "expected the start as quoted text in the fair's time, such as '2027-04-21T09:30'"],
	},
	{
		name: 'a moved session without its earlier time',
		why: 'Calendars that had the old time need it to update; the page says when it was.',
		area: 'Programme',
		setup: (root) => withProgramme(root, { sessions: opening('language: zh-en', 'language: zh-en\nstatus: moved') }),
		message: [`${file('opening-ceremony')}: previous is missing for a moved session`],
	},
];

export const HANDLED: HandledCase[] = [];
