import { describe, expect, it, vi } from 'vitest';
import { expoCalendarEvent } from '../../runtime/calendar-event.ts';
import { feedResponse } from '../../runtime/feed.ts';
import { publisher } from '../../runtime/page-meta.ts';
import { buildSiteModel } from '../../runtime/site-model.ts';
import { icalendar } from '../../utils/ical.ts';
import { parseCalendarEvent } from '../calendar-events.ts';
import { articleEntry, coverStandIn } from './entries.ts';

// The body comes from rendering the entry with the Container API; here the feed's own work is under test.
vi.mock('../../runtime/feed-body.ts', () => ({
	renderArticleHtml: (article: { id: string }) => Promise.resolve(`<p>Body of ${article.id}</p>`),
}));

const SITE = new URL('https://expo.example.com/');
const model = await buildSiteModel(
	[
		articleEntry('zh/reprint', {
			title: '转载 <稿件> & “引号”',
			date: new Date('2026-10-02T02:00:00Z'),
			cover: { src: '/c.jpg', width: 1600, height: 900, format: 'jpg' },
			coverAlt: '封面',
			source: { name: '测试日报', url: 'https://news.example.com/a.html', title: '原标题', author: '李静' },
			editor: '陈默',
			tags: ['机器人'],
		}),
		articleEntry('zh/older', { title: '较早', date: new Date('2026-09-01T00:00:00Z'), summary: '摘要 <b>粗</b>' }),
	],
	{ coverImages: coverStandIn, now: new Date('2026-11-01T00:00:00Z'), production: true },
);
const channel = { locale: 'zh', title: '测试博览会', description: '测试站点。', selfPath: '/rss.xml', pagePath: '/' };

describe('feeds from the site model', () => {
	it('lists the articles newest first, in full, with the same attribution as the page', async () => {
		const xml = await (await feedResponse(channel, model.locale('zh').articles, SITE)).text();
		expect([...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map(([, link]) => link)).toEqual([
			'https://expo.example.com/news/reprint/',
			'https://expo.example.com/news/older/',
		]);
		expect(xml).toContain('<title>转载 &lt;稿件&gt; &amp; “引号”</title>');
		expect(xml).toContain('Body of zh/reprint');
		expect(xml).toContain(
			'来源：测试日报&lt;br /&gt;原标题：&lt;cite&gt;&lt;a href=&quot;https://news.example.com/a.html&quot;&gt;原标题&lt;/a&gt;&lt;/cite&gt;&lt;br /&gt;原作者：李静&lt;br /&gt;责任编辑：陈默',
		);
		expect(xml).toContain('<enclosure url="https://expo.example.com/preview.jpg" length="0" type="image/jpeg"/>');
		expect(xml).toContain('<lastBuildDate>Fri, 02 Oct 2026 02:00:00 GMT</lastBuildDate>');
	});

	it('keeps to the configured number of items', async () => {
		const many = Array.from({ length: 5 }, () => model.locale('zh').articles).flat();
		const xml = await (await feedResponse(channel, many, SITE)).text();
		expect(xml.match(/<item>/g)).toHaveLength(3);
	});
});

describe('page metadata', () => {
	it('names the organizer as the publisher, in the page language, with absolute URLs', () => {
		expect(publisher('en', SITE)).toMatchObject({
			'@type': 'Organization',
			name: 'Test Exhibition Group',
			url: 'https://expo.example.com/en/',
			logo: { url: 'https://expo.example.com/icons/logo-512.png' },
			email: 'info@expo.example.com',
			contactPoint: [{ telephone: '+86 838 6655 0421', contactType: 'Exhibitors' }],
		});
	});
});

describe('the calendar event', () => {
	it('describes the fair in the reader language with a UID of the site', () => {
		const event = parseCalendarEvent(icalendar(expoCalendarEvent('zh', SITE)));
		expect(event.uid).toBe('expo-2027-04-21@expo.example.com');
		expect(event.summary).toBe('第七届测试博览会');
		expect(event.location).toBe('测试会展中心, 测试大道1号');
		expect(event.startDate.toJSDate().toISOString()).toBe('2027-04-21T01:00:00.000Z');
	});
});
