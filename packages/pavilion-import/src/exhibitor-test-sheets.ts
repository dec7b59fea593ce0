import { strToU8, zipSync } from 'fflate';

/**
 * Spreadsheets as organizers receive them, made in the tests rather than kept as binary fixtures:
 * an XLSX file zipped from its XML parts the way Excel and the registration systems' exporters
 * (Apache POI, PhpSpreadsheet) write them, and CSV bytes in GBK as Excel in Chinese saves them.
 */

/** A cell: text (a shared string, as Excel stores it), a number, a date, or nothing. */
export type XlsxCell = string | number | Date | null;

export interface XlsxSheet {
	name: string;
	rows: XlsxCell[][];
	/** Merged ranges such as "A1:H1": the value sits in the first cell, the others are empty. */
	merges?: string[];
	/** Columns hidden in the sheet, by letter. */
	hiddenColumns?: string[];
	/** Rows after the data that hold only formatting, as Excel leaves them after rows were cleared. */
	emptyRowsAfter?: number;
}

const column = (index: number): string =>
	index < 26 ? String.fromCharCode(65 + index) : `${column(Math.floor(index / 26) - 1)}${column(index % 26)}`;
const columnIndex = (letters: string): number => Array.from(letters).reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Days since 1899-12-30, Excel's date serial. */
const serial = (date: Date) => (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

// Style 0: general; 1: a date (built-in format 14, m/d/yyyy); 2: bold, for the title and header rows.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

function worksheet(sheet: XlsxSheet, strings: string[]): string {
	const stringIndex = (text: string) => {
		const index = strings.indexOf(text);
		return index >= 0 ? index : strings.push(text) - 1;
	};
	const width = Math.max(...sheet.rows.map((row) => row.length));
	const rows = sheet.rows.map((cells, rowIndex) => {
		const r = rowIndex + 1;
		const xml = cells.map((cell, cellIndex) => {
			const ref = `${column(cellIndex)}${r}`;
			if (cell === null) return '';
			if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
			if (cell instanceof Date) return `<c r="${ref}" s="1"><v>${serial(cell)}</v></c>`;
			return `<c r="${ref}" t="s"${r <= 3 ? ' s="2"' : ''}><v>${stringIndex(cell)}</v></c>`;
		});
		return `<row r="${r}">${xml.join('')}</row>`;
	});
	for (let extra = 1; extra <= (sheet.emptyRowsAfter ?? 0); extra++) {
		const r = sheet.rows.length + extra;
		rows.push(`<row r="${r}">${Array.from({ length: width }, (_, index) => `<c r="${column(index)}${r}" s="2"/>`).join('')}</row>`);
	}
	const cols = (sheet.hiddenColumns ?? [])
		.map(columnIndex)
		.map((index) => `<col min="${index}" max="${index}" width="0" hidden="1" customWidth="1"/>`)
		.join('');
	const merges = sheet.merges?.length
		? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
		: '';
	const last = `${column(width - 1)}${sheet.rows.length + (sheet.emptyRowsAfter ?? 0)}`;
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="13.5"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}

/** An .xlsx file of the given sheets, the first one active. */
export function xlsxFile(...sheets: XlsxSheet[]): Uint8Array {
	const strings: string[] = [];
	const parts: Record<string, Uint8Array> = {};
	sheets.forEach((sheet, index) => (parts[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheet(sheet, strings))));
	const sheetIds = sheets.map((_, index) => index + 1);
	parts['[Content_Types].xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetIds.map((id) => `<Override PartName="/xl/worksheets/sheet${id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
	);
	parts['_rels/.rels'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	);
	parts['xl/workbook.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
	);
	parts['xl/_rels/workbook.xml.rels'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetIds.map((id) => `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${id}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
	);
	parts['xl/styles.xml'] = strToU8(STYLES);
	parts['xl/sharedStrings.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
	);
	return zipSync(parts);
}

/**
 * GBK bytes of a text, as Excel in Chinese saves CSV. Node decodes GB18030 but has no encoder: the
 * table is the decoder run backwards over the two-byte codes (lead 0x81–0xFE, trail 0x40–0xFE).
 */
let gbkTable: Map<string, [number, number]> | undefined;
export function gbk(text: string): Uint8Array {
	if (!gbkTable) {
		gbkTable = new Map();
		const decoder = new TextDecoder('gb18030');
		for (let lead = 0x81; lead <= 0xfe; lead++)
			for (let trail = 0x40; trail <= 0xfe; trail++) {
				if (trail === 0x7f) continue;
				const character = decoder.decode(Uint8Array.of(lead, trail));
				if (character.length === 1 && character !== '\ufffd' && !gbkTable.has(character)) gbkTable.set(character, [lead, trail]);
			}
	}
	const table = gbkTable;
	return Uint8Array.from(
		Array.from(text).flatMap((character) => {
			const code = character.codePointAt(0)!;
			if (code < 0x80) return [code];
			const bytes = table.get(character);
			if (!bytes) throw new Error(`${character} has no two-byte GBK code`);
			return bytes;
		}),
	);
}
