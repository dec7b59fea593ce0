import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SchemaContext } from 'astro/content/config';
import { entryError, entryFile, yamlEntriesLoader, type StoredEntry } from '../../loaders/yaml-entries.ts';
import type { PavilionConfig } from '../../schemas/config.ts';
import { exhibitorSchema } from '../../schemas/exhibitor.ts';
import { show } from '../../utils/show.ts';
import { SEGMENTS } from '../../utils/urls.ts';
import { standKey } from './stands.ts';

const HINT = 'Fix that file: docs/exhibitors.md lists every field of an exhibitor.';

export interface ExhibitorsLoaderOptions {
	/** Folder of the exhibitors from the project root: one YAML file each, named as its URL. */
	base?: string;
}

/**
 * The exhibitors of the directory (issue 23): one YAML file each in `site/exhibitors/`, the file
 * name being its address in every language (loaders/yaml-entries.ts checks the files), plus the
 * rules across them: two exhibitors on one stand, and two with one name.
 */
export function exhibitorsLoaderFor(config: PavilionConfig, { base = './site/exhibitors' }: ExhibitorsLoaderOptions = {}): Loader {
	return yamlEntriesLoader({
		name: 'astro-pavilion:exhibitors',
		base,
		baseOption: 'exhibitorsLoader({ base })',
		what: 'an exhibitor',
		exampleFile: 'qingtan-robotics.yaml',
		on: config.exhibitors !== false,
		offExpected:
			'the exhibitors option is off; expected pavilion({ exhibitors: { sectors, halls } }) in astro.config.mjs (docs/exhibitors.md)',
		hint: HINT,
		taken: [SEGMENTS.hall, SEGMENTS.sector, SEGMENTS.region, SEGMENTS.plan],
		imageFields: ['logo'],
		across: (entries, root) => checkAcross(entries, root, Object.keys(config.locales)),
	});
}

/**
 * Rules across exhibitors, checked in file order so the message is the same every build: one
 * exhibitor per stand, and one exhibitor per name in each language (readers tell them apart by it).
 */
function checkAcross(entries: readonly StoredEntry[], root: URL, localeKeys: readonly string[]): void {
	const rootDir = fileURLToPath(root);
	const nameOf = (entry: StoredEntry) => relative(rootDir, entryFile(entry, root));
	const refuse = (entry: StoredEntry, field: string, problem: string) => entryError(entryFile(entry, root), root, field, problem, HINT);
	const stands = new Map<string, StoredEntry>();
	const names = new Map<string, StoredEntry>();
	for (const entry of entries) {
		const stand = entry.data.stand as { hall: string; number: string };
		const key = standKey(stand);
		const other = stands.get(key);
		if (other)
			throw refuse(
				entry,
				'stand',
				`${show(`${stand.hall} ${stand.number}`)} is already the stand of ${nameOf(other)}; expected one exhibitor per stand (correct the number in one of the two files)`,
			);
		stands.set(key, entry);
		const name = entry.data.name as string | Record<string, string>;
		const perLocale = typeof name === 'string' ? Object.fromEntries(localeKeys.map((key) => [key, name])) : name;
		for (const [locale, text] of Object.entries(perLocale)) {
			const nameKey = `${locale}\u0000${text.normalize('NFKC').toLocaleLowerCase()}`;
			const earlier = names.get(nameKey);
			if (earlier)
				throw refuse(
					entry,
					typeof name === 'string' ? 'name' : `name.${locale}`,
					`${show(text)} is already the name of ${nameOf(earlier)}; expected every exhibitor to have its own name (readers tell them apart by it)`,
				);
			names.set(nameKey, entry);
		}
	}
}

/** The schema of an exhibitor, with the sectors and halls of the options (schemas/exhibitor.ts). */
export function exhibitorsSchemaFor(config: PavilionConfig) {
	const options = config.exhibitors;
	return (context: SchemaContext) =>
		exhibitorSchema({
			image: context.image,
			localeKeys: Object.keys(config.locales),
			defaultLocale: config.defaultLocale,
			sectors: options ? Object.keys(options.sectors) : [],
			halls: options ? Object.keys(options.halls) : [],
		});
}
