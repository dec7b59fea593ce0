import { describe, expect, it } from 'vitest';
import { readCsvSheet } from './exhibitor-sheet-csv.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** "展商名称,展位号\r\n青潭机器人,1A05\r\n" as Excel in Chinese saves it: GBK. */
const GBK = Uint8Array.from([
	213, 185, 201, 204, 195, 251, 179, 198, 44, 213, 185, 206, 187, 186, 197, 13, 10, 199, 224, 204, 182, 187, 250, 198, 247, 200, 203, 44,
	49, 65, 48, 53, 13, 10,
]);

describe('readCsvSheet', () => {
	it('reads UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8"', () => {
		const sheet = readCsvSheet(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('展商名称,展位号\r\n青潭机器人,1A05\r\n')]));
		expect(sheet).toEqual({
			headers: ['展商名称', '展位号'],
			headerRow: 1,
			rows: [{ row: 2, cells: ['青潭机器人', '1A05'] }],
			charset: 'utf-8',
		});
	});
	it('reads GBK, as Excel in Chinese saves plain CSV, and says so', () => {
		expect(readCsvSheet(GBK)).toEqual({
			headers: ['展商名称', '展位号'],
			headerRow: 1,
			rows: [{ row: 2, cells: ['青潭机器人', '1A05'] }],
			charset: 'gb18030',
		});
	});
	it('numbers rows as the spreadsheet does: quoted line breaks stay in one row, empty rows count', () => {
		const sheet = readCsvSheet(utf8('展商名称,简介\n"青潭机器人","协作机器人，\n以及视觉系统"\n\n"驰衡物流, Ltd.",仓储\n'));
		expect(sheet.rows).toEqual([
			{ row: 2, cells: ['青潭机器人', '协作机器人，\n以及视觉系统'] },
			{ row: 4, cells: ['驰衡物流, Ltd.', '仓储'] },
		]);
	});
	it('gives an empty sheet for an empty file', () => {
		expect(readCsvSheet(new Uint8Array())).toEqual({ headers: [], headerRow: 0, rows: [], charset: 'utf-8' });
	});
	it('finds the header row below a title and a group row, or with --columns', () => {
		const csv = utf8('第七届青潭智博会展商名单（2026-12-01导出）,,\n基本信息,,展位信息\n序号,展商名称,展位号\n1,青潭机器人,1A05\n');
		expect(readCsvSheet(csv)).toMatchObject({ headers: ['序号', '展商名称', '展位号'], headerRow: 3, rows: [{ row: 4 }] });
		const own = utf8('参展企业名单,\n参展企业,展位号\n青潭机器人,1A05\n');
		expect(readCsvSheet(own, { 参展企业: 'name.zh' })).toMatchObject({ headerRow: 2, rows: [{ row: 3 }] });
		// Without a name column in the first ten filled rows, the first filled row is taken, for the column check to name.
		expect(readCsvSheet(own)).toMatchObject({ headers: ['参展企业名单', ''], headerRow: 1 });
	});
});
