import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { SchemaContext } from 'astro/content/config';
import { pictureFileProblem } from '../../config/picture-file.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject, resolveProjectPath } from '../../config/project-path.ts';
import { fieldErrors, restateSchemaError } from '../../loaders/entry-checks.ts';
import type { PavilionConfig } from '../../schemas/config.ts';
import { exhibitorSchema } from '../../schemas/exhibitor.ts';
import { show } from '../../utils/show.ts';
import { slugProblem } from '../../utils/slugs.ts';
import { SEGMENTS } from '../../utils/urls.ts';
import { standKey } from './stands.ts';

const HINT = 'Fix that file: docs/exhibitors.md lists every field of an exhibitor.';
const YAML = /\.ya?ml$/i;

/** The names the directory's own pages take after /exhibitors/: an exhibitor named so would hide one. */
const TAKEN = [SEGMENTS.hall, SEGMENTS.sector, SEGMENTS.region, SEGMENTS.plan];

export interface ExhibitorsLoaderOptions {
	/** Folder of the exhibitors from the project root: one YAML file each, named as its URL. */
	base?: string;
}

const refuse = (file: string | undefined, root: URL, field: string, problem: string) => fieldErrors(file, root, [{ field, problem }], HINT);

/**
 * The exhibitors of the directory (issue 23): Astro's glob loader over `site/exhibitors/*.yaml`, the
 * file name being the exhibitor's URL in every language, plus what it would let slip: a file it
 * would never read (in a subfolder, or with the option off), a name that is no URL, a file that is
 * not UTF-8, a logo that is missing or no picture, two exhibitors on one stand, and two with one name.
 */
export function exhibitorsLoaderFor(config: PavilionConfig, { base = './site/exhibitors' }: ExhibitorsLoaderOptions = {}): Loader {
	const inner = glob({ base, pattern: '*.{yaml,yml}', generateId: ({ entry }) => entry.replace(YAML, '') });
	return {
		name: 'astro-pavilion:exhibitors',
		load: async (context) => {
			const { root } = context.config;
			const folder = resolveProjectPath(base, root, 'exhibitorsLoader({ base })', './site/exhibitors', { mustExist: false });
			const files = yamlFiles(folder);
			if (files.length === 0) {
				context.store.clear();
				return;
			}
			if (config.exhibitors === false)
				throw refuse(
					files[0],
					root,
					'file',
					`is an exhibitor, but the exhibitors option is off; expected pavilion({ exhibitors: { sectors, halls } }) in astro.config.mjs (docs/exhibitors.md), or no files in ${relative(fileURLToPath(root), folder)}`,
				);
			for (const file of files) checkFile(file, folder, root);
			const parseData: typeof context.parseData = async (entry) => {
				if (entry.filePath) checkLogo(entry.data.logo, resolve(fileURLToPath(root), entry.filePath), root);
				return context.parseData(entry).catch((error: unknown) => {
					throw restateSchemaError(error, entry.filePath && resolve(fileURLToPath(root), entry.filePath), root, HINT);
				});
			};
			await inner.load({ ...context, parseData });
			checkAcross([...context.store.values()], root, Object.keys(config.locales));
		},
	};
}

/** Every YAML file below the folder, sorted: those in subfolders too, which the glob never reads. */
function yamlFiles(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && YAML.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function checkFile(file: string, folder: string, root: URL): void {
	if (dirname(file) !== folder)
		throw refuse(
			file,
			root,
			'file',
			`is in a subfolder; expected every exhibitor directly in ${relative(fileURLToPath(root), folder)}, since its file name is its address`,
		);
	const link = linkLeavingProject(file, root);
	if (link !== undefined) throw refuse(file, root, 'file', leavingLinkProblem(link));
	const name = file.slice(dirname(file).length + 1).replace(YAML, '');
	const problem =
		slugProblem(name) ?? (TAKEN.includes(name as (typeof TAKEN)[number]) ? `is the name of the directory's ${name} pages` : undefined);
	if (problem)
		throw refuse(
			file,
			root,
			'file name',
			`gives the address ${show(name)}, which ${problem}; rename the file, such as "qingtan-robotics.yaml"`,
		);
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
	} catch {
		throw refuse(file, root, 'file', 'is not UTF-8 text (it may be saved as GBK); expected the file saved as UTF-8');
	}
}

/** A logo is a picture file of the project, relative to the entry: Astro's own error would name neither the exhibitor nor the field. */
function checkLogo(logo: unknown, file: string, root: URL): void {
	if (typeof logo !== 'string') return;
	const fail = (problem: string) => refuse(file, root, 'logo', `${show(logo)} ${problem}`);
	if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(logo))
		throw fail('was given; expected an image file of this site, relative to the exhibitor, such as "./logos/qingtan-robotics.png"');
	const path = resolve(dirname(file), logo);
	const fromRoot = pathInProject(path, root);
	if (fromRoot === undefined) throw fail('leads outside the project; expected an image inside it, such as "./logos/qingtan-robotics.png"');
	const link = linkLeavingProject(path, root);
	if (link !== undefined) throw fail(`was given, but ${leavingLinkProblem(link)}`);
	if (!existsSync(path))
		throw fail(`was given, but there is no file at ${fromRoot}; expected the path of the logo relative to the exhibitor's file`);
	const problem = pictureFileProblem(path);
	if (problem !== undefined) throw fail(`(${fromRoot}) ${problem}`);
}

interface StoredExhibitor {
	id: string;
	filePath?: string | undefined;
	data: Record<string, unknown>;
}

/**
 * Rules across exhibitors, checked in file order so the message is the same every build: one
 * exhibitor per stand, and one exhibitor per name in each language (readers tell them apart by it).
 */
function checkAcross(unordered: readonly StoredExhibitor[], root: URL, localeKeys: readonly string[]): void {
	const rootDir = fileURLToPath(root);
	const entries = [...unordered].sort((a, b) => a.id.localeCompare(b.id));
	const fileOf = (entry: StoredExhibitor) => resolve(rootDir, entry.filePath ?? entry.id);
	const nameOf = (entry: StoredExhibitor) => relative(rootDir, fileOf(entry));
	const stands = new Map<string, StoredExhibitor>();
	const names = new Map<string, StoredExhibitor>();
	for (const entry of entries) {
		const stand = entry.data.stand as { hall: string; number: string };
		const key = standKey(stand);
		const other = stands.get(key);
		if (other)
			throw refuse(
				fileOf(entry),
				root,
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
					fileOf(entry),
					root,
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
