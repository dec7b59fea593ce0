/**
 * What an exhibitor import did, in words the organizer can act on: which files were added or
 * updated (and which fields changed), which rows were refused and why, by their row number in the
 * sheet, and which entries the sheet no longer lists. A refusal names the cell's value it is about;
 * nothing else of a row (names, phones, e-mails) is printed.
 */

export type EntryStatus = 'added' | 'updated' | 'unchanged';

export interface WrittenEntry {
	row: number;
	status: EntryStatus;
	/** Relative to the project root. */
	file: string;
	/** The fields that changed, "stand.number", "sectors"; every given field for an added entry. */
	changed: string[];
	/** What is worth a look: the entry was found by its Chinese name, so its file name stays. */
	notes: string[];
}

export interface ExhibitorImportReport {
	/** The sheet as given on the command line. */
	sheet: string;
	/** How it was read: "CSV, UTF-8", "CSV, GBK (GB18030)", 'XLSX, sheet "展商名单"'. */
	read: string;
	headerRow: number;
	/** Data rows read below the header row. */
	rows: number;
	/** About the whole sheet: columns not read, a column for a locale the site does not have. */
	notes: string[];
	entries: WrittenEntry[];
	refused: { row: number; reasons: string[] }[];
	/** Entries in site/exhibitors/ that no row of the sheet names: never deleted. */
	notInSheet: { file: string; note?: string | undefined }[];
	/** Entries left alone because they cannot be read or lead out of the project. */
	unusable: { file: string; reason: string }[];
	dryRun: boolean;
}

const count = (report: ExhibitorImportReport, status: EntryStatus) => report.entries.filter((entry) => entry.status === status).length;

/** The summary line: "3 added, 2 updated, 40 unchanged, 1 rows refused, 2 not in the sheet." */
export const summaryLine = (report: ExhibitorImportReport): string =>
	`${count(report, 'added')} added, ${count(report, 'updated')} updated, ${count(report, 'unchanged')} unchanged, ${report.refused.length} rows refused, ${report.notInSheet.length} not in the sheet.`;

/** The report as plain text: the sheet, each entry added or updated, refusals marked "!", what the sheet lacks, the summary. */
export function formatExhibitorReport(report: ExhibitorImportReport): string {
	const lines = [
		`${report.sheet} (${report.read}): headers in row ${report.headerRow}, ${report.rows} rows below.`,
		...report.notes.map((note) => `  - ${note}`),
	];
	const changes = report.entries.filter((entry) => entry.status !== 'unchanged');
	if (changes.length > 0) lines.push('');
	for (const entry of changes) {
		const fields = entry.status === 'updated' ? `: ${entry.changed.join(', ')}` : '';
		lines.push(`${entry.status.padEnd(8)} ${entry.file} (row ${entry.row})${fields}`, ...entry.notes.map((note) => `    - ${note}`));
	}
	if (report.refused.length > 0) {
		lines.push('', 'Rows refused (not imported):');
		for (const { row, reasons } of report.refused) lines.push(...reasons.map((reason) => `  ! row ${row}: ${reason}`));
	}
	if (report.unusable.length > 0) {
		lines.push('', 'Entries left alone:');
		for (const { file, reason } of report.unusable) lines.push(`  ! ${file} ${reason}`);
	}
	if (report.notInSheet.length > 0) {
		lines.push('', 'No longer in the sheet (not deleted; remove the file if the exhibitor withdrew):');
		for (const { file, note } of report.notInSheet) lines.push(`  ${file}${note ? ` (${note})` : ''}`);
	}
	lines.push('', summaryLine(report));
	if (report.dryRun) lines.push('Dry run: nothing was written.');
	else if (report.refused.length > 0)
		lines.push(
			'The other rows were imported. Fix the refused rows in the sheet and import it again: rows already imported stay unchanged.',
		);
	return lines.join('\n');
}
