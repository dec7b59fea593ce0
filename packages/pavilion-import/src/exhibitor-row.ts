/**
 * One row of the exhibitor sheet as the values of an entry, by field, with every reason the row
 * cannot be used. An empty cell gives nothing: it never removes what an entry already holds.
 */
import type { ExhibitorField } from './exhibitor-columns.ts';
import { emailOf, matchHall, matchSectors, splitList, websiteOf, type CellResult } from './exhibitor-cells.ts';
import type { ExhibitorsOptions } from './exhibitor-options.ts';
import type { SheetRow } from './exhibitor-sheet-rows.ts';
import { regionCode } from './region-codes.ts';
import { clip } from './report.ts';

/** The fields an entry holds; `id` only names a file. */
export type EntryField = Exclude<ExhibitorField, 'id'>;
/** Text, or a list for sectors and products. */
export type EntryValue = string | string[];

export interface Column {
	index: number;
	field: ExhibitorField;
	/** As the sheet heads it, for the report. */
	header: string;
}

export interface ExhibitorRow {
	row: number;
	values: Partial<Record<EntryField, EntryValue>>;
	/** The registration system's id of the exhibitor, when the sheet has the column. */
	id?: string | undefined;
	problems: string[];
}

function cellValue(field: ExhibitorField, cell: string, exhibitors: ExhibitorsOptions): CellResult<EntryValue> {
	switch (field) {
		case 'sectors':
			return matchSectors(cell, exhibitors.sectors);
		case 'stand.hall':
			return matchHall(cell, exhibitors.halls);
		case 'region': {
			const code = regionCode(cell);
			return code
				? { value: code }
				: {
						problem: `region "${clip(cell, 80)}" is neither an ISO 3166 code nor a country or region name; expected one such as CN, 中国, DE or Germany`,
					};
		}
		case 'website':
			return websiteOf(cell);
		case 'contact.email':
			return emailOf(cell);
		case 'products.zh':
		case 'products.en':
			return { value: splitList(cell) };
		default:
			return { value: cell };
	}
}

export function readExhibitorRow({ row, cells }: SheetRow, columns: readonly Column[], exhibitors: ExhibitorsOptions): ExhibitorRow {
	const read: ExhibitorRow = { row, values: {}, problems: [] };
	for (const { index, field } of columns) {
		const cell = cells[index]?.trim() ?? '';
		if (cell === '') continue;
		if (field === 'id') {
			read.id = cell;
			continue;
		}
		const result = cellValue(field, cell, exhibitors);
		if ('problem' in result) read.problems.push(result.problem);
		else read.values[field] = result.value;
	}
	if (read.values['name.zh'] === undefined && read.values['name.en'] === undefined) {
		const named = columns.filter(({ field }) => field === 'name.zh' || field === 'name.en').map(({ header }) => header);
		read.problems.unshift(`no name: ${named.join(' and ')} ${named.length === 1 ? 'is' : 'are'} empty`);
	}
	return read;
}
