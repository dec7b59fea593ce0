import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExhibitorSheet } from './exhibitor-sheet.ts';
import { xlsxFile } from './exhibitor-test-sheets.ts';
import { tempProject } from './test-utils.ts';

const project = tempProject();
afterAll(() => project.remove());
const file = (name: string, bytes: Uint8Array | string) => {
	const path = join(project.root, name);
	writeFileSync(path, bytes);
	return path;
};
const SAVE_AS = 'open it in Excel or WPS and save it as .xlsx (or as CSV UTF-8)';

describe('readExhibitorSheet', () => {
	it('tells XLSX from CSV by the bytes, whatever the name says', async () => {
		const xlsx = xlsxFile({
			name: 'Sheet1',
			rows: [
				['展商名称', '展位号'],
				['青潭机器人', '1A05'],
			],
		});
		expect(await readExhibitorSheet(file('export.xls', xlsx), {})).toMatchObject({ read: 'XLSX, sheet "Sheet1"', rows: [{ row: 2 }] });
		expect(await readExhibitorSheet(file('export.txt', '展商名称,展位号\n青潭机器人,1A05\n'), {})).toMatchObject({ read: 'CSV, UTF-8' });
	});
	it('names what it cannot read and what to do', async () => {
		const binary = file('old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
		await expect(readExhibitorSheet(binary, {})).rejects.toThrow(
			`${binary} is an Excel 97–2003 workbook (.xls) or has a password, which this command cannot read; ${SAVE_AS}`,
		);
		const html = file('table.xls', '<html><body><table><tr><td>展商名称</td></tr></table></body></html>');
		await expect(readExhibitorSheet(html, {})).rejects.toThrow(`${html} is a web page or XML saved under a spreadsheet's name`);
		const text = file('notes.xlsx', '展商名称\n');
		await expect(readExhibitorSheet(text, {})).rejects.toThrow(`${text} is not an Excel workbook despite its name; ${SAVE_AS}`);
		const broken = file('broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		await expect(readExhibitorSheet(broken, {})).rejects.toThrow(new RegExp(`^${broken} could not be read as an \\.xlsx file \\(`));
	});
});
