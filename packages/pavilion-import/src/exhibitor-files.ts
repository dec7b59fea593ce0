/**
 * The entries already in site/exhibitors/, read once, and the writing of new and changed ones.
 * Nothing leaves the project: the folder, each entry and each file written are checked by their
 * real path, so that a link to somewhere else is reported and left alone, never read through or
 * written through. A new entry is created only where no file (or link) of its name is.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { parseDocument, type Document } from 'yaml';

export interface ExistingEntry {
	slug: string;
	/** Relative to the project root, for the report. */
	file: string;
	path: string;
	doc: Document;
	/** The Chinese name (name.zh), or the one name for every language: a later sheet finds the entry by it. */
	chineseName: string | undefined;
	stand: { hall?: string; number?: string };
}

export interface EntriesFolder {
	/** Readable entries by slug. */
	entries: Map<string, ExistingEntry>;
	/** Entries that cannot be used, by slug, with why: not YAML, not a map, a link out of the project. */
	unusable: Map<string, { file: string; reason: string }>;
}

const ENTRY_FILE = /\.ya?ml$/;

/** The real path of `path`, or of its nearest existing folder with the rest appended. */
function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		const parent = dirname(path);
		return parent === path ? path : join(realPath(parent), basename(path));
	}
}

/** Whether `path`, links resolved, is inside the project `root`. */
export function insideProject(root: string, path: string): boolean {
	const real = realPath(path);
	const realRoot = realPath(root);
	return real === realRoot || real.startsWith(`${realRoot}${sep}`);
}

function textOf(value: unknown, locale: string): string | undefined {
	if (typeof value === 'string') return value;
	if (value && typeof value === 'object') {
		const text = (value as Record<string, unknown>)[locale];
		return typeof text === 'string' ? text : undefined;
	}
	return undefined;
}

export function readEntries(root: string, folder: string): EntriesFolder {
	const entries = new Map<string, ExistingEntry>();
	const unusable = new Map<string, { file: string; reason: string }>();
	if (!insideProject(root, folder)) throw new Error(`${relative(root, folder)} leads out of the project; expected a folder inside it`);
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return { entries, unusable };
	}
	for (const fileName of names.filter((name) => ENTRY_FILE.test(name)).sort()) {
		const path = join(folder, fileName);
		const slug = basename(fileName, extname(fileName));
		const file = relative(root, path);
		if (!insideProject(root, path)) {
			unusable.set(slug, { file, reason: 'is a link out of the project: left alone' });
			continue;
		}
		if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
		const doc = parseDocument(readFileSync(path, 'utf8'));
		const first = doc.errors[0];
		if (first) {
			unusable.set(slug, { file, reason: `is not valid YAML (${first.message.split('\n')[0] ?? ''}): fix it, then import again` });
			continue;
		}
		const fields = doc.toJS() as unknown;
		if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
			unusable.set(slug, { file, reason: 'is not a map of fields: fix it, then import again' });
			continue;
		}
		const { name, stand } = fields as { name?: unknown; stand?: { hall?: unknown; number?: unknown } };
		entries.set(slug, {
			slug,
			file,
			path,
			doc,
			chineseName: textOf(name, 'zh'),
			stand: {
				...(typeof stand?.hall === 'string' && { hall: stand.hall }),
				...(typeof stand?.number === 'string' && { number: stand.number }),
			},
		});
	}
	return { entries, unusable };
}

/** Write an entry's text; a new one only where nothing of its name is ('wx' refuses a file or a link). */
export function writeEntry(root: string, path: string, text: string, isNew: boolean): void {
	if (!insideProject(root, path)) throw new Error(`${relative(root, path)} leads out of the project: not written`);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text, { flag: isNew ? 'wx' : 'w' });
}
