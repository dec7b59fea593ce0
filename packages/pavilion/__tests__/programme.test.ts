import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { scheduleAgreementProblems, scheduleJsonProblems, scheduleXmlProblems } from './frab-rules.ts';
import { htmlProblems } from './html-rules.ts';
import { withProgramme } from './programme-kit.ts';
import { buildSite, copyFixture, indexedPages, jsonLdOf, type BuiltSite } from './test-utils.ts';

/** The programme (issue 24) on a copy of the basic fixture: five sessions, one moved, one cancelled, one side event. */
let site: BuiltSite;
beforeAll(async () => {
	const root = copyFixture('basic', 'programme');
	await withProgramme(root);
	site = await buildSite(root);
});

const calendar = (path: string) => new ICAL.Component(ICAL.parse(site.text(path)) as ConstructorParameters<typeof ICAL.Component>[0]);
const events = (path: string) => calendar(path).getAllSubcomponents('vevent');

describe('the programme page', () => {
	it('lists every session by day, in time order, in both languages', () => {
		const slugs = (path: string) =>
			site
				.page(path)
				.querySelectorAll('.pv-programme-day')
				.map((day) => [
					day.querySelector('h2')?.getAttribute('id'),
					day.querySelectorAll('[data-session]').map((item) => item.getAttribute('data-session')),
				]);
		const expected = [
			['day-2027-04-20', ['press-preview']],
			['day-2027-04-21', ['opening-ceremony', 'robot-forum', 'arm-launch']],
			['day-2027-04-22', ['awards']],
		];
		expect(slugs('/programme/')).toEqual(expected);
		expect(slugs('/en/programme/')).toEqual(expected);
		const opening = site.page('/programme/').querySelector('[data-session="opening-ceremony"]')!;
		expect(opening.getAttribute('data-start')).toBe('2027-04-21T09:30:00+08:00');
		expect(opening.querySelector('time')?.text).toBe('09:30');
		expect(site.page('/programme/').querySelector('[data-session="arm-launch"]')?.classList.contains('cancelled')).toBe(true);
	});

	it('shows titles as text, and links the feeds', () => {
		const page = site.page('/en/programme/');
		expect(page.querySelector('[data-session="robot-forum"] .pv-session-title')?.text.trim()).toBe('Cobot forum: <safety> & speed');
		const feeds = page.querySelectorAll('.pv-programme-feeds a').map((link) => link.getAttribute('href'));
		expect(feeds).toEqual(['/en/programme/programme.ics', '/en/programme/schedule.xml', '/en/programme/schedule.json']);
	});
});

describe('the programme on wide screens', () => {
	it('is a timetable per day, rooms across and quarter hours down, each session spanning its rows', () => {
		const table = site.page('/programme/').querySelectorAll('.pv-timetable')[1]!;
		expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual(['主论坛厅', 'A 会议室']);
		const cells = table.querySelectorAll('td.slot').map((cell) => [cell.querySelector('a')?.text, cell.getAttribute('rowspan')]);
		// 09:30–10:15, 10:15–12:00 and the cancelled launch 10:30–11:00 in the other room.
		expect(cells).toEqual([
			['开幕式', '3'],
			['协作机器人论坛：<安全> & 效率', '7'],
			['协作臂发布会', '2'],
		]);
	});

	it('and every page of the programme is valid HTML', async () => {
		const pages = site.files().filter((file) => /\/(programme|speakers)\//.test(file) && file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		const problems = await Promise.all(pages.map((file) => htmlProblems(site.text(file), file)));
		expect(problems.flat()).toEqual([]);
	});
});

describe('calendars', () => {
	it('give each session a calendar file in the fair’s zone, with a stable UID, and the same event in the programme’s feed', () => {
		const [single] = events('/programme/opening-ceremony.ics');
		expect(single!.getFirstPropertyValue('uid')).toBe('opening-ceremony@expo.example.com');
		const start = single!.getFirstProperty('dtstart')!;
		expect(start.getParameter('tzid')).toBe('Asia/Shanghai');
		expect(String(start.getFirstValue())).toBe('2027-04-21T09:30:00');
		const all = events('/programme/programme.ics');
		expect(all.map((event) => event.getFirstPropertyValue('uid'))).toContain('opening-ceremony@expo.example.com');
		expect(all).toHaveLength(5);
	});

	it('are all read by a real iCalendar parser, each session file holding its one event in the fair’s zone', () => {
		const files = site.files().filter((file) => file.endsWith('.ics') && file.includes('/programme/') && !file.endsWith('/programme.ics'));
		expect(files).toHaveLength(10);
		for (const file of files) {
			const [event] = events(file);
			const slug = file.split('/').at(-1)!.replace('.ics', '');
			expect(event!.getFirstPropertyValue('uid'), file).toBe(`${slug}@expo.example.com`);
			expect(event!.getFirstProperty('dtstart')!.getParameter('tzid'), file).toBe('Asia/Shanghai');
		}
	});

	it('raise the SEQUENCE of a moved and a cancelled session, and mark the cancelled one', () => {
		const byUid = new Map(events('/en/programme/programme.ics').map((event) => [String(event.getFirstPropertyValue('uid')), event]));
		const moved = byUid.get('awards@expo.example.com')!;
		expect(moved.getFirstPropertyValue('sequence')).toBe(1);
		expect(String(moved.getFirstPropertyValue('dtstart'))).toBe('2027-04-22T16:00:00');
		const cancelled = byUid.get('arm-launch@expo.example.com')!;
		expect(cancelled.getFirstPropertyValue('sequence')).toBe(1);
		expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(byUid.get('opening-ceremony@expo.example.com')!.getFirstPropertyValue('sequence')).toBe(0);
		expect(calendar('/en/programme/programme.ics').getFirstPropertyValue('refresh-interval')).toBeTruthy();
	});
});

describe('the files for event apps', () => {
	it.each([
		['', '协作机器人论坛：&lt;安全&gt; &amp; 效率'],
		['/en', 'Cobot forum: &lt;safety&gt; &amp; speed'],
	])('%s/programme/schedule.xml and schedule.json follow the frab/c3voc rules and agree', (prefix, escapedTitle) => {
		const xml = site.text(`${prefix}/programme/schedule.xml`);
		const json = site.text(`${prefix}/programme/schedule.json`);
		expect(scheduleXmlProblems(xml)).toEqual([]);
		expect(scheduleJsonProblems(json)).toEqual([]);
		expect(scheduleAgreementProblems(xml, json)).toEqual([]);
		// The cancelled session and the side event before the fair are not in an app's timetable.
		expect(xml).not.toContain('arm-launch');
		expect(xml).not.toContain('press-preview');
		expect(xml).toContain(escapedTitle);
	});
});

describe('a session’s page', () => {
	it('is an Event inside the fair, with its room, speakers and status', () => {
		const [event] = jsonLdOf(site.page('/en/programme/awards/'));
		const fair = jsonLdOf(site.page('/en/')).find((data) => data['@type'] === 'ExhibitionEvent')!;
		expect(event).toMatchObject({
			'@type': 'Event',
			startDate: '2027-04-22T16:00:00+08:00',
			endDate: '2027-04-22T17:30:00+08:00',
			eventStatus: 'https://schema.org/EventRescheduled',
			previousStartDate: '2027-04-21T19:00:00+08:00',
			superEvent: { '@id': fair['@id'] },
		});
		const [forum] = jsonLdOf(site.page('/programme/robot-forum/'));
		expect(forum).toMatchObject({ performer: [{ name: '林思远' }, { name: '安娜·韦伯' }], location: { name: '主论坛厅, 测试会展中心' } });
	});

	it('says when a moved session was before, and a cancelled one offers no calendar', () => {
		expect(site.page('/en/programme/awards/').text).toContain('Moved from Wed, April 21 19:00–20:30');
		const cancelled = site.page('/en/programme/arm-launch/');
		expect(cancelled.querySelector('.pv-session-notice')?.text).toBe('Cancelled');
		expect(cancelled.querySelector('a[href$=".ics"]')).toBeNull();
	});

	it('and a speaker’s page lists their sessions; both have language versions and are their own kinds in search', () => {
		const speaker = site.page('/speakers/lin-siyuan/');
		expect(speaker.querySelectorAll('[data-session]').map((item) => item.getAttribute('data-session'))).toEqual([
			'opening-ceremony',
			'robot-forum',
		]);
		expect(site.exists(speaker.querySelector('header img')!.getAttribute('src')!)).toBe(true);
		const alternates = site
			.page('/programme/awards/')
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((link) => link.getAttribute('href'));
		expect(alternates).toContain('https://expo.example.com/en/programme/awards/');
		expect(site.text('/sitemap-0.xml')).toContain('hreflang="en" href="https://expo.example.com/en/speakers/lin-siyuan/"');
		const kinds = new Map(indexedPages(site).map((page) => [page.url, page.filters.kind]));
		expect(kinds.get('/programme/awards/')).toEqual(['session']);
		expect(kinds.get('/en/speakers/anna-weber/')).toEqual(['speaker']);
	});
});
