/**
 * `pavilion-import exhibitors <sheet>`: the registration system's exhibitor list into one entry per
 * exhibitor under site/exhibitors/, run again with each new export. A row is matched to its entry
 * by file name (from the English name, else the id), else by its Chinese name, so that a corrected
 * English name updates the same entry; only the fields the sheet gives change. A row that cannot
 * be used is refused with its row number and the reason, and the others are imported. Entries the
 * sheet no longer lists are reported, never deleted: a withdrawn exhibitor is the organizer's call.
 */
import { join, relative } from 'node:path';
import { Document } from 'yaml';
import { mapColumns } from './exhibitor-columns.ts';
import { applyRow, type EntryLocales } from './exhibitor-entry.ts';
import { readEntries, writeEntry, type ExistingEntry } from './exhibitor-files.ts';
import type { ExhibitorsOptions } from './exhibitor-options.ts';
import type { ExhibitorImportReport, WrittenEntry } from './exhibitor-report.ts';
import { readExhibitorRow, type Column, type ExhibitorRow } from './exhibitor-row.ts';
import { readExhibitorSheet } from './exhibitor-sheet.ts';
import { exhibitorSlug } from './exhibitor-slug.ts';
import { clip } from './report.ts';

export interface ExhibitorImportOptions extends EntryLocales {
	/** The sheet, .xlsx or .csv. */
	sheet: string;
	/** The project root; entries go to site/exhibitors/ under it. */
	root: string;
	/** `--columns`: header → field, for headers the known table does not have. */
	columns: Readonly<Record<string, string>>;
	exhibitors: ExhibitorsOptions;
	dryRun: boolean;
}

/** The fields a new entry cannot do without (packages/pavilion/schemas/exhibitor.ts). */
const REQUIRED = ['stand.hall', 'stand.number', 'sectors', 'region'] as const;

/** Names, stands and files compared as people mean them: "青潭 机器人" is "青潭机器人", "LANQI" is "Lanqi". */
const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const text = (row: ExhibitorRow, field: 'name.zh' | 'name.en' | 'stand.hall' | 'stand.number') => {
	const value = row.values[field];
	return typeof value === 'string' ? value : undefined;
};

/** The first row of the sheet that gave a key, to name it when another row gives the same. */
class FirstRows {
	private readonly rows = new Map<string, number>();
	/** The earlier row with this key, after noting this row as its first when there is none. */
	earlier(key: string, row: number): number | undefined {
		const first = this.rows.get(key);
		if (first === undefined) this.rows.set(key, row);
		return first;
	}
}

export async function importExhibitors(options: ExhibitorImportOptions): Promise<ExhibitorImportReport> {
	const { root, locales, exhibitors } = options;
	const sheet = await readExhibitorSheet(options.sheet, options.columns);
	const map = mapColumns(sheet.headers, options.columns);
	if (map.problems.length > 0) throw new Error(map.problems.map((problem) => `${options.sheet}: ${problem}`).join('\n'));
	const columns: Column[] = [...map.fields].map(([index, field]) => ({ index, field, header: sheet.headers[index]!.trim() }));

	const notes: string[] = [];
	if (map.unread.length > 0) notes.push(`columns not read: ${map.unread.join(', ')}`);
	// A locale the site does not have: its names still name files and find entries, its texts are not written.
	const otherLocale = columns.filter(({ field }) => /\.(zh|en)$/.test(field) && !locales.includes(field.slice(-2)));
	for (const { header, field } of otherLocale)
		notes.push(`column "${header}" (${field}) is not written: the site has no "${field.slice(-2)}" locale`);
	const halls = Object.keys(exhibitors.halls);
	const onlyHall = halls.length === 1 ? halls[0] : undefined;
	if (onlyHall && !columns.some(({ field }) => field === 'stand.hall')) notes.push(`every stand is in ${onlyHall}, the site's only hall`);

	// Excel drops the leading zero of a stand typed as a number (0105 → 105): this cannot be seen, only pointed at.
	const standColumn = columns.find(({ field }) => field === 'stand.number')?.index;
	const typedAsNumbers = sheet.rows
		.filter(({ numbers }) => standColumn !== undefined && numbers?.includes(standColumn))
		.map(({ row }) => row);
	if (typedAsNumbers.length > 0)
		notes.push(
			`stand numbers typed as numbers in the workbook (row ${typedAsNumbers.slice(0, 10).join(', ')}${typedAsNumbers.length > 10 ? ', …' : ''}): check them, a leading zero Excel dropped cannot be known`,
		);

	const folder = join(root, 'site', 'exhibitors');
	const { entries, unusable } = readEntries(root, folder);
	const byChineseName = new Map<string, ExistingEntry>();
	for (const entry of entries.values()) if (entry.chineseName) byChineseName.set(comparable(entry.chineseName), entry);

	const report: ExhibitorImportReport = {
		sheet: options.sheet,
		read: sheet.read,
		headerRow: sheet.headerRow,
		rows: sheet.rows.length,
		notes,
		entries: [],
		refused: [],
		notInSheet: [],
		unusable: [...unusable.values()],
		dryRun: options.dryRun,
	};
	const names = new FirstRows();
	const stands = new FirstRows();
	const files = new FirstRows();
	/** Entries a row of the sheet names, refused or not: they are in the sheet. */
	const named = new Set<string>();
	/** Stands the imported rows hold, "hall-1 1A05" → row. */
	const standRows = new Map<string, number>();

	for (const sheetRow of sheet.rows) {
		const row = readExhibitorRow(sheetRow, columns, exhibitors);
		const reasons = [...row.problems];
		if (onlyHall && row.values['stand.hall'] === undefined) row.values['stand.hall'] = onlyHall;

		for (const field of ['name.zh', 'name.en'] as const) {
			const name = text(row, field);
			const earlier = name === undefined ? undefined : names.earlier(`${field} ${comparable(name)}`, row.row);
			if (earlier !== undefined) reasons.push(`the name "${clip(name!, 80)}" is also row ${earlier}'s; expected one row per exhibitor`);
		}
		const number = text(row, 'stand.number');
		const hall = text(row, 'stand.hall');
		const stand = number === undefined ? undefined : `${hall ?? '?'} ${comparable(number)}`;
		const standEarlier = stand === undefined ? undefined : stands.earlier(stand, row.row);
		if (standEarlier !== undefined)
			reasons.push(
				`stand "${clip(number!, 40)}"${hall ? ` in ${hall}` : ''} is also row ${standEarlier}'s; expected one exhibitor per stand`,
			);

		// The entry: by file name first, else by Chinese name (an English name corrected since the last sheet).
		const slug = exhibitorSlug(text(row, 'name.en'), row.id);
		const chinese = text(row, 'name.zh');
		const bySlug = slug && entries.get(slug.slug);
		const byName = chinese === undefined ? undefined : byChineseName.get(comparable(chinese));
		const existing = bySlug || byName || undefined;
		const target = existing?.slug ?? slug?.slug;
		if (target !== undefined) named.add(target);
		if (target === undefined && reasons.length === 0)
			reasons.push(
				'no English name or id to name its file; expected the English name (英文名称) or the registration id (展商编号) in the sheet, or an entry with this Chinese name',
			);
		const fileEarlier = target === undefined ? undefined : files.earlier(target, row.row);
		if (fileEarlier !== undefined)
			reasons.push(`its entry site/exhibitors/${target}.yaml is also row ${fileEarlier}'s; expected one row per exhibitor`);
		const broken = target === undefined ? undefined : unusable.get(target);
		if (broken) reasons.push(`its entry ${broken.file} ${broken.reason}`);

		// A locale the site does not have is not written.
		const values = Object.fromEntries(
			Object.entries(row.values).filter(([field]) => !/\.(zh|en)$/.test(field) || locales.includes(field.slice(-2))),
		);
		if (!existing) {
			const missing = REQUIRED.filter((field) => values[field] === undefined);
			const noColumn = missing.filter((field) => !columns.some((column) => column.field === field));
			if (missing.length > 0 && reasons.length === 0)
				reasons.push(
					`a new exhibitor needs ${missing.join(', ')}, which the row does not give${noColumn.length > 0 ? ` (the sheet has no column for ${noColumn.join(', ')})` : ''}`,
				);
		}
		if (reasons.length > 0 || target === undefined) {
			report.refused.push({ row: row.row, reasons });
			continue;
		}
		if (stand !== undefined) standRows.set(stand, row.row);

		const doc = existing?.doc ?? new Document({});
		const changed = applyRow(doc, values, options);
		const file = existing?.file ?? relative(root, join(folder, `${target}.yaml`));
		const written: WrittenEntry = {
			row: row.row,
			status: !existing ? 'added' : changed.length > 0 ? 'updated' : 'unchanged',
			file,
			changed,
			notes: [],
		};
		if (existing && existing === byName && slug && slug.slug !== existing.slug)
			written.notes.push(`found by its Chinese name: the English name gives ${slug.slug}, the file keeps its name (and its URL)`);
		report.entries.push(written);
		if (!options.dryRun && written.status !== 'unchanged')
			writeEntry(root, existing?.path ?? join(folder, `${target}.yaml`), doc.toString({ lineWidth: 0 }), !existing);
	}

	for (const entry of entries.values()) {
		if (named.has(entry.slug)) continue;
		const { hall, number } = entry.stand;
		const taken = number === undefined ? undefined : standRows.get(`${hall ?? '?'} ${comparable(number)}`);
		report.notInSheet.push({ file: entry.file, note: taken === undefined ? undefined : `its stand is row ${taken}'s now` });
	}
	return report;
}
