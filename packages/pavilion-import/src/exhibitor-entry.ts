/**
 * An exhibitor's entry file, site/exhibitors/<slug>.yaml, changed by what a sheet row gives. Only
 * the fields the row gives are touched: the logo, a description the press office rewrote, contact
 * details the sheet lacks stay as they are, and so do comments and the order of keys, through the
 * yaml package's Document (a value set on an existing key keeps its place and its comments). A
 * field the entry lacks goes where the schema lists it. Returns the fields that changed, for the
 * report: a row that changes nothing leaves the file's bytes alone.
 */
import { isMap, isScalar, visit, type Document, type Pair } from 'yaml';
import type { EntryField, EntryValue } from './exhibitor-row.ts';

/** The order of packages/pavilion/schemas/exhibitor.ts, where a missing field is put. */
const ENTRY_ORDER = ['name', 'stand', 'sectors', 'region', 'website', 'logo', 'description', 'products', 'contact'];

export interface EntryLocales {
	/** The site's locale keys. */
	locales: readonly string[];
	defaultLocale: string;
}

type Values = Partial<Record<EntryField, EntryValue>>;
/** The entry's fields as plain values, before the row changes them. */
type Snapshot = Readonly<Record<string, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameSet = (a: unknown, b: readonly string[]) => Array.isArray(a) && a.length === b.length && b.every((item) => a.includes(item));
const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
/** A new list goes in as [a, b], a text as it is (so a text replacing a text keeps its node's comments). */
const nodeValue = (doc: Document, value: EntryValue) => (Array.isArray(value) ? doc.createNode(value, { flow: true }) : value);

/** The row's values under one key, by the part after the dot: { zh: …, en: … } for name, { hall, number } for stand. */
const partsOf = (values: Values, key: string): Record<string, EntryValue> =>
	Object.fromEntries(
		Object.entries(values)
			.filter(([field]) => field.startsWith(`${key}.`))
			.map(([field, value]) => [field.slice(key.length + 1), value]),
	);

/** Set a top-level field, in the schema's order when the entry does not have it yet. */
function setField(doc: Document, key: string, value: unknown, flow: boolean): void {
	if (!isMap(doc.contents)) throw new Error('the entry is not a map of fields');
	const map = doc.contents;
	const node = doc.createNode(value, { flow });
	// Lists are short (sectors, products): one line each, [a, b], also inside a block map.
	visit(node, { Seq: (_, seq) => void (seq.flow = true) });
	if (map.has(key)) {
		// A text given as such keeps the node it replaces, and so its comments.
		map.set(key, typeof value === 'string' ? value : node);
		return;
	}
	const rank = ENTRY_ORDER.indexOf(key);
	const after = map.items.findIndex((pair) => ENTRY_ORDER.indexOf(keyOf(pair)) > rank);
	const pair = doc.createPair(key, node);
	if (after < 0) map.items.push(pair);
	else map.items.splice(after, 0, pair);
}

/**
 * A map field given part by part (stand, contact, and name, description and products per locale):
 * each part set in place when the entry has the map, the map made when it has none.
 */
function setParts(doc: Document, key: string, given: Readonly<Record<string, EntryValue>>, before: Snapshot, flow: boolean): string[] {
	const node = doc.get(key, true);
	const current = (before[key] ?? {}) as Record<string, unknown>;
	const changed = Object.keys(given).filter((part) => !same(current[part], given[part]));
	if (changed.length === 0) return [];
	if (isMap(node)) for (const part of changed) node.set(part, nodeValue(doc, given[part]!));
	else setField(doc, key, given, flow);
	return changed.map((part) => `${key}.${part}`);
}

/**
 * A localized field (name, description, products) given per locale. An entry may hold one value for
 * every language instead of one per locale: a row giving some languages keeps it for the others.
 */
function setLocalized(
	doc: Document,
	key: string,
	given: Readonly<Record<string, EntryValue>>,
	before: Snapshot,
	{ locales, defaultLocale }: EntryLocales,
	flow: boolean,
): string[] {
	const languages = Object.keys(given);
	const current = before[key];
	if (languages.length === 0) return [];
	if (current === undefined && !languages.includes(defaultLocale)) {
		// The per-locale form needs the default locale's text: one value for every language (an
		// English name then shows on the Chinese pages too, until the sheet gives the Chinese one).
		setField(doc, key, given[languages[0]!], flow);
		return languages.map((locale) => `${key}.${locale}`);
	}
	if (current === undefined || isMap(doc.get(key, true))) return setParts(doc, key, given, before, flow);
	const changed = languages.filter((locale) => !same(current, given[locale]));
	if (changed.length > 0) setField(doc, key, Object.fromEntries(locales.map((locale) => [locale, given[locale] ?? current])), flow);
	return changed.map((locale) => `${key}.${locale}`);
}

/** Give the entry the row's values; the fields that changed, as "stand.number", "sectors", "name.en". */
export function applyRow(doc: Document, values: Values, locales: EntryLocales): string[] {
	const before = (doc.toJS() ?? {}) as Snapshot;
	const changed = [
		...setLocalized(doc, 'name', partsOf(values, 'name'), before, locales, true),
		...setParts(doc, 'stand', partsOf(values, 'stand'), before, true),
	];
	if (Array.isArray(values.sectors) && !sameSet(before.sectors, values.sectors)) {
		setField(doc, 'sectors', values.sectors, true);
		changed.push('sectors');
	}
	for (const key of ['region', 'website'] as const) {
		const value = values[key];
		if (value === undefined || same(before[key], value)) continue;
		setField(doc, key, value, false);
		changed.push(key);
	}
	changed.push(
		...setLocalized(doc, 'description', partsOf(values, 'description'), before, locales, false),
		...setLocalized(doc, 'products', partsOf(values, 'products'), before, locales, false),
		...setParts(doc, 'contact', partsOf(values, 'contact'), before, true),
	);
	return changed;
}
