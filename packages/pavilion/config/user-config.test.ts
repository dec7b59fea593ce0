import { describe, expect, it } from 'vitest';
import { parseUserConfig } from './user-config.ts';

const valid = {
	title: { zh: '青潭智博会', en: 'QTSE' },
	expo: { name: '青潭智博会', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: '博览中心', address: '博览大道1号' } },
};

function messageOf(options: unknown): string {
	try {
		parseUserConfig(options);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the options to be refused');
}

describe('pavilion() options', () => {
	it('fills in the documented defaults', () => {
		const config = parseUserConfig(valid);
		expect(config.defaultLocale).toBe('zh');
		expect(Object.keys(config.locales)).toEqual(['zh', 'en']);
		expect(config.expo.timezone).toBe('Asia/Shanghai');
		expect(config.expo.status).toBe('scheduled');
		expect(Object.keys(config.categories)).toEqual(['news', 'press', 'industry', 'exhibitors']);
		expect(config.categories.press).toEqual({ zh: '新闻发布', en: 'Press releases' });
		expect(config.articlesBase).toBe('news');
		expect(config.pageSize).toBe(12);
	});

	it('names the option, the value and the expectation for a wrong type', () => {
		expect(messageOf({ ...valid, title: 42 })).toMatch(/title: 42 was given; expected text \(a string\) or an object of locale → text/);
	});
	it('refuses an unknown time zone', () => {
		expect(messageOf({ ...valid, expo: { ...valid.expo, timezone: 'Mars/Olympus' } })).toMatch(
			/expo\.timezone: "Mars\/Olympus" was given; expected an IANA time zone name such as "Asia\/Shanghai"/,
		);
	});
	it('refuses an end date before the start date', () => {
		expect(messageOf({ ...valid, expo: { ...valid.expo, endDate: '2027-04-01' } })).toMatch(
			/expo\.endDate: "2027-04-01" is before startDate "2027-04-21"/,
		);
	});
	it('refuses impossible dates and unknown statuses, listing every problem', () => {
		const message = messageOf({ ...valid, expo: { ...valid.expo, startDate: '2027-02-30', status: 'soon' } });
		expect(message).toMatch(/expo\.startDate: "2027-02-30" was given; expected a calendar date written YYYY-MM-DD/);
		expect(message).toMatch(
			/expo\.status: "soon" was given; expected one of "scheduled", "postponed", "cancelled", "rescheduled", "moved-online"/,
		);
	});
	it('refuses text for a locale that is not configured, and text missing the default locale', () => {
		expect(messageOf({ ...valid, title: { zh: '甲', fr: 'B' } })).toMatch(
			/title\.fr: "fr" is not a configured locale; expected one of zh, en/,
		);
		expect(messageOf({ ...valid, title: { en: 'B' } })).toMatch(/the default locale "zh" is missing/);
	});
	it('refuses a default locale that is not among the locales', () => {
		expect(messageOf({ ...valid, defaultLocale: 'de' })).toMatch(
			/defaultLocale: "de" is not one of the configured locales; expected one of zh, en/,
		);
	});
	it('refuses misspelled options instead of ignoring them', () => {
		expect(messageOf({ ...valid, organisers: [] })).toContain('organisers: is not an option; did you mean "organizers"?');
	});
	it('checks organizer roles, phone numbers and e-mail addresses', () => {
		const message = messageOf({
			...valid,
			organizers: [{ role: 'sponsor', name: 'X' }],
			contact: { phones: [{ label: '展商服务', number: 'call us' }], email: 'info(at)example.com' },
		});
		expect(message).toMatch(/organizers\[0\]\.role: "sponsor" was given; expected one of "host", "organizer", "co-organizer", "supporter"/);
		expect(message).toMatch(/contact\.phones\[0\]\.number: "call us" was given; expected a phone number/);
		expect(message).toMatch(/contact\.email: "info\(at\)example\.com" was given; expected an e-mail address/);
	});
	it('checks the police filing code and opening hours', () => {
		const message = messageOf({
			...valid,
			compliance: { police: { text: '公网安备', code: 'A1' } },
			expo: { ...valid.expo, hours: [{ label: '开放', days: ['2027-05-01'], open: '17:00', close: '09:00' }] },
		});
		expect(message).toMatch(/compliance\.police\.code: "A1" was given; expected the digits of the filing number/);
		expect(message).toMatch(/expo\.hours\[0\]\.days\[0\]: "2027-05-01" is outside the fair; expected a date from 2027-04-21 to 2027-04-24/);
		expect(message).toMatch(/expo\.hours\[0\]\.close: .*closes before it opens/);
	});
	it('says so when the fair itself is missing', () => {
		expect(messageOf({ title: 'x' })).toMatch(/expo: is missing; expected an object/);
	});
});
