import { describe, expect, it } from 'vitest';
import { emailOf, matchHall, matchSectors, splitList, websiteOf } from './exhibitor-cells.ts';
import type { ExhibitorsOptions } from './exhibitor-options.ts';
import { regionCode } from './region-codes.ts';

const sectors: ExhibitorsOptions['sectors'] = {
	robotics: { zh: '工业机器人', en: 'Industrial robotics' },
	logistics: { zh: '仓储/物流', en: 'Warehousing & logistics' },
	vision: '机器视觉',
};
const halls: ExhibitorsOptions['halls'] = {
	'hall-1': { name: { zh: '1号馆', en: 'Hall 1' } },
	'hall-2': { name: { zh: '2号馆（机器人馆）', en: 'Hall 2 (Robotics)' } },
	n1: { name: { zh: 'N1馆', en: 'Hall N1' } },
};

describe('matchSectors', () => {
	it('reads keys and labels in any language, separated as people separate them', () => {
		expect(matchSectors('工业机器人、机器视觉', sectors)).toEqual({ value: ['robotics', 'vision'] });
		expect(matchSectors(' industrial ROBOTICS ; vision，工业机器人', sectors)).toEqual({ value: ['robotics', 'vision'] });
		// A label with a slash in it is one sector, also among others.
		expect(matchSectors('仓储/物流', sectors)).toEqual({ value: ['logistics'] });
		expect(matchSectors('机器视觉/仓储/物流', sectors)).toEqual({ value: ['vision', 'logistics'] });
	});
	it('names the unknown sector, the cell and the known sectors', () => {
		expect(matchSectors('工业机器人、激光加工', sectors)).toEqual({
			problem:
				'sector "激光加工" (in "工业机器人、激光加工") is not one of the site\'s sectors; expected one of robotics (工业机器人 / Industrial robotics), logistics (仓储/物流 / Warehousing & logistics), vision (机器视觉)',
		});
		expect(matchSectors('激光加工', sectors)).toMatchObject({ problem: expect.stringMatching(/^sector "激光加工" is not one/) as unknown });
	});
});

describe('matchHall', () => {
	it('reads a key, a name, or the forms of its number: 1, 1号馆, Hall 1, 1号展馆', () => {
		for (const cell of ['hall-1', '1号馆', 'Hall 1', 'HALL1', '1', '1号展馆', '１号馆'])
			expect(matchHall(cell, halls)).toEqual({ value: 'hall-1' });
		expect(matchHall('2', halls)).toEqual({ value: 'hall-2' });
		expect(matchHall('2号馆（机器人馆）', halls)).toEqual({ value: 'hall-2' });
		expect(matchHall('N1', halls)).toEqual({ value: 'n1' });
	});
	it('names the unknown hall and the known ones', () => {
		expect(matchHall('5号馆', halls)).toEqual({
			problem:
				'hall "5号馆" is not one of the site\'s halls; expected one of hall-1 (1号馆 / Hall 1), hall-2 (2号馆（机器人馆） / Hall 2 (Robotics)), n1 (N1馆 / Hall N1)',
		});
	});
	it('refuses a number two halls share rather than guess', () => {
		const twoOnes = { n1: { name: 'N1馆' }, s1: { name: 'S1馆' } };
		expect(matchHall('1', twoOnes)).toEqual({ problem: 'hall "1" could be any of n1, s1; expected a hall\'s key or its full name' });
	});
});

describe('websiteOf', () => {
	it('adds https:// where the scheme is missing and keeps http(s) addresses', () => {
		expect(websiteOf('www.lanqi.example.com')).toEqual({ value: 'https://www.lanqi.example.com' });
		expect(websiteOf('lanqi.example.com:8080/zh/')).toEqual({ value: 'https://lanqi.example.com:8080/zh/' });
		expect(websiteOf('http://lanqi.example.com')).toEqual({ value: 'http://lanqi.example.com' });
		expect(websiteOf('HTTPS：//lanqi.example.com')).toEqual({ value: 'HTTPS://lanqi.example.com' });
	});
	it('refuses other schemes and what is not an address', () => {
		for (const cell of [
			'javascript:alert(1)',
			'ftp://files.example.com',
			'mailto:info@example.com',
			'暂无',
			'www lanqi com',
			'https://user:pw@x.example.com',
		])
			expect(websiteOf(cell)).toEqual({
				problem: `website "${cell}" is not a web address; expected one such as https://www.example.com (http or https)`,
			});
	});
});

describe('lists, e-mail and region', () => {
	it('splits products on 、 , ， ; ；', () => {
		expect(splitList('协作机器人、视觉系统，AGV; 机械臂；')).toEqual(['协作机器人', '视觉系统', 'AGV', '机械臂']);
	});
	it('checks an e-mail address', () => {
		expect(emailOf(' info@lanqi.example.com ')).toEqual({ value: 'info@lanqi.example.com' });
		expect(emailOf('info#lanqi.example.com')).toMatchObject({
			problem: expect.stringMatching(/^e-mail "info#lanqi.example.com" is not/) as unknown,
		});
	});
	it('reads a region as a code or a Chinese or English name', () => {
		const cells: Record<string, string> = {
			CN: 'CN',
			de: 'DE',
			中国: 'CN',
			中国大陆: 'CN',
			德国: 'DE',
			Germany: 'DE',
			'United States': 'US',
			USA: 'US',
			UK: 'GB',
			香港: 'HK',
			中国香港: 'HK',
			'Hong Kong SAR China': 'HK',
			韩国: 'KR',
			"Côte d'Ivoire": 'CI',
			' 日本 ': 'JP',
		};
		for (const [cell, code] of Object.entries(cells)) expect(regionCode(cell), cell).toBe(code);
		for (const cell of ['EU', 'XK', '欧洲', 'Atlantis', 'SU']) expect(regionCode(cell), cell).toBeUndefined();
	});
});
