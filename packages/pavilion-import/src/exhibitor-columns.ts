/**
 * Which column of a registration system's exhibitor sheet holds which field (issue 23): the
 * headers organizers' exports use, in Chinese and English, mapped to the exhibitor's fields. A
 * sheet whose headers are not here is read with `--columns`, a mapping of header to field, which
 * takes precedence. Headers are compared trimmed, without spaces (full-width ones too) and
 * without case, so "展位号 ", "展 位 号" and "Booth No." are each found.
 */
export const EXHIBITOR_FIELDS = [
	'name.zh',
	'name.en',
	'stand.hall',
	'stand.number',
	'sectors',
	'region',
	'website',
	'description.zh',
	'description.en',
	'products.zh',
	'products.en',
	'contact.email',
	'contact.phone',
	'id',
] as const;
export type ExhibitorField = (typeof EXHIBITOR_FIELDS)[number];

/** The documented table (docs: "Importing the exhibitor list"): header as exported → field. */
export const KNOWN_HEADERS: Readonly<Record<string, ExhibitorField>> = {
	展商名称: 'name.zh',
	企业名称: 'name.zh',
	公司名称: 'name.zh',
	参展商名称: 'name.zh',
	中文名称: 'name.zh',
	英文名称: 'name.en',
	公司英文名称: 'name.en',
	'exhibitor name': 'name.en',
	'company name': 'name.en',
	展馆: 'stand.hall',
	展厅: 'stand.hall',
	馆号: 'stand.hall',
	hall: 'stand.hall',
	展位号: 'stand.number',
	展位: 'stand.number',
	'booth no.': 'stand.number',
	booth: 'stand.number',
	stand: 'stand.number',
	'stand no.': 'stand.number',
	所属行业: 'sectors',
	行业: 'sectors',
	展区: 'sectors',
	sector: 'sectors',
	sectors: 'sectors',
	国家地区: 'region',
	'国家/地区': 'region',
	国家: 'region',
	'country/region': 'region',
	country: 'region',
	网址: 'website',
	公司网址: 'website',
	官网: 'website',
	website: 'website',
	简介: 'description.zh',
	企业简介: 'description.zh',
	中文简介: 'description.zh',
	英文简介: 'description.en',
	'company profile': 'description.en',
	description: 'description.en',
	展品: 'products.zh',
	主要展品: 'products.zh',
	英文展品: 'products.en',
	'main products': 'products.en',
	products: 'products.en',
	邮箱: 'contact.email',
	电子邮箱: 'contact.email',
	email: 'contact.email',
	'e-mail': 'contact.email',
	电话: 'contact.phone',
	联系电话: 'contact.phone',
	phone: 'contact.phone',
	tel: 'contact.phone',
	展商编号: 'id',
	报名编号: 'id',
	'exhibitor id': 'id',
};

export const headerKey = (header: string): string => header.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

const KNOWN = new Map(Object.entries(KNOWN_HEADERS).map(([header, field]) => [headerKey(header), field]));

export interface ColumnMap {
	/** Column index → field. */
	fields: Map<number, ExhibitorField>;
	/** Headers of columns left unread, as written, to report. */
	unread: string[];
	/** Problems that stop the import: a field two columns claim, a `--columns` field that is not one. */
	problems: string[];
}

/** Map a sheet's header row to fields, `--columns` (header → field) first, then the known headers. */
export function mapColumns(headers: readonly string[], given: Readonly<Record<string, string>> = {}): ColumnMap {
	const own = new Map(Object.entries(given).map(([header, field]) => [headerKey(header), field]));
	const fields = new Map<number, ExhibitorField>();
	const unread: string[] = [];
	const problems: string[] = [];
	for (const [header, field] of Object.entries(given))
		if (!(EXHIBITOR_FIELDS as readonly string[]).includes(field))
			problems.push(`--columns "${header}": "${field}" was given; expected one of ${EXHIBITOR_FIELDS.join(', ')}`);
	const claimedBy = new Map<ExhibitorField, string>();
	for (const [index, header] of headers.entries()) {
		const key = headerKey(header);
		const wanted = own.get(key) ?? KNOWN.get(key);
		const field = (EXHIBITOR_FIELDS as readonly string[]).includes(wanted ?? '') ? (wanted as ExhibitorField) : undefined;
		if (!field) {
			if (key !== '') unread.push(header.trim());
			continue;
		}
		const earlier = claimedBy.get(field);
		if (earlier !== undefined) {
			problems.push(
				`columns "${earlier}" and "${header.trim()}" both give ${field}; expected one column for it (say which with --columns)`,
			);
			continue;
		}
		claimedBy.set(field, header.trim());
		fields.set(index, field);
	}
	if (!claimedBy.has('name.zh') && !claimedBy.has('name.en'))
		problems.push(
			`no column gives the exhibitor's name; expected one headed 展商名称 or 英文名称 (or named with --columns), found ${headers.map((h) => `"${h.trim()}"`).join(', ')}`,
		);
	return { fields, unread, problems };
}
