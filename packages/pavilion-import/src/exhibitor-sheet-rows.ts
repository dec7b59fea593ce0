/**
 * What the CSV and XLSX readers give: the header row and the data rows below it, each with its row
 * number as the spreadsheet shows it, so that the report says "row 7" and the organizer finds it.
 *
 * Exports put rows above the headers: a title ("第七届青潭智博会 展商名单 2026-12-01"), a merged
 * group row ("基本信息 | 展位信息"). The header row is the first of the first ten filled rows in
 * which a column gives the exhibitor's name, by the known headers or `--columns`; without one, the
 * first filled row, so that the column check names what it found there.
 */
import { mapColumns } from './exhibitor-columns.ts';

export interface SheetRow {
	/** The row's number in the sheet: 1 is the first line of the file or the first row of the sheet. */
	row: number;
	/** Cells as text, trimmed. */
	cells: string[];
	/** The columns whose cell was a number in the workbook (XLSX only), where a leading zero may be lost. */
	numbers?: number[];
}

export interface SheetRows {
	headers: string[];
	/** The header row's number. */
	headerRow: number;
	/** The filled rows below the header row. */
	rows: SheetRow[];
}

/** How many filled rows are searched for the header row. */
const HEADER_SEARCH = 10;

/** Whether a column of this row, taken as headers, gives the exhibitor's name. */
export const givesName = (cells: readonly string[], columns: Readonly<Record<string, string>> = {}): boolean =>
	[...mapColumns(cells, columns).fields.values()].some((field) => field === 'name.zh' || field === 'name.en');

/** Split a sheet's rows (empty ones included or not) at its header row. */
export function atHeaderRow(records: readonly SheetRow[], columns: Readonly<Record<string, string>> = {}): SheetRows {
	const filled = records.filter(({ cells }) => cells.some((cell) => cell !== ''));
	const index = Math.max(
		0,
		filled.slice(0, HEADER_SEARCH).findIndex(({ cells }) => givesName(cells, columns)),
	);
	const header = filled[index];
	if (!header) return { headers: [], headerRow: 0, rows: [] };
	return { headers: header.cells, headerRow: header.row, rows: filled.slice(index + 1) };
}
