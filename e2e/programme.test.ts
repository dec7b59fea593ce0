import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, controlled, useChromium, watchedPage } from './browser.ts';

/**
 * A visitor planning their days at the fair with the demo's programme (同期活动): the sessions by day
 * on a phone, filtered by track, the "now and next" line on the fair's days, their own clock time beside
 * the fair's when they read from abroad, the programme in the halls without a network, and the pages of
 * a moved and a cancelled session.
 */
const origin = inject('demoUrl');
const problems: string[] = [];
const browser = useChromium();

interface SessionFile {
	title: { zh: string; en: string };
	/** The fair's local time, 'YYYY-MM-DDTHH:MM' (Asia/Shanghai, UTC+8 all year). */
	start: string;
	end: string;
	room: string;
	track: string;
	status: 'scheduled' | 'moved' | 'cancelled';
	previous?: { start: string; end: string }[];
}

/** The demo's sessions as their files say, by URL name. */
const sessionsFolder = fileURLToPath(new URL('../site/programme/', import.meta.url));
const sessions = new Map(
	readdirSync(sessionsFolder)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => [name.slice(0, -'.yaml'.length), parse(readFileSync(join(sessionsFolder, name), 'utf8')) as SessionFile]),
);
/** A local time of the fair as an instant: Shanghai keeps UTC+8 all year. */
const instant = (local: string) => Date.parse(`${local}:00+08:00`);
const file = (slug: string) => sessions.get(slug) ?? expect.unreachable(`no site/programme/${slug}.yaml`);
const opening = file('opening-ceremony');

/** Watch a page of a context made with `options` as watchedPage does (it takes no time zone). */
async function watchedContext(options: BrowserContextOptions): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
			problems.push(`${page.url()}: third-party request ${request.url()}`);
	});
	return { page, context };
}

/** Open the programme and wait until its script has run (it shows the filters then). */
async function programme(page: Page, path = '/programme/'): Promise<void> {
	await page.goto(`${origin}${path}`);
	await page.locator('[data-programme-filters]').waitFor({ state: 'visible' });
}

/** The URL names of the sessions the list shows, in order. */
const visibleSessions = (page: Page) =>
	page.locator('article.pv-session:visible').evaluateAll((articles) => articles.map((article) => (article as HTMLElement).dataset.session));

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the programme', () => {
	it('fits a 360 px phone, passes axe-core, and lists every session by day, in time order, the cancelled one marked', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 360 });
		await programme(page);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(await axeViolations(page, '/programme/ at 360 px')).toEqual([]);

		const days = await page.locator('section.pv-programme-day > h2').evaluateAll((headings) => headings.map((heading) => heading.id));
		const expectedDays = [...new Set([...sessions.values()].map((session) => session.start.slice(0, 10)))].sort();
		expect(days).toEqual(expectedDays.map((day) => `day-${day}`));

		const listed = await page.locator('section.pv-programme-day').evaluateAll((sections) =>
			sections.map((section) => ({
				day: section.querySelector('h2')!.id,
				sessions: [...section.querySelectorAll<HTMLElement>('li > article.pv-session')].map((article) => ({
					slug: article.dataset.session!,
					track: article.dataset.track,
					room: article.dataset.room,
					start: article.dataset.start!,
					end: article.dataset.end!,
					clock: article.querySelector('time[data-local-time]')?.textContent.trim(),
					title: article.querySelector('.pv-session-title a')?.textContent.trim(),
					cancelled: article.classList.contains('cancelled'),
					status: article.querySelector('.pv-session-status')?.textContent.trim(),
				})),
			})),
		);
		for (const { day, sessions: onDay } of listed) {
			const starts = onDay.map((session) => Date.parse(session.start));
			expect(starts, day).toEqual([...starts].sort((a, b) => a - b));
			for (const session of onDay) {
				const source = file(session.slug);
				expect(`day-${source.start.slice(0, 10)}`, session.slug).toBe(day);
				expect({ ...session, start: Date.parse(session.start), end: Date.parse(session.end) }, session.slug).toEqual({
					slug: session.slug,
					track: source.track,
					room: source.room,
					start: instant(source.start),
					end: instant(source.end),
					clock: source.start.slice(11, 16),
					title: source.title.zh,
					cancelled: source.status === 'cancelled',
					status: { scheduled: undefined, moved: '已调整', cancelled: '已取消' }[source.status],
				});
			}
		}
		const slugs = listed.flatMap(({ sessions: onDay }) => onDay.map((session) => session.slug));
		expect([...slugs].sort()).toEqual([...sessions.keys()].sort());
		expect(listed.flatMap(({ sessions: onDay }) => onDay.filter((session) => session.cancelled).map((session) => session.slug))).toEqual([
			'vercors-rescue-drone-launch',
		]);
		await context.close();
	});

	it('shows only the chosen track’s sessions, hides the days left empty, and still passes axe-core', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 360 });
		await programme(page);
		const track = 'new-energy';
		const inTrack = [...sessions].filter(([, session]) => session.track === track);
		expect(inTrack.length).toBeGreaterThan(1);
		await page.locator('select[data-filter=track]').selectOption(track);
		await expect.poll(async () => (await visibleSessions(page)).sort()).toEqual(inTrack.map(([slug]) => slug).sort());
		const days = [...new Set(inTrack.map(([, session]) => session.start.slice(0, 10)))].sort();
		expect(
			await page.locator('section.pv-programme-day:visible > h2').evaluateAll((headings) => headings.map((heading) => heading.id)),
		).toEqual(days.map((day) => `day-${day}`));
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		expect(await axeViolations(page, `/programme/ with track ${track} at 360 px`)).toEqual([]);
		await context.close();
	});
});

describe('the programme on a wide screen', () => {
	/** The sessions of each day's timetable, by URL name, with what each cell says. */
	const cells = (page: Page) =>
		page.locator('section.pv-programme-day').evaluateAll((sections) =>
			sections.map((section) => ({
				day: section.querySelector('h2')!.id,
				cells: [...section.querySelectorAll<HTMLElement>('table.pv-timetable td.slot')].map((cell) => ({
					slug: cell.querySelector('a')!.pathname.split('/')[2],
					text: cell.textContent.trim(),
					faded: cell.classList.contains('filtered-out'),
				})),
			})),
		);

	// The timetable says a session's status in words, as the list does, and names every row for screen readers.
	it('shows every session in its day’s timetable at 1280 px, the cancelled one marked in words, and passes axe-core', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 1280 });
		await programme(page);
		expect(await page.locator('table.pv-timetable').first().isVisible()).toBe(true);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		const days = await cells(page);
		for (const { day, cells: onDay } of days) for (const { slug } of onDay) expect(`day-${file(slug!).start.slice(0, 10)}`, slug).toBe(day);
		expect(days.flatMap(({ cells: onDay }) => onDay.map(({ slug }) => slug)).sort()).toEqual([...sessions.keys()].sort());
		const cell = (slug: string) => days.flatMap(({ cells: onDay }) => onDay).find((entry) => entry.slug === slug);
		// Soft: the axe-core check below runs and reports too.
		expect.soft(cell('vercors-rescue-drone-launch')?.text, 'the cancelled session').toContain('已取消');
		expect.soft(cell('innovation-awards-ceremony')?.text, 'the moved session').toContain('已调整');
		expect(await axeViolations(page, '/programme/ at 1280 px')).toEqual([]);
		await context.close();
	});

	// A session the filters leave out keeps its place in the timetable, empty (faded text would fail contrast).
	it('fades the other tracks’ sessions in the timetable at 1280 px, and still passes axe-core', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 1280 });
		await programme(page);
		const track = 'new-energy';
		await page.locator('select[data-filter=track]').selectOption(track);
		const shown = async () =>
			(await cells(page))
				.flatMap(({ cells: onDay }) => onDay)
				.filter(({ faded }) => !faded)
				.map(({ slug }) => slug)
				.sort();
		await expect.poll(shown).toEqual(
			[...sessions]
				.filter(([, session]) => session.track === track)
				.map(([slug]) => slug)
				.sort(),
		);
		expect(await axeViolations(page, `/programme/ with track ${track} at 1280 px`)).toEqual([]);
		await context.close();
	});
});

describe('now and next', () => {
	/** What the line should say at `now`: the sessions on, and the ones starting next (cancelled ones left out). */
	function expectedLine(now: number): string {
		const live = [...sessions.values()].filter((session) => session.status !== 'cancelled');
		const current = live.filter((session) => instant(session.start) <= now && now < instant(session.end));
		const firstStart = Math.min(...live.map((session) => instant(session.start)).filter((start) => start > now));
		const next = live.filter((session) => instant(session.start) === firstStart);
		const titles = (list: SessionFile[]) => list.map((session) => session.title.zh).join('、');
		return [current.length ? `正在进行: ${titles(current)}` : '', next.length ? `即将开始: ${titles(next)}` : '']
			.filter(Boolean)
			.join(' · ');
	}

	it('names the opening ceremony as on now, and the session starting after it, at 09:45 on the first day', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		const now = Date.parse('2027-04-21T09:45:00+08:00');
		await page.clock.setFixedTime(now);
		await programme(page);
		const line = page.locator('[data-now-next]');
		await expect.poll(() => line.isVisible()).toBe(true);
		const text = expectedLine(now);
		expect(text).toMatch(new RegExp(`^正在进行: ${opening.title.zh} · 即将开始: .+`));
		expect(text).toContain(file('embodied-ai-cobot-forum').title.zh);
		expect(await line.textContent()).toBe(text);
		expect(await line.locator('a').first().getAttribute('href')).toBe('/programme/opening-ceremony/');
		await context.close();
	});

	it('is hidden days before the fair, with nothing on and nothing starting within 12 hours', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.clock.setFixedTime(Date.parse('2027-04-19T12:00:00+08:00'));
		// The filters show once the script has run, and it sets the line in the same step.
		await programme(page);
		expect(await page.locator('[data-now-next]').isHidden()).toBe(true);
		expect(await page.locator('[data-now-next]').textContent()).toBe('');
		await context.close();
	});
});

describe('the reader’s own time', () => {
	// Phones read the list, wide screens the timetable: the reader abroad must see their time on both.
	it.each([360, 1280])('shows a reader in Berlin their clock time beside the fair’s at %i px (CEST, six hours behind)', async (width) => {
		const { page, context } = await watchedContext({ timezoneId: 'Europe/Berlin', viewport: { width, height: 900 } });
		await programme(page);
		const opens = page.locator('article[data-session="opening-ceremony"] .pv-session-time');
		await expect.poll(() => opens.locator('.pv-local-time').allTextContents()).toEqual(['您所在地 03:30', '您所在地 04:15']);
		// Every time of the list, each in Berlin's clock.
		const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		const pairs = await page
			.locator('time[data-local-time]')
			.evaluateAll((times) => times.map((time) => [(time as HTMLTimeElement).dateTime, time.nextElementSibling?.textContent ?? null]));
		// Each session's start and end, in the list and in the timetable.
		expect(pairs.length).toBe(4 * sessions.size);
		for (const [dateTime, local] of pairs) expect(local, dateTime!).toBe(`您所在地 ${berlin.format(Date.parse(dateTime!))}`);
		// And the reader sees it, whichever layout the width gives.
		expect(await page.getByText('您所在地 03:30', { exact: true }).filter({ visible: true }).count(), `${width} px`).toBeGreaterThan(0);
		await context.close();
	});

	it('shows a reader in Shanghai no second time', async () => {
		const { page, context } = await watchedContext({ timezoneId: 'Asia/Shanghai' });
		await programme(page);
		expect(await page.locator('time[data-local-time]').count()).toBe(4 * sessions.size);
		expect(await page.locator('.pv-local-time').count()).toBe(0);
		await context.close();
	});
});

describe('the programme without a network', () => {
	// The usual way in is a link to /programme/ itself, shared in a chat: the worker takes control only after
	// that first page, so the page must be in its precache (features/offline/service-worker.ts) to open offline.
	// On a phone, as in the halls.
	it('opens offline after one visit to it, with its sessions and its script', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems, { width: 360 });
		await programme(page);
		await controlled(page);
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('main h1').textContent()).toBe('同期活动');
		await page.locator('[data-programme-filters]').waitFor({ state: 'visible' });
		expect((await visibleSessions(page)).sort()).toEqual([...sessions.keys()].sort());
		await context.close();
	});

	it('opens a session page offline once visited', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		await page.goto(`${origin}/`);
		await controlled(page);
		await page.goto(`${origin}/programme/opening-ceremony/`);
		expect(await page.locator('main h1').textContent()).toBe(opening.title.zh);
		await context.setOffline(true);
		await page.goto(`${origin}/programme/opening-ceremony/`);
		expect(await page.locator('main h1').textContent()).toBe(opening.title.zh);
		await context.close();
	});
});

describe('a session’s page', () => {
	it('says a moved session is moved, and when it was before', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		const moved = file('innovation-awards-ceremony');
		expect(moved.status).toBe('moved');
		const before = moved.previous!.at(-1)!;
		await page.goto(`${origin}/programme/innovation-awards-ceremony/`);
		expect(await page.locator('main h1').textContent()).toBe(moved.title.zh);
		expect((await page.locator('.pv-session-notice').textContent())?.trim()).toBe('已调整');
		const dd = page.locator('.facts dd').first();
		expect((await dd.locator('time[data-local-time]').allTextContents()).map((time) => time.trim())).toEqual([
			moved.start.slice(11, 16),
			moved.end.slice(11, 16),
		]);
		// The earlier day, as the page writes days ("4月21日") or as the file does (2027-04-21), then its times.
		const [year, month, day] = before.start.slice(0, 10).split('-').map(Number);
		expect((await dd.locator('.previous').textContent())?.trim()).toMatch(
			new RegExp(`^原定 .*(${before.start.slice(0, 10)}|${month}月${day}日).* ${before.start.slice(11, 16)}–${before.end.slice(11, 16)}$`),
		);
		expect(year).toBe(2027);
		// Still on: it can go in a calendar.
		expect(await page.locator('a[href="/programme/innovation-awards-ceremony.ics"]').count()).toBe(1);
		await context.close();
	});

	it('says a cancelled session is cancelled, and offers no calendar link', async () => {
		const { page, context } = await watchedPage(browser(), origin, problems);
		const cancelled = file('vercors-rescue-drone-launch');
		expect(cancelled.status).toBe('cancelled');
		await page.goto(`${origin}/programme/vercors-rescue-drone-launch/`);
		expect(await page.locator('main h1').textContent()).toBe(cancelled.title.zh);
		expect((await page.locator('.pv-session-notice').textContent())?.trim()).toBe('已取消');
		expect(await page.locator('main a[href$=".ics"], main a[href*="calendar.google.com"], main a[download]').count()).toBe(0);
		expect(await page.locator('main').getByText('添加到日历').count()).toBe(0);
		await context.close();
	});
});

describe('every page above', () => {
	it('logged no console errors and made no third-party request', () => {
		expect(problems).toEqual([]);
	});
});
