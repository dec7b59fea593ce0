import { describe, expect, it } from 'vitest';
import { expoSpan } from './expo-times.ts';
import { exhibitionEvent, jsonLdHtml, newsArticle } from './json-ld.ts';

describe('jsonLdHtml', () => {
	it('cannot close its script element or open a comment, and still parses to the same data', () => {
		const data = { headline: '</script><script>alert("x")</script> & <!-- \u2028' };
		const html = jsonLdHtml(data);
		expect(html).not.toMatch(/<|>|&/);
		expect(JSON.parse(html)).toEqual(data);
	});
});

describe('exhibitionEvent', () => {
	const base = {
		name: '青潭智博会',
		expo: { status: 'scheduled' as const, timezone: 'Asia/Shanghai' },
		span: expoSpan({
			startDate: '2027-04-21',
			endDate: '2027-04-24',
			timezone: 'Asia/Shanghai',
			hours: [{ days: ['2027-04-21', '2027-04-24'], open: '09:00', close: '17:00' }],
		}),
		venue: { name: '博览中心', address: '博览大道1号' },
		organizers: [{ name: '会展集团' }],
		url: 'https://qtse.example.com/',
		lang: 'zh-CN',
	};
	it('writes the dates with the fair time zone offset', () => {
		expect(exhibitionEvent(base)).toMatchObject({ startDate: '2027-04-21T09:00:00+08:00', endDate: '2027-04-24T17:00:00+08:00' });
	});
	it('writes plain dates when no hours are set', () => {
		const span = expoSpan({ startDate: '2027-04-21', endDate: '2027-04-24', timezone: 'Asia/Shanghai', hours: [] });
		expect(exhibitionEvent({ ...base, span })).toMatchObject({ startDate: '2027-04-21', endDate: '2027-04-24' });
	});
	it('maps every status to schema.org, with the previous date when rescheduled', () => {
		expect(exhibitionEvent({ ...base, expo: { ...base.expo, status: 'cancelled' } }).eventStatus).toBe('https://schema.org/EventCancelled');
		const moved = exhibitionEvent({ ...base, expo: { ...base.expo, status: 'moved-online' } });
		expect(moved.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
		expect(moved.location).toContainEqual({ '@type': 'VirtualLocation', url: 'https://qtse.example.com/' });
		const rescheduled = exhibitionEvent({ ...base, expo: { ...base.expo, status: 'rescheduled', previousStartDate: '2027-03-10' } });
		expect(rescheduled).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2027-03-10' });
	});
});

describe('newsArticle', () => {
	it('credits the original of a reprint', () => {
		const data = newsArticle({
			headline: 'h',
			description: 'd',
			url: 'https://a/b/',
			published: '2026-08-12T00:00:00+08:00',
			modified: '2026-08-12T00:00:00+08:00',
			publisher: { '@type': 'Organization', name: 'P' },
			lang: 'zh-CN',
			section: '展会新闻',
			keywords: [],
			source: { name: '青潭日报', url: 'https://www.example.com/x.html', title: '原标题', author: '李静' },
		});
		expect(data.isBasedOn).toMatchObject({ url: 'https://www.example.com/x.html', headline: '原标题', author: { name: '李静' } });
		expect(data.sourceOrganization).toEqual({ '@type': 'Organization', name: '青潭日报' });
		expect(data.author).toEqual([{ '@type': 'Organization', name: 'P' }]);
	});
});
