import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { scheduleAgreementProblems, scheduleJsonProblems, scheduleXmlProblems } from '../__tests__/frab-rules.ts';
import { zonedTime } from './dates.ts';
import { scheduleJson, scheduleXml, type ScheduleEvent, type ScheduleInput } from './frab-schedule.ts';
import { NAMESPACE_URL, uuidFromName } from './uuid-v5.ts';

const ZONE = 'Asia/Shanghai';
/** The site's own namespace: every GUID below is a name in it, so it is the same on every build. */
const SITE = uuidFromName(NAMESPACE_URL, 'https://qtse.example.com/');
const guidOf = (kind: string, slug: string) => uuidFromName(SITE, `${kind}/${slug}`);
const at = (date: string, clock: string) => zonedTime(date, clock, ZONE);

const MAIN = '主论坛 A 厅';
const STAGE = 'Innovation Stage 创新舞台';
const WORKSHOP = 'Workshop Room 5.1';

const speakers = {
	lin: { id: 1, guid: guidOf('speaker', 'lin-wei'), name: '林薇' },
	meyer: { id: 2, guid: guidOf('speaker', 'anna-meyer'), name: 'Anna Meyer' },
	zhao: { id: 3, guid: guidOf('speaker', 'zhao-lei'), name: '赵磊' },
	okafor: { id: 4, guid: guidOf('speaker', 'chidi-okafor'), name: 'Chidi Okafor' },
};

function session(
	id: number,
	slug: string,
	fields: Omit<ScheduleEvent, 'id' | 'slug' | 'guid' | 'url' | 'persons'> & Partial<ScheduleEvent>,
): ScheduleEvent {
	return { persons: [], ...fields, id, slug, guid: guidOf('session', slug), url: `https://qtse.example.com/programme/${slug}/` };
}

const sessions: ScheduleEvent[] = [
	session(101, 'opening', {
		title: '开幕式暨主旨演讲：智能制造的下一个十年',
		subtitle: 'Opening keynote',
		abstract: '青潭国际智能装备博览会开幕，主办方与嘉宾共同展望柔性产线、数字孪生与人机协作。',
		description: '同声传译：中文 → English。\n请提前十五分钟入场。',
		start: at('2027-04-21', '09:30'),
		end: at('2027-04-21', '10:15'),
		room: MAIN,
		track: '主论坛',
		type: 'Forum',
		language: 'zh',
		persons: [speakers.lin, speakers.meyer],
		links: [{ url: 'https://qtse.example.com/press/opening/', title: '新闻稿', type: 'article' }],
		recording: { license: 'CC BY 4.0', optOut: false },
	}),
	session(102, 'rd-robots', {
		title: 'R&D <Robots> & "AI" > hype',
		abstract: 'What a cobot cell costs a small plant, in money & in hours.',
		start: at('2027-04-21', '10:30'),
		end: at('2027-04-21', '11:30'),
		room: STAGE,
		track: 'Robots & Automation',
		type: 'Talk',
		language: 'en',
		persons: [speakers.okafor],
		attachments: [{ url: 'https://qtse.example.com/files/rd-robots.pdf', title: 'Slides', type: 'slides' }],
	}),
	session(103, 'plc-workshop', {
		title: 'PLC 编程入门工作坊',
		start: at('2027-04-21', '13:00'),
		end: at('2027-04-21', '16:00'),
		room: WORKSHOP,
		track: 'Robots & Automation',
		type: 'Workshop',
		language: 'zh',
		persons: [speakers.zhao],
	}),
	// Moved from the 22nd in the main hall to the 21st on the stage: its id and guid stay, so apps move it.
	session(104, 'cobot-safety', {
		title: 'Cobot safety in practice — 协作机器人安全实践',
		start: at('2027-04-21', '14:00'),
		end: at('2027-04-21', '15:30'),
		room: STAGE,
		track: 'Robots & Automation',
		type: 'Talk',
		language: 'en',
		persons: [speakers.meyer, speakers.zhao],
	}),
	session(105, 'logistics-forum', {
		title: '智慧物流论坛',
		start: at('2027-04-22', '10:00'),
		end: at('2027-04-22', '11:30'),
		room: MAIN,
		track: '主论坛',
		type: 'Forum',
		language: 'zh',
		status: 'cancelled',
	}),
	session(106, 'digital-twin', {
		title: '数字孪生在中小企业的落地',
		abstract: '从一条产线开始。',
		start: at('2027-04-22', '09:30'),
		end: at('2027-04-22', '10:15'),
		room: MAIN,
		track: '主论坛',
		type: 'Talk',
		language: 'zh',
		persons: [speakers.lin],
	}),
	session(107, 'closing-panel', {
		title: 'Closing panel: what we saw this week',
		start: at('2027-04-22', '15:00'),
		end: at('2027-04-22', '16:00'),
		room: STAGE,
		type: 'Panel',
		language: 'en',
		persons: [speakers.okafor, speakers.lin],
	}),
];

const input = (events: readonly ScheduleEvent[] = sessions, conference: Partial<ScheduleInput['conference']> = {}): ScheduleInput => ({
	version: '2027-04-18 v3',
	generator: { name: 'Pavilion', version: '0.1.0', url: 'https://example.com/pavilion' },
	conference: {
		acronym: 'qtse2027',
		title: '第七届青潭国际智能装备博览会 QTSE 2027',
		start: '2027-04-21',
		end: '2027-04-22',
		timeZone: ZONE,
		url: 'https://qtse.example.com/programme/',
		colors: { primary: '#0b5cab', background: '#ffffff' },
		tracks: [{ name: '主论坛', color: '#0b5cab', slug: 'main-forum' }],
		...conference,
	},
	rooms: [
		{ name: MAIN, guid: guidOf('room', 'hall-a'), capacity: 800 },
		{ name: STAGE, guid: guidOf('room', 'stage') },
		{ name: WORKSHOP, guid: guidOf('room', 'workshop-5-1'), capacity: 40 },
	],
	events,
});

type Json = Record<string, unknown>;
interface JsonDay {
	date: string;
	day_start: string;
	day_end: string;
	rooms: Record<string, Json[]>;
}
const conferenceOf = (json: string) => (JSON.parse(json) as { schedule: { conference: Json & { days: JsonDay[] } } }).schedule.conference;
const eventsOf = (json: string) => conferenceOf(json).days.flatMap((day) => Object.values(day.rooms).flat());
const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

describe('schedule.json', () => {
	const json = scheduleJson(input());
	it('passes every rule of the c3voc schema and the project', () => {
		expect(scheduleJsonProblems(json)).toEqual([]);
	});
	it('names the schema and the generator, and lays out two days of three rooms each', () => {
		const document = JSON.parse(json) as Json & { schedule: Json };
		expect(document.$schema).toBe('https://c3voc.de/schedule/schema.json');
		expect(document.generator).toEqual({ name: 'Pavilion', version: '0.1.0', url: 'https://example.com/pavilion' });
		expect(document.schedule.version).toBe('2027-04-18 v3');
		expect(document.schedule.base_url).toBe('https://qtse.example.com/');
		const conference = conferenceOf(json);
		expect(conference).toMatchObject({ acronym: 'qtse2027', daysCount: 2, timeslot_duration: '00:15', time_zone_name: ZONE });
		expect(conference.days.map((day) => day.date)).toEqual(['2027-04-21', '2027-04-22']);
		for (const day of conference.days) expect(Object.keys(day.rooms)).toEqual([MAIN, STAGE, WORKSHOP]);
		expect(conference.days[0]).toMatchObject({ day_start: '2027-04-21T09:30:00+08:00', day_end: '2027-04-21T16:00:00+08:00' });
	});
	it('writes a session’s times in the fair’s zone, with its slug after frab’s form', () => {
		const opening = eventsOf(json).find((event) => event.id === 101)!;
		expect(opening).toMatchObject({
			guid: guidOf('session', 'opening'),
			date: '2027-04-21T09:30:00+08:00',
			start: '09:30',
			end: '2027-04-21T10:15:00+08:00',
			duration: '00:45',
			room: MAIN,
			slug: 'qtse2027-101-opening',
			track: '主论坛',
			language: 'zh',
			recording_license: 'CC BY 4.0',
			do_not_record: false,
			persons: [
				{ guid: speakers.lin.guid, id: 1, public_name: '林薇' },
				{ guid: speakers.meyer.guid, id: 2, public_name: 'Anna Meyer' },
			],
			links: [{ url: 'https://qtse.example.com/press/opening/', title: '新闻稿', type: 'article' }],
		});
		expect(eventsOf(json).find((event) => event.id === 103)!.duration).toBe('03:00');
		expect(eventsOf(json).find((event) => event.id === 107)!.track).toBeNull();
	});
	it('leaves the cancelled session out and files the moved one under its new day and room', () => {
		const events = eventsOf(json);
		expect(events.map((event) => event.id)).not.toContain(105);
		const day1 = conferenceOf(json).days[0]!;
		expect(day1.rooms[STAGE]!.map((event) => event.id)).toEqual([102, 104]);
		const before = session(104, 'cobot-safety', {
			...sessions[3]!,
			start: at('2027-04-22', '14:00'),
			end: at('2027-04-22', '15:30'),
			room: MAIN,
		});
		const earlier = scheduleJson(input(sessions.map((event) => (event.id === 104 ? before : event))));
		expect(scheduleJsonProblems(earlier)).toEqual([]);
		const then = eventsOf(earlier).find((event) => event.id === 104)!;
		const now = events.find((event) => event.id === 104)!;
		expect([then.guid, then.date, then.room]).toEqual([guidOf('session', 'cobot-safety'), '2027-04-22T14:00:00+08:00', MAIN]);
		expect([now.guid, now.date, now.room]).toEqual([guidOf('session', 'cobot-safety'), '2027-04-21T14:00:00+08:00', STAGE]);
	});
	it('gives the same bytes for the same programme, whatever order the sessions come in', () => {
		expect(scheduleJson(input([...sessions].reverse()))).toBe(json);
	});
	it('spans a day without sessions from midnight to midnight', () => {
		const longer = scheduleJson(input(sessions, { end: '2027-04-23' }));
		expect(scheduleJsonProblems(longer)).toEqual([]);
		expect(conferenceOf(longer).days[2]).toMatchObject({ day_start: '2027-04-23T00:00:00+08:00', day_end: '2027-04-24T00:00:00+08:00' });
	});
});

describe('schedule.xml', () => {
	const xml = scheduleXml(input());
	it('passes every rule of the c3voc XSD and the project, and says what schedule.json says', () => {
		expect(scheduleXmlProblems(xml)).toEqual([]);
		expect(scheduleAgreementProblems(xml, scheduleJson(input()))).toEqual([]);
	});
	it('escapes markup in text and attributes, and reads back as written', () => {
		expect(xml).toContain('<title>R&amp;D &lt;Robots&gt; &amp; &quot;AI&quot; &gt; hype</title>');
		expect(xml).toContain('<track name="Robots &amp; Automation"/>');
		const parsed = xmlParser.parse(xml) as { schedule: { day: { room: { '@name': string; event?: Json | Json[] }[] }[] } };
		const stage = parsed.schedule.day[0]!.room[1]!;
		expect(stage['@name']).toBe(STAGE);
		const [rd] = stage.event as Json[];
		expect(rd!.title).toBe('R&D <Robots> & "AI" > hype');
		expect(rd!.abstract).toBe('What a cobot cell costs a small plant, in money & in hours.');
	});
	it('writes persons with their ids and guids, and the day’s span as attributes', () => {
		expect(xml).toContain(`<person id="1" guid="${speakers.lin.guid}">林薇</person>`);
		expect(xml).toContain('<day index="1" date="2027-04-21" start="2027-04-21T09:30:00+08:00" end="2027-04-21T16:00:00+08:00">');
		expect(xml).toContain(`<event id="101" guid="${guidOf('session', 'opening')}">`);
		expect(xml).not.toContain('智慧物流论坛'); // cancelled
	});
	it('drops characters XML cannot hold and keeps line breaks in attributes', () => {
		const odd = session(108, 'odd', { ...sessions[6]!, title: 'Bell\u0007 and lone \uD800 surrogate' });
		const text = scheduleXml({ ...input([...sessions, odd]), rooms: [...input().rooms, { name: 'Hall\nB', guid: guidOf('room', 'b') }] });
		expect(scheduleXmlProblems(text)).toEqual([]);
		expect(text).toContain('<title>Bell and lone  surrogate</title>');
		expect(text).toContain('name="Hall&#10;B"');
	});
	it('gives the same bytes for the same programme', () => {
		expect(scheduleXml(input([...sessions].reverse()))).toBe(xml);
	});
});

describe('the generator refuses what no schedule could say right', () => {
	it.each([
		['an unknown room', input([session(1, 'x', { ...sessions[0]!, room: 'Nowhere' })]), /not in the rooms/],
		[
			'a session outside the dates',
			input([session(1, 'x', { ...sessions[0]!, start: at('2027-04-25', '09:00'), end: at('2027-04-25', '10:00') })]),
			/outside the conference/,
		],
		['an end before the start', input([session(1, 'x', { ...sessions[0]!, end: at('2027-04-21', '09:00') })]), /ends before it starts/],
		['two sessions with one id', input([sessions[0]!, { ...sessions[1]!, id: 101 }]), /two sessions have the id 101/],
		['two sessions with one guid', input([sessions[0]!, { ...sessions[1]!, guid: sessions[0]!.guid }]), /two sessions have the guid/],
		['an acronym the tools cannot use', input(sessions, { acronym: 'QTSE 2027' }), /acronym/],
	])('%s', (_name, bad, message) => {
		expect(() => scheduleJson(bad)).toThrow(message);
		expect(() => scheduleXml(bad)).toThrow(message);
	});
});

describe('the rules catch a broken schedule', () => {
	const json = scheduleJson(input());
	const xml = scheduleXml(input());
	it('a duplicate id and a duration that is not HH:MM, in the XML', () => {
		const broken = xml.replace('<event id="102"', '<event id="101"').replace('<duration>03:00</duration>', '<duration>3h</duration>');
		const problems = scheduleXmlProblems(broken);
		expect(problems).toContainEqual(expect.stringMatching(/id 101 is also the id of day 1 room 1 event 1/));
		expect(problems).toContainEqual(expect.stringMatching(/duration 3h is not HH:MM/));
	});
	it('a duplicate id and a duration that is not HH:MM, in the JSON', () => {
		const broken = json.replace('"id": 102', '"id": 101').replace('"duration": "03:00"', '"duration": "180 min"');
		const problems = scheduleJsonProblems(broken);
		expect(problems).toContainEqual(expect.stringMatching(/id 101 is also the id of day 1 room "主论坛 A 厅" event 1/));
		expect(problems).toContainEqual(expect.stringMatching(/"duration" 180 min does not match/));
		expect(scheduleAgreementProblems(xml, broken)).not.toEqual([]);
	});
	it('an event filed under the wrong day, a room not listed, a bad guid, times that disagree', () => {
		const document = JSON.parse(json) as { schedule: { conference: { days: JsonDay[] } } };
		const [day1, day2] = document.schedule.conference.days;
		const moved = day1!.rooms[STAGE]!.pop()!;
		day2!.rooms[STAGE]!.push(moved);
		day2!.rooms['Hall Z'] = [];
		day1!.rooms[MAIN]![0]!.guid = 'not-a-guid';
		day1!.rooms[MAIN]![0]!.start = '09:45';
		const problems = scheduleJsonProblems(JSON.stringify(document));
		expect(problems).toContainEqual(expect.stringMatching(/date 2027-04-21T14:00:00\+08:00 is not on its day 2027-04-22/));
		expect(problems).toContainEqual(expect.stringMatching(/outside its day/));
		expect(problems).toContainEqual(expect.stringMatching(/room "Hall Z": not listed in conference.rooms/));
		expect(problems).toContainEqual(expect.stringMatching(/"guid" not-a-guid does not match/));
		expect(problems).toContainEqual(expect.stringMatching(/start 09:45 is not the time of its date/));
	});
	it('properties the schema does not allow or requires, and a person that is frab and pretalx at once', () => {
		const document = JSON.parse(json) as { extra?: boolean; schedule: { conference: Json & { days: JsonDay[] } } };
		document.extra = true;
		document.schedule.conference.base_url = 'https://qtse.example.com/';
		const opening = document.schedule.conference.days[0]!.rooms[MAIN]![0]!;
		delete opening.abstract;
		opening.status = 'confirmed';
		(opening.persons as Json[])[0]!.name = '林薇';
		delete (opening.persons as Json[])[1]!.id;
		const problems = scheduleJsonProblems(JSON.stringify(document));
		expect(problems).toEqual(
			expect.arrayContaining([
				'document: "extra" is not allowed',
				'conference: "base_url" is not allowed',
				expect.stringMatching(/event 1 \(id 101\): missing "abstract"/),
				expect.stringMatching(/event 1 \(id 101\): "status" is not allowed/),
				expect.stringMatching(/person 1: has both public_name and name/),
				expect.stringMatching(/person 2: has neither id and public_name nor name/),
				expect.stringMatching(/person 2 has no id/),
			]),
		);
	});
	it('an XML file out of the XSD’s order, with an element it does not declare and one missing', () => {
		const broken = xml
			.replace(/\t<version>[^<]*<\/version>\n/, '')
			.replace('</conference>', '</conference>\n\t<version>v3</version>')
			.replace('<subtitle>Opening keynote</subtitle>', '<status>confirmed</status>')
			.replace(/<abstract>What a cobot[^<]*<\/abstract>/, '');
		const problems = scheduleXmlProblems(broken);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^<schedule> holds generator, conference, version, day, day;/),
				expect.stringMatching(/event 1 \(id 101\): unexpected element <status>/),
				expect.stringMatching(/event 1 \(id 102\): missing <abstract>/),
			]),
		);
	});
	it('a time written in another offset than the conference’s zone has', () => {
		const broken = xml.replace('<date>2027-04-21T09:30:00+08:00</date>', '<date>2027-04-21T09:30:00+01:00</date>');
		expect(scheduleXmlProblems(broken)).toContainEqual(
			expect.stringMatching(/date 2027-04-21T09:30:00\+01:00 has not the offset Asia\/Shanghai has then \(\+08:00\)/),
		);
	});
	it('XML that is not well-formed', () => {
		expect(scheduleXmlProblems(xml.replace('R&amp;D', 'R&D'))[0]).toMatch(/^not well-formed XML/);
		expect(scheduleJsonProblems('{"schedule": ')[0]).toMatch(/^not JSON/);
	});
});
