import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { pictureFileProblem } from '../config/picture-file.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject, resolveProjectPath } from '../config/project-path.ts';
import { show } from '../utils/show.ts';
import { slugProblem } from '../utils/slugs.ts';
import { fieldErrors, restateSchemaError } from './entry-checks.ts';

const YAML = /\.ya?ml$/i;

/** An entry as the content layer stores it: its id is its file name, the address of its pages. */
export interface StoredEntry {
	id: string;
	filePath?: string | undefined;
	data: Record<string, unknown>;
}

/**
 * A collection of one YAML file per entry (exhibitors, sessions, speakers): what each says of itself
 * for the checks and the messages.
 */
export interface YamlCollection {
	/** The loader's name: "astro-pavilion:exhibitors". */
	name: string;
	/** Folder from the project root: "./site/exhibitors". */
	base: string;
	/** The loader's call, for a message about `base`: "exhibitorsLoader({ base })". */
	baseOption: string;
	/** What one file is, in a message: "an exhibitor". */
	what: string;
	/** A good file name, in a message: "qingtan-robotics.yaml". */
	exampleFile: string;
	/** Whether the option that turns the collection on is set; if not, why files are refused. */
	on: boolean;
	offExpected: string;
	/** The docs page that lists the fields, for every message. */
	hint: string;
	/** Names the collection's own pages take beside its entries' (`plan` beside /exhibitors/<name>/). */
	taken?: readonly string[];
	/** Fields holding a picture's path, relative to the file (a logo, a photo). */
	imageFields?: readonly string[];
	/** Rules across entries, once all are read, in file order. */
	across?: (entries: readonly StoredEntry[], root: URL) => void;
}

/**
 * Astro's glob loader over `<base>/*.yaml`, plus what it would let slip: a file it would never read
 * (in a subfolder, or with the option off), a name that is no address, a file that is not UTF-8, a
 * picture that is missing, leaves the project or is no picture, and the collection's own rules.
 */
export function yamlEntriesLoader(collection: YamlCollection): Loader {
	const { base, hint } = collection;
	const inner = glob({ base, pattern: '*.{yaml,yml}', generateId: ({ entry }) => entry.replace(YAML, '') });
	return {
		name: collection.name,
		load: async (context) => {
			const { root } = context.config;
			const folder = resolveProjectPath(base, root, collection.baseOption, base, { mustExist: false });
			const files = yamlFiles(folder);
			if (files.length === 0) {
				context.store.clear();
				return;
			}
			if (!collection.on)
				throw entryError(
					files[0],
					root,
					'file',
					`is ${collection.what}, but ${collection.offExpected}, or no files in ${relative(fileURLToPath(root), folder)}`,
					hint,
				);
			for (const file of files) checkFile(file, folder, root, collection);
			const parseData: typeof context.parseData = async (entry) => {
				const file = entry.filePath && resolve(fileURLToPath(root), entry.filePath);
				if (file) for (const field of collection.imageFields ?? []) checkPicture(field, entry.data[field], file, root, hint);
				return context.parseData(entry).catch((error: unknown) => {
					throw restateSchemaError(error, file, root, hint);
				});
			};
			await inner.load({ ...context, parseData });
			collection.across?.(
				[...context.store.values()].sort((a, b) => a.id.localeCompare(b.id)),
				root,
			);
		},
	};
}

/** One message naming the file and the field, with the docs page of the collection. */
export const entryError = (file: string | undefined, root: URL, field: string, problem: string, hint: string) =>
	fieldErrors(file, root, [{ field, problem }], hint);

/** An entry's file as the messages name it, from the project's root. */
export const entryFile = (entry: StoredEntry, root: URL) => resolve(fileURLToPath(root), entry.filePath ?? entry.id);

/** Every YAML file below the folder, sorted: those in subfolders too, which the glob never reads. */
function yamlFiles(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && YAML.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function checkFile(file: string, folder: string, root: URL, { what, exampleFile, taken = [], hint }: YamlCollection): void {
	const refuse = (field: string, problem: string) => entryError(file, root, field, problem, hint);
	if (dirname(file) !== folder)
		throw refuse(
			'file',
			`is in a subfolder; expected every ${what.replace(/^an? /, '')} directly in ${relative(fileURLToPath(root), folder)}, since its file name is its address`,
		);
	const link = linkLeavingProject(file, root);
	if (link !== undefined) throw refuse('file', leavingLinkProblem(link));
	const name = file.slice(dirname(file).length + 1).replace(YAML, '');
	const problem = slugProblem(name) ?? (taken.includes(name) ? `is the name of the ${name} page beside them` : undefined);
	if (problem) throw refuse('file name', `gives the address ${show(name)}, which ${problem}; rename the file, such as "${exampleFile}"`);
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
	} catch {
		throw refuse('file', 'is not UTF-8 text (it may be saved as GBK); expected the file saved as UTF-8');
	}
}

/** A picture is a file of the project, relative to the entry: Astro's own error would name neither the entry nor the field. */
function checkPicture(field: string, path: unknown, file: string, root: URL, hint: string): void {
	if (typeof path !== 'string') return;
	const fail = (problem: string) => entryError(file, root, field, `${show(path)} ${problem}`, hint);
	const example = `"./${field}s/${file.slice(dirname(file).length + 1).replace(YAML, '')}.png"`;
	if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(path))
		throw fail(`was given; expected an image file of this site, relative to the file, such as ${example}`);
	const picture = resolve(dirname(file), path);
	const fromRoot = pathInProject(picture, root);
	if (fromRoot === undefined) throw fail(`leads outside the project; expected an image inside it, such as ${example}`);
	const link = linkLeavingProject(picture, root);
	if (link !== undefined) throw fail(`was given, but ${leavingLinkProblem(link)}`);
	if (!existsSync(picture))
		throw fail(`was given, but there is no file at ${fromRoot}; expected the path of the picture relative to the file`);
	const problem = pictureFileProblem(picture);
	if (problem !== undefined) throw fail(`(${fromRoot}) ${problem}`);
}
