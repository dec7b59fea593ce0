/**
 * A registration system's exhibitor list saved as CSV, read into a header row and data rows with
 * their row numbers in the file (for the report); rows above the header row (a title) are passed
 * over as exhibitor-sheet-rows.ts says. Excel in Chinese saves CSV as GBK, or as UTF-8
 * with a byte-order mark; other systems write UTF-8 without one. The bytes are read as UTF-8 when
 * they are valid UTF-8, else with the GB18030 decoder (which covers GBK and GB2312), and the sheet
 * says which, so the report can. csv-parse reads the quoting, commas and line breaks inside
 * quoted cells as RFC 4180 has them.
 */
import { parse } from 'csv-parse/sync';
import { atHeaderRow, type SheetRows } from './exhibitor-sheet-rows.ts';

export interface CsvSheet extends SheetRows {
	/** The decoder used: "utf-8" or "gb18030". */
	charset: 'utf-8' | 'gb18030';
}

/** `columns` is `--columns` (header → field), which also tells which row holds the headers. */
export function readCsvSheet(bytes: Uint8Array, columns: Readonly<Record<string, string>> = {}): CsvSheet {
	let text: string;
	let charset: CsvSheet['charset'] = 'utf-8';
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		text = new TextDecoder('gb18030').decode(bytes);
		charset = 'gb18030';
	}
	// A row as a spreadsheet numbers it: a cell with a line break inside is still one row, and an
	// empty line is an empty row, skipped but counted.
	const parsed: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
	const records = parsed.map((cells, index) => ({ row: index + 1, cells: cells.map((cell) => cell.trim()) }));
	return { ...atHeaderRow(records, columns), charset };
}
