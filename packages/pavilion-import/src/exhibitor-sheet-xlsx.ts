/**
 * A registration system's exhibitor list as an .xlsx file, read into the same header row and data
 * rows as a CSV (exhibitor-sheet-rows.ts), with read-excel-file (ESM, maintained; npm's `xlsx`
 * stopped at 0.18.5 with CVE-2023-30533 unfixed there).
 *
 * Every cell becomes text, as a CSV would hold it: a stand typed as a number (105) is "105", never
 * "105.0" (a leading zero Excel dropped cannot be known, so none is added); a date is "2026-11-20",
 * with the time when it has one. Merged cells hold their value in the first cell and nothing in the
 * others; hidden columns and rows are read like the rest, since hiding is a way of looking at a
 * sheet, not of leaving data out. The first sheet with a header row is read.
 */
import readXlsxFile from 'read-excel-file/node';
import { atHeaderRow, givesName, type SheetRows } from './exhibitor-sheet-rows.ts';

export interface XlsxSheet extends SheetRows {
	/** The name of the sheet read. */
	sheet: string;
}

// The library's types name the Date constructor where it means a Date: the value is checked here.
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
	}
	// Numbers print without a trailing ".0" and booleans as TRUE/FALSE, as Excel shows them.
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' ? value.trim() : '';
}

/** `columns` is `--columns` (header → field), which also tells which row holds the headers. */
export async function readXlsxSheet(bytes: Uint8Array, columns: Readonly<Record<string, string>> = {}): Promise<XlsxSheet> {
	const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
	let first: XlsxSheet | undefined;
	for (const { sheet, data } of sheets) {
		// The library gives row n of the sheet at index n − 1, empty rows as empty arrays.
		const records = data.map((cells, index) => {
			const numbers = cells.flatMap((cell, column) => (typeof cell === 'number' ? [column] : []));
			return { row: index + 1, cells: cells.map(cellText), ...(numbers.length > 0 && { numbers }) };
		});
		const read = { ...atHeaderRow(records, columns), sheet };
		first ??= read;
		if (givesName(read.headers, columns)) return read;
	}
	return first ?? { headers: [], headerRow: 0, rows: [], sheet: '' };
}
