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
import type { ExhibitorImportReport } from './exhibitor-report.ts';
import { readExhibitorRow, type Column, type ExhibitorRow } from './exhibitor-row.ts';
import { readExhibitorSheet, type ReadSheet } from './exhibitor-sheet.ts';
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

/** A stand as compared between rows and entries: "hall-1 1a05". */
const standKey = (hall: string | undefined, number: string) => `${hall ?? '?'} ${comparable(number)}`;

/** What the report says about the whole sheet before its rows: columns left unread, languages not written, stands typed as numbers. */
function sheetNotes(sheet: ReadSheet, unread: readonly string[], columns: readonly Column[], options: ExhibitorImportOptions): string[] {
	const notes: string[] = [];
	if (unread.length > 0) notes.push(`columns not read: ${unread.join(', ')}`);
	for (const { header, field } of columns.filter(({ field }) => !writable(field, options.locales)))
		notes.push(`column "${header}" (${field}) is not written: the site has no "${field.slice(-2)}" locale`);
	const halls = Object.keys(options.exhibitors.halls);
	if (halls.length === 1 && !columns.some(({ field }) => field === 'stand.hall'))
		notes.push(`every stand is in ${halls[0]}, the site's only hall`);
	// Excel drops the leading zero of a stand typed as a number (0105 → 105): this cannot be seen, only pointed at.
	const standColumn = columns.find(({ field }) => field === 'stand.number')?.index;
	const typed = sheet.rows.filter(({ numbers }) => standColumn !== undefined && numbers?.includes(standColumn)).map(({ row }) => row);
	if (typed.length > 0)
		notes.push(
			`stand numbers typed as numbers in the workbook (row ${typed.slice(0, 10).join(', ')}${typed.length > 10 ? ', …' : ''}): check them, a leading zero Excel dropped cannot be known`,
		);
	return notes;
}

/** Whether the site has the language of a per-language field: an English name is not written on a Chinese-only site. */
const writable = (field: string, locales: readonly string[]) => !/\.(zh|en)$/.test(field) || locales.includes(field.slice(-2));

/** The entry a row updates: by file name first, else by its Chinese name (an English name corrected since the last sheet). */
function entryOf(row: ExhibitorRow, entries: ReadonlyMap<string, ExistingEntry>, byChineseName: ReadonlyMap<string, ExistingEntry>) {
	const slug = exhibitorSlug(text(row, 'name.en'), row.id);
	const chinese = text(row, 'name.zh');
	const bySlug = slug === undefined ? undefined : entries.get(slug.slug);
	const byName = chinese === undefined ? undefined : byChineseName.get(comparable(chinese));
	const existing = bySlug ?? byName;
	const renamed = existing !== undefined && existing === byName && slug !== undefined && slug.slug !== existing.slug;
	return { existing, target: existing?.slug ?? slug?.slug, renamedTo: renamed ? slug.slug : undefined };
}

export async function importExhibitors(options: ExhibitorImportOptions): Promise<ExhibitorImportReport> {
	const { root, exhibitors } = options;
	const sheet = await readExhibitorSheet(options.sheet, options.columns);
	const map = mapColumns(sheet.headers, options.columns);
	if (map.problems.length > 0) throw new Error(map.problems.map((problem) => `${options.sheet}: ${problem}`).join('\n'));
	const columns: Column[] = [...map.fields].map(([index, field]) => ({ index, field, header: sheet.headers[index]!.trim() }));
	const halls = Object.keys(exhibitors.halls);
	const onlyHall = halls.length === 1 ? halls[0] : undefined;

	const folder = join(root, 'site', 'exhibitors');
	const { entries, unusable } = readEntries(root, folder);
	const byChineseName = new Map<string, ExistingEntry>();
	for (const entry of entries.values()) if (entry.chineseName) byChineseName.set(comparable(entry.chineseName), entry);

	const report: ExhibitorImportReport = {
		sheet: options.sheet,
		read: sheet.read,
		headerRow: sheet.headerRow,
		rows: sheet.rows.length,
		notes: sheetNotes(sheet, map.unread, columns, options),
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
	/** Stands the imported rows hold, "hall-1 1a05" → row. */
	const standRows = new Map<string, number>();

	for (const sheetRow of sheet.rows) {
		const row = readExhibitorRow(sheetRow, columns, exhibitors);
		const reasons = [...row.problems];
		if (onlyHall && row.values['stand.hall'] === undefined) row.values['stand.hall'] = onlyHall;

		// Two rows for one exhibitor or one stand: the later is refused, naming the earlier.
		for (const field of ['name.zh', 'name.en'] as const) {
			const name = text(row, field);
			const earlier = name === undefined ? undefined : names.earlier(`${field} ${comparable(name)}`, row.row);
			if (name !== undefined && earlier !== undefined)
				reasons.push(`the name "${clip(name, 80)}" is also row ${earlier}'s; expected one row per exhibitor`);
		}
		const number = text(row, 'stand.number');
		const hall = text(row, 'stand.hall');
		const stand = number === undefined ? undefined : standKey(hall, number);
		const standEarlier = stand === undefined ? undefined : stands.earlier(stand, row.row);
		if (number !== undefined && standEarlier !== undefined)
			reasons.push(
				`stand "${clip(number, 40)}"${hall ? ` in ${hall}` : ''} is also row ${standEarlier}'s; expected one exhibitor per stand`,
			);

		const { existing, target, renamedTo } = entryOf(row, entries, byChineseName);
		if (target === undefined) {
			if (reasons.length === 0)
				reasons.push(
					'no English name or id to name its file; expected the English name (英文名称) or the registration id (展商编号) in the sheet, or an entry with this Chinese name',
				);
		} else {
			named.add(target);
			const fileEarlier = files.earlier(target, row.row);
			if (fileEarlier !== undefined)
				reasons.push(`its entry site/exhibitors/${target}.yaml is also row ${fileEarlier}'s; expected one row per exhibitor`);
			const broken = unusable.get(target);
			if (broken) reasons.push(`its entry ${broken.file} ${broken.reason}`);
		}

		const values = Object.fromEntries(Object.entries(row.values).filter(([field]) => writable(field, options.locales)));
		const missing = existing ? [] : REQUIRED.filter((field) => values[field] === undefined);
		if (missing.length > 0 && reasons.length === 0) {
			const noColumn = missing.filter((field) => !columns.some((column) => column.field === field));
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
		const path = existing?.path ?? join(folder, `${target}.yaml`);
		const status = !existing ? 'added' : changed.length > 0 ? 'updated' : 'unchanged';
		report.entries.push({
			row: row.row,
			status,
			file: relative(root, path),
			changed,
			notes: renamedTo ? [`found by its Chinese name: the English name gives ${renamedTo}, the file keeps its name (and its URL)`] : [],
		});
		if (!options.dryRun && status !== 'unchanged') writeEntry(root, path, doc.toString({ lineWidth: 0 }), !existing);
	}

	for (const entry of entries.values()) {
		if (named.has(entry.slug)) continue;
		const taken = entry.stand.number === undefined ? undefined : standRows.get(standKey(entry.stand.hall, entry.stand.number));
		report.notInSheet.push({ file: entry.file, note: taken === undefined ? undefined : `its stand is row ${taken}'s now` });
	}
	return report;
}
