/**
 * One cell of the exhibitor sheet as the value an entry holds, or why it cannot be: sectors and
 * the hall as keys of the site's options, the website as an http(s) address, lists split where
 * people separate them. Each problem names the cell's value and what was expected; nothing else of
 * the row is repeated.
 */
import { clip } from './report.ts';
import { labelsOf, type ExhibitorsOptions, type LocalizedText } from './exhibitor-options.ts';

export type CellResult<T> = { value: T } | { problem: string };

/** Text compared without case, width or spaces: "Industrial Robotics", "industrial robotics" and its full-width form are one. */
const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const quoted = (text: string) => `"${clip(text, 80)}"`;
const describe = (key: string, text: LocalizedText) => `${key} (${labelsOf(text).join(' / ')})`;

/** Separators between the items of a list cell, Chinese and Western: 、 , ， ; ； */
const LIST = /[、,，;；]/;
/** Sectors are also separated with slashes ("机器人/物流"). */
const SECTOR_LIST = /([、,，;；/])/;

/** A list cell's items, trimmed, empty ones left out. */
export const splitList = (cell: string): string[] =>
	cell
		.split(LIST)
		.map((item) => item.trim())
		.filter((item) => item !== '');

/**
 * The sector keys a cell names, by key or by label in any language. A label may itself hold a
 * separator ("仓储/物流"): the longest run of items that is a label is taken first.
 */
export function matchSectors(cell: string, sectors: ExhibitorsOptions['sectors']): CellResult<string[]> {
	const byName = new Map<string, string>();
	for (const [key, label] of Object.entries(sectors)) {
		byName.set(comparable(key), key);
		for (const text of labelsOf(label)) byName.set(comparable(text), key);
	}
	// Items and the separators between them, in turn: [item, separator, item, …].
	const parts = cell.split(SECTOR_LIST);
	const keys: string[] = [];
	const unknown: string[] = [];
	for (let start = 0; start < parts.length; start += 2) {
		let end = parts.length - 1;
		for (; end > start; end -= 2) if (byName.has(comparable(parts.slice(start, end + 1).join('')))) break;
		const item = parts.slice(start, end + 1).join('');
		start = end;
		if (comparable(item) === '') continue;
		const key = byName.get(comparable(item));
		if (key) {
			if (!keys.includes(key)) keys.push(key);
		} else unknown.push(item.trim());
	}
	if (unknown.length > 0) {
		const known = Object.entries(sectors).map(([key, label]) => describe(key, label));
		return {
			problem: `sector ${unknown.map(quoted).join(', ')}${unknown.length === 1 && unknown[0] === cell.trim() ? '' : ` (in ${quoted(cell)})`} is not one of the site's sectors; expected one of ${known.join(', ')}`,
		};
	}
	return { value: keys };
}

/** What is left of a hall's name without the word for hall: "1号馆" → "1", "Hall 1" → "1", "N2馆" → "n2", "hall-1" → "1". */
const hallCore = (text: string) => comparable(text).replace(/号?展?[馆厅]|hall|pavilion|[-#_.]/g, '');
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The hall key a cell names: a key, a name in any language, or its number ("1", "1号馆", "Hall 1"). */
export function matchHall(cell: string, halls: ExhibitorsOptions['halls']): CellResult<string> {
	const entries = Object.entries(halls);
	const namesOf = (key: string, name: LocalizedText) => [key, ...labelsOf(name)];
	const found = (test: (name: string) => boolean) => entries.filter(([key, { name }]) => namesOf(key, name).some(test)).map(([key]) => key);
	const tries = [
		found((name) => comparable(name) === comparable(cell)),
		found((name) => hallCore(name) !== '' && hallCore(name) === hallCore(cell)),
		// "1" for a hall named "1号馆 (机器人馆)": only its digits are left to compare.
		/^\d+$/.test(hallCore(cell)) ? found((name) => digitsOf(name) === hallCore(cell)) : [],
	];
	for (const keys of tries) {
		const unique = [...new Set(keys)];
		if (unique.length === 1) return { value: unique[0]! };
		if (unique.length > 1)
			return { problem: `hall ${quoted(cell)} could be any of ${unique.join(', ')}; expected a hall's key or its full name` };
	}
	return {
		problem: `hall ${quoted(cell)} is not one of the site's halls; expected one of ${entries.map(([key, { name }]) => describe(key, name)).join(', ')}`,
	};
}

/** The website as an http(s) address: "www.lanqi.example.com" gains https://; another scheme is refused. */
export function websiteOf(cell: string): CellResult<string> {
	const text = cell.normalize('NFKC').trim();
	// "www.lanqi.example.com:8080" reads as a scheme too; a dot before the colon says it is a host.
	const scheme = /^([a-z][a-z0-9+-]*):/i.exec(text)?.[1];
	const address = scheme ? text : `https://${text.replace(/^\/\//, '')}`;
	let url: URL | undefined;
	try {
		url = new URL(address);
	} catch {
		url = undefined;
	}
	if (!url || !['https:', 'http:'].includes(url.protocol) || !url.hostname.includes('.') || /\s/.test(text) || url.username)
		return { problem: `website ${quoted(cell)} is not a web address; expected one such as https://www.example.com (http or https)` };
	return { value: address };
}

/** An e-mail address with one @ and a domain with a dot, as the entry's schema expects. */
export function emailOf(cell: string): CellResult<string> {
	const text = cell.normalize('NFKC').trim();
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
		? { value: text }
		: { problem: `e-mail ${quoted(cell)} is not an e-mail address; expected one such as info@example.com` };
}
