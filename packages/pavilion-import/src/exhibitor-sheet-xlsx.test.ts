import { describe, expect, it } from 'vitest';
import { readXlsxSheet } from './exhibitor-sheet-xlsx.ts';
import { xlsxFile } from './exhibitor-test-sheets.ts';

/** The first sheet of an export as registration systems write it: a title, a merged group row, then the headers. */
const exported = xlsxFile({
	name: '展商名单',
	rows: [
		['第七届青潭国际智能装备博览会 展商名单（导出时间：2026-12-01 17:05）', null, null, null, null, null, null],
		['基本信息', null, null, '展位信息', null, '报名信息', null],
		['展商编号', '展商名称', '英文名称', '展馆', '展位号', '报名日期', '确认时间'],
		[
			'QT-0012',
			'青潭澜启机器人有限公司',
			'Lanqi Robotics',
			'1号馆',
			105,
			new Date(Date.UTC(2026, 10, 20)),
			new Date(Date.UTC(2026, 10, 21, 9, 30)),
		],
		['QT-0013', '驰衡智能物流有限公司', null, 2, '2B01', null, null],
		['QT-0014', '临江视觉科技', 'Linjiang Vision', '1号馆', 2.5, null, null],
	],
	merges: ['A1:G1', 'A2:C2', 'D2:E2', 'F2:G2'],
	hiddenColumns: ['A'],
	emptyRowsAfter: 3,
});

describe('readXlsxSheet', () => {
	it('reads an export: title and group rows passed over, numbers and dates as text, the hidden column read, the empty rows left', async () => {
		expect(await readXlsxSheet(exported)).toEqual({
			sheet: '展商名单',
			headers: ['展商编号', '展商名称', '英文名称', '展馆', '展位号', '报名日期', '确认时间'],
			headerRow: 3,
			rows: [
				{
					row: 4,
					cells: ['QT-0012', '青潭澜启机器人有限公司', 'Lanqi Robotics', '1号馆', '105', '2026-11-20', '2026-11-21 09:30'],
					numbers: [4],
				},
				{ row: 5, cells: ['QT-0013', '驰衡智能物流有限公司', '', '2', '2B01', '', ''], numbers: [3] },
				{ row: 6, cells: ['QT-0014', '临江视觉科技', 'Linjiang Vision', '1号馆', '2.5', '', ''], numbers: [4] },
			],
		});
	});
	it('reads the first sheet that has the exhibitors, and --columns headers', async () => {
		const workbook = xlsxFile(
			{ name: '说明', rows: [['导出说明：本表由报名系统生成'], ['请勿修改表头']] },
			{
				name: 'Sheet2',
				rows: [
					['参展企业', 'Stand'],
					['驰衡智能物流有限公司', '2B01'],
				],
			},
		);
		expect(await readXlsxSheet(workbook, { 参展企业: 'name.zh' })).toMatchObject({ sheet: 'Sheet2', headerRow: 1, rows: [{ row: 2 }] });
		// No sheet has a name column: the first sheet's first row, for the column check to name.
		expect(await readXlsxSheet(workbook)).toMatchObject({ sheet: '说明', headers: ['导出说明：本表由报名系统生成'] });
	});
});
