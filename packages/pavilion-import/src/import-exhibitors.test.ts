import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImageFunction } from 'astro-pavilion/tools';
// The entry schema is not in astro-pavilion/tools until the directory feature lands: the test reads it by path.
import { exhibitorSchema } from '../../pavilion/schemas/exhibitor.ts';
import type { ExhibitorsOptions } from './exhibitor-options.ts';
import { formatExhibitorReport, summaryLine } from './exhibitor-report.ts';
import { gbk, xlsxFile } from './exhibitor-test-sheets.ts';
import { importExhibitors, type ExhibitorImportOptions } from './import-exhibitors.ts';
import { tempProject } from './test-utils.ts';

const EXHIBITORS: ExhibitorsOptions = {
	sectors: {
		robotics: { zh: '工业机器人', en: 'Industrial robotics' },
		logistics: { zh: '智能物流', en: 'Smart logistics' },
		vision: { zh: '机器视觉', en: 'Machine vision' },
	},
	halls: {
		'hall-1': { name: { zh: '1号馆', en: 'Hall 1' } },
		'hall-2': { name: { zh: '2号馆', en: 'Hall 2' } },
	},
};
const schema = exhibitorSchema({
	image: (() => z.string()) as unknown as ImageFunction,
	localeKeys: ['zh', 'en'],
	defaultLocale: 'zh',
	sectors: Object.keys(EXHIBITORS.sectors),
	halls: Object.keys(EXHIBITORS.halls),
});

const project = tempProject();
afterAll(() => project.remove());
let sites = 0;
/** A new project folder with the sheet written into it. */
function site(sheetName: string, bytes: Uint8Array): { root: string; sheet: string; folder: string } {
	const root = join(project.root, `site-${++sites}`);
	mkdirSync(root, { recursive: true });
	const sheet = join(root, sheetName);
	writeFileSync(sheet, bytes);
	return { root, sheet, folder: join(root, 'site', 'exhibitors') };
}
const run = (root: string, sheet: string, changed: Partial<ExhibitorImportOptions> = {}) =>
	importExhibitors({
		sheet,
		root,
		columns: {},
		locales: ['zh', 'en'],
		defaultLocale: 'zh',
		exhibitors: EXHIBITORS,
		dryRun: false,
		...changed,
	});
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
const entry = (folder: string, slug: string) => readFileSync(join(folder, `${slug}.yaml`), 'utf8');
const valid = (folder: string) =>
	readdirSync(folder).map((name) => [name, schema.safeParse(parse(readFileSync(join(folder, name), 'utf8'))).error?.issues ?? []]);

/** Day one: the registration system's export, with a title, a merged group row, stands typed as numbers, a date, a hidden id column. */
const dayOne = xlsxFile({
	name: '展商名单',
	rows: [
		['第七届青潭国际智能装备博览会 展商名单（导出时间：2026-12-01 17:05）'],
		['基本信息', null, null, null, '展位信息', null, '联系方式', null, '报名'],
		['展商编号', '展商名称', '英文名称', '国家/地区', '展馆', '展位号', '所属行业', '网址', '报名日期'],
		[
			'QT-0012',
			'青潭澜启机器人有限公司',
			'Lanqi Robotics',
			'中国',
			'1号馆',
			'1A05',
			'工业机器人、机器视觉',
			'www.lanqi.example.com',
			new Date(Date.UTC(2026, 10, 20)),
		],
		[
			'QT-0013',
			'驰衡智能物流有限公司',
			'Chiheng Logistics',
			'CN',
			2,
			201,
			'智能物流',
			'https://chiheng.example.com',
			new Date(Date.UTC(2026, 10, 21)),
		],
		['QT-0014', 'Optikwerk GmbH', 'Optikwerk GmbH', '德国', 'Hall 1', 105, 'Machine vision', null, new Date(Date.UTC(2026, 10, 22))],
		[
			'QT-0015',
			'临江精密传动股份有限公司',
			'Linjiang Precision Drives',
			'中国',
			'2号馆',
			'2B08',
			'工业机器人',
			null,
			new Date(Date.UTC(2026, 10, 23)),
		],
	],
	merges: ['A1:I1', 'A2:D2', 'E2:F2', 'G2:H2'],
	hiddenColumns: ['A'],
	emptyRowsAfter: 4,
});

describe('importExhibitors: the first sheet', () => {
	it('writes one entry per row of an XLSX export, named from the English name, valid for the theme', async () => {
		const { root, sheet, folder } = site('展商名单.xlsx', dayOne);
		const report = await run(root, sheet);
		expect(readdirSync(folder).sort()).toEqual([
			'chiheng-logistics.yaml',
			'lanqi-robotics.yaml',
			'linjiang-precision-drives.yaml',
			'optikwerk-gmbh.yaml',
		]);
		expect(entry(folder, 'lanqi-robotics')).toBe(
			`name: { zh: 青潭澜启机器人有限公司, en: Lanqi Robotics }
stand: { hall: hall-1, number: 1A05 }
sectors: [ robotics, vision ]
region: CN
website: https://www.lanqi.example.com
`,
		);
		// A stand typed as a number is text, quoted so that it stays text.
		expect(entry(folder, 'optikwerk-gmbh')).toContain('stand: { hall: hall-1, number: "105" }');
		expect(entry(folder, 'chiheng-logistics')).toContain('stand: { hall: hall-2, number: "201" }');
		expect(valid(folder)).toEqual(readdirSync(folder).map((name) => [name, []]));
		expect(report).toMatchObject({
			read: 'XLSX, sheet "展商名单"',
			headerRow: 3,
			rows: 4,
			notes: [
				'columns not read: 报名日期',
				'stand numbers typed as numbers in the workbook (row 5, 6): check them, a leading zero Excel dropped cannot be known',
			],
		});
		expect(summaryLine(report)).toBe('4 added, 0 updated, 0 unchanged, 0 rows refused, 0 not in the sheet.');
		expect(formatExhibitorReport(report)).toContain('added    site/exhibitors/lanqi-robotics.yaml (row 4)');
	});

	it('reads a CSV saved by Excel as GBK, and says so', async () => {
		const csv = gbk(
			'展商名称,英文名称,展馆,展位号,所属行业,国家地区\r\n青潭澜启机器人有限公司,Lanqi Robotics,1号馆,1A05,工业机器人,中国\r\n',
		);
		const { root, sheet, folder } = site('展商名单.csv', csv);
		const report = await run(root, sheet);
		expect(report.read).toBe('CSV, GBK (GB18030)');
		expect(parse(entry(folder, 'lanqi-robotics'))).toMatchObject({ name: { zh: '青潭澜启机器人有限公司', en: 'Lanqi Robotics' } });
	});

	it('names a file by the registration id when the sheet has no English name', async () => {
		const csv = withBom('报名编号,展商名称,展馆,展位号,所属行业,国家\n QT-0031 ,青潭数控刀具厂,2,2C11,工业机器人,中国\n');
		const { root, sheet, folder } = site('list.csv', csv);
		await run(root, sheet);
		expect(parse(entry(folder, 'exhibitor-qt-0031'))).toEqual({
			name: { zh: '青潭数控刀具厂' },
			stand: { hall: 'hall-2', number: '2C11' },
			sectors: ['robotics'],
			region: 'CN',
		});
	});

	it('reads headers the table does not know with --columns', async () => {
		const csv = withBom(
			'参展企业,Company (EN),Booth,Hall No,Industry,Country\n驰衡智能物流有限公司,Chiheng Logistics,201,Hall 2,Smart logistics,China\n',
		);
		const { root, sheet, folder } = site('list.csv', csv);
		const columns = { 参展企业: 'name.zh', 'Company (EN)': 'name.en', 'Hall No': 'stand.hall', Industry: 'sectors' };
		const report = await run(root, sheet, { columns });
		expect(report.refused).toEqual([]);
		expect(parse(entry(folder, 'chiheng-logistics'))).toEqual({
			name: { zh: '驰衡智能物流有限公司', en: 'Chiheng Logistics' },
			stand: { hall: 'hall-2', number: '201' },
			sectors: ['logistics'],
			region: 'CN',
		});
	});

	it('stops before writing anything when the columns cannot be read', async () => {
		const { root, sheet, folder } = site('list.csv', withBom('公司,展位号\n驰衡,201\n'));
		await expect(run(root, sheet)).rejects.toThrow(
			/list\.csv: no column gives the exhibitor's name; expected one headed 展商名称 or 英文名称/,
		);
		expect(existsSync(folder)).toBe(false);
	});
});

describe('importExhibitors: refused rows', () => {
	const csv = withBom(
		[
			'展商名称,英文名称,展馆,展位号,所属行业,国家/地区,网址,电子邮箱',
			'青潭澜启机器人有限公司,Lanqi Robotics,1号馆,1A05,工业机器人,中国,lanqi.example.com,info@lanqi.example.com',
			',,1号馆,1A06,工业机器人,中国,,',
			'临江激光科技,Linjiang Laser,1号馆,1A07,激光加工、工业机器人,中国,,',
			'北辰传感,Beichen Sensors,5号馆,5A01,机器视觉,中国,,',
			'江畔软件,Jiangpan Software,2号馆,2A01,机器视觉,中国,javascript:alert(1),',
			'青潭数控,Qingtan CNC,1号馆,1a05,工业机器人,中国,,',
			'青潭澜启机器人有限公司,Lanqi Robotics Group,2号馆,2A09,工业机器人,中国,,',
			'东岸自动化,,2号馆,2A10,工业机器人,中国,,',
			'云杉物流,Yunshan Logistics,2号馆,2A11,智能物流,,,',
			'南湖机械,Nanhu Machinery,2号馆,2A12,工业机器人,亚特兰蒂斯,,sales#nanhu',
			'',
			'合计：10家,,,,,,,',
		].join('\r\n'),
	);

	it('refuses each row it cannot use, with its row number and the reason, and imports the others', async () => {
		const { root, sheet, folder } = site('展商名单.csv', csv);
		const report = await run(root, sheet);
		expect(report.refused).toEqual([
			{ row: 3, reasons: ['no name: 展商名称 and 英文名称 are empty'] },
			{
				row: 4,
				reasons: [
					'sector "激光加工" (in "激光加工、工业机器人") is not one of the site\'s sectors; expected one of robotics (工业机器人 / Industrial robotics), logistics (智能物流 / Smart logistics), vision (机器视觉 / Machine vision)',
				],
			},
			{
				row: 5,
				reasons: ['hall "5号馆" is not one of the site\'s halls; expected one of hall-1 (1号馆 / Hall 1), hall-2 (2号馆 / Hall 2)'],
			},
			{
				row: 6,
				reasons: ['website "javascript:alert(1)" is not a web address; expected one such as https://www.example.com (http or https)'],
			},
			{ row: 7, reasons: ['stand "1a05" in hall-1 is also row 2\'s; expected one exhibitor per stand'] },
			{ row: 8, reasons: ['the name "青潭澜启机器人有限公司" is also row 2\'s; expected one row per exhibitor'] },
			{
				row: 9,
				reasons: [
					'no English name or id to name its file; expected the English name (英文名称) or the registration id (展商编号) in the sheet, or an entry with this Chinese name',
				],
			},
			{ row: 10, reasons: ['a new exhibitor needs region, which the row does not give'] },
			{
				row: 11,
				reasons: [
					'region "亚特兰蒂斯" is neither an ISO 3166 code nor a country or region name; expected one such as CN, 中国, DE or Germany',
					'e-mail "sales#nanhu" is not an e-mail address; expected one such as info@example.com',
				],
			},
			// A total below the list has a "name" and nothing else.
			{
				row: 13,
				reasons: [
					'no English name or id to name its file; expected the English name (英文名称) or the registration id (展商编号) in the sheet, or an entry with this Chinese name',
				],
			},
		]);
		expect(readdirSync(folder)).toEqual(['lanqi-robotics.yaml']);
		const text = formatExhibitorReport(report);
		expect(text).toContain('  ! row 7: stand "1a05" in hall-1 is also row 2\'s; expected one exhibitor per stand');
		expect(text).toContain('1 added, 0 updated, 0 unchanged, 10 rows refused, 0 not in the sheet.');
		expect(text).toMatch(/The other rows were imported\. Fix the refused rows in the sheet and import it again/);
		// Nothing of a row but the value a reason is about: no other names, no e-mail addresses.
		expect(text).not.toContain('info@lanqi.example.com');
		expect(text).not.toContain('北辰传感');
	});

	it('writes nothing on a dry run and prints the same report', async () => {
		const { root, sheet, folder } = site('展商名单.csv', csv);
		const dry = formatExhibitorReport(await run(root, sheet, { dryRun: true }));
		expect(existsSync(folder)).toBe(false);
		const real = formatExhibitorReport(await run(root, sheet));
		expect(dry.replace('\nDry run: nothing was written.', '')).toBe(real.replace(/\nThe other rows were imported\..*$/, ''));
	});
});

describe('importExhibitors: the next sheet', () => {
	it('updates what changed, adds the new, reports the missing, and keeps what the organizer wrote', async () => {
		const { root, sheet, folder } = site('day1.xlsx', dayOne);
		await run(root, sheet);
		// The press office adds a logo, a description and comments to one entry between the two sheets.
		const edited = `# Checked with the exhibitor on 2026-12-02.
name: { zh: 青潭澜启机器人有限公司, en: Lanqi Robotics } # legal name, as registered
stand: { hall: hall-1, number: 1A05 }
sectors: [ robotics, vision ]
region: CN
website: https://www.lanqi.example.com
logo: ./logos/lanqi-robotics.png
# Written by the press office; the sheet has no description.
description:
  zh: 澜启专注协作机器人与视觉引导系统。
  en: Lanqi builds collaborative robots and vision-guided systems.
`;
		writeFileSync(join(folder, 'lanqi-robotics.yaml'), edited);
		const optikwerk = entry(folder, 'optikwerk-gmbh');

		// Day two, as CSV: Lanqi moved stand and gained a sector and products, Chiheng corrected its
		// English name, Optikwerk is unchanged, Linjiang withdrew, Beichen is new.
		const dayTwo = withBom(
			[
				'展商编号,展商名称,英文名称,国家/地区,展馆,展位号,所属行业,网址,主要展品',
				'QT-0012,青潭澜启机器人有限公司,Lanqi Robotics,中国,1号馆,1A09,工业机器人、机器视觉、智能物流,www.lanqi.example.com,协作机器人、视觉引导系统',
				'QT-0013,驰衡智能物流有限公司,Chiheng Intelligent Logistics,CN,2,201,智能物流,https://chiheng.example.com,',
				'QT-0014,Optikwerk GmbH,Optikwerk GmbH,德国,Hall 1,105,Machine vision,,',
				'QT-0016,北辰传感技术有限公司,Beichen Sensors,中国,2号馆,2B08,机器视觉,,',
			].join('\n'),
		);
		writeFileSync(join(root, 'day2.csv'), dayTwo);
		const report = await run(root, join(root, 'day2.csv'));

		expect(entry(folder, 'lanqi-robotics')).toBe(`# Checked with the exhibitor on 2026-12-02.
name: { zh: 青潭澜启机器人有限公司, en: Lanqi Robotics } # legal name, as registered
stand: { hall: hall-1, number: 1A09 }
sectors: [ robotics, vision, logistics ]
region: CN
website: https://www.lanqi.example.com
logo: ./logos/lanqi-robotics.png
# Written by the press office; the sheet has no description.
description:
  zh: 澜启专注协作机器人与视觉引导系统。
  en: Lanqi builds collaborative robots and vision-guided systems.
products:
  zh: [ 协作机器人, 视觉引导系统 ]
`);
		expect(entry(folder, 'optikwerk-gmbh')).toBe(optikwerk);
		// Found by its Chinese name: the file keeps its name, and the English name changes inside it.
		expect(existsSync(join(folder, 'chiheng-intelligent-logistics.yaml'))).toBe(false);
		expect(parse(entry(folder, 'chiheng-logistics'))).toMatchObject({ name: { en: 'Chiheng Intelligent Logistics' } });
		// Never deleted.
		expect(existsSync(join(folder, 'linjiang-precision-drives.yaml'))).toBe(true);
		expect(valid(folder)).toEqual(readdirSync(folder).map((name) => [name, []]));

		const text = formatExhibitorReport(report);
		expect(text).toContain('updated  site/exhibitors/lanqi-robotics.yaml (row 2): stand.number, sectors, products.zh');
		expect(text).toContain(
			'updated  site/exhibitors/chiheng-logistics.yaml (row 3): name.en\n    - found by its Chinese name: the English name gives chiheng-intelligent-logistics, the file keeps its name (and its URL)',
		);
		expect(text).toContain('added    site/exhibitors/beichen-sensors.yaml (row 5)');
		expect(text).toContain(
			"No longer in the sheet (not deleted; remove the file if the exhibitor withdrew):\n  site/exhibitors/linjiang-precision-drives.yaml (its stand is row 5's now)",
		);
		expect(summaryLine(report)).toBe('1 added, 2 updated, 1 unchanged, 0 rows refused, 1 not in the sheet.');
	});

	it('keeps one text for every language where the sheet gives only one', async () => {
		const { root, sheet, folder } = site(
			'list.csv',
			withBom('展商名称,英文名称,展馆,展位号,所属行业,国家,主要展品\n临江视觉,Linjiang Vision,1,1C01,机器视觉,中国,工业相机\n'),
		);
		mkdirSync(folder, { recursive: true });
		writeFileSync(
			join(folder, 'linjiang-vision.yaml'),
			'name: { zh: 临江视觉, en: Linjiang Vision }\nstand: { hall: hall-1, number: 1C01 }\nsectors: [vision]\nregion: CN\nproducts: [Industrial cameras, Lenses]\n',
		);
		await run(root, sheet);
		expect(parse(entry(folder, 'linjiang-vision'))).toMatchObject({ products: { zh: ['工业相机'], en: ['Industrial cameras', 'Lenses'] } });
	});

	it('leaves alone entries that lead out of the project, and refuses the rows that would write them', async () => {
		const { root, sheet, folder } = site('day1.xlsx', dayOne);
		const outside = join(project.root, 'outside.yaml');
		writeFileSync(outside, 'name: 外部文件\n');
		mkdirSync(folder, { recursive: true });
		symlinkSync(outside, join(folder, 'lanqi-robotics.yaml'));
		const report = await run(root, sheet);
		expect(report.refused).toEqual([
			{ row: 4, reasons: ['its entry site/exhibitors/lanqi-robotics.yaml is a link out of the project: left alone'] },
		]);
		expect(readFileSync(outside, 'utf8')).toBe('name: 外部文件\n');

		const linked = site('day1.xlsx', dayOne);
		mkdirSync(join(linked.root, 'site'));
		symlinkSync(project.root, linked.folder);
		await expect(run(linked.root, linked.sheet)).rejects.toThrow('site/exhibitors leads out of the project; expected a folder inside it');
	});
});
