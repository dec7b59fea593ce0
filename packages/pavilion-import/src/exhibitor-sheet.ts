/**
 * The exhibitor sheet the organizer was sent, CSV or XLSX, told apart by its bytes rather than its
 * name: registration systems name an .xlsx ".xls", and an old binary .xls or an HTML table saved
 * as .xls cannot be read and is named as such, with what to do.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readCsvSheet } from './exhibitor-sheet-csv.ts';
import type { SheetRows } from './exhibitor-sheet-rows.ts';
import { readXlsxSheet } from './exhibitor-sheet-xlsx.ts';

export interface ReadSheet extends SheetRows {
	/** How it was read, for the report: "CSV, UTF-8", "CSV, GBK (GB18030)", 'XLSX, sheet "展商名单"'. */
	read: string;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
const SAVE_AS = 'open it in Excel or WPS and save it as .xlsx (or as CSV UTF-8)';

export async function readExhibitorSheet(file: string, columns: Readonly<Record<string, string>>): Promise<ReadSheet> {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch {
		throw new Error(`${file} was not found or cannot be read; expected the exhibitor list as .xlsx or .csv`);
	}
	if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
		const sheet = await readXlsxSheet(bytes, columns).catch((error: unknown) => {
			throw new Error(`${file} could not be read as an .xlsx file (${error instanceof Error ? error.message : String(error)}); ${SAVE_AS}`);
		});
		return { ...sheet, read: `XLSX, sheet "${sheet.sheet}"` };
	}
	if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
		throw new Error(`${file} is an Excel 97–2003 workbook (.xls) or has a password, which this command cannot read; ${SAVE_AS}`);
	const start = new TextDecoder()
		.decode(bytes.subarray(0, 512))
		.replace(/^\uFEFF/, '')
		.trimStart();
	if (/^<(!doctype|html|table|\?xml)/i.test(start))
		throw new Error(`${file} is a web page or XML saved under a spreadsheet's name, not a sheet this command reads; ${SAVE_AS}`);
	if (['.xlsx', '.xlsm', '.xls'].includes(extname(file).toLowerCase()))
		throw new Error(`${file} is not an Excel workbook despite its name; ${SAVE_AS}`);
	const sheet = readCsvSheet(bytes, columns);
	return { ...sheet, read: `CSV, ${sheet.charset === 'utf-8' ? 'UTF-8' : 'GBK (GB18030)'}` };
}
