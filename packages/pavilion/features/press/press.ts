import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configError } from '../../config/config-error.ts';
import { pictureFileProblem } from '../../config/picture-file.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject, resolveProjectPath } from '../../config/project-path.ts';
import type { PavilionConfig } from '../../schemas/config.ts';
import type { PressConfig } from '../../schemas/press.ts';
import { fileTypeOf } from '../../utils/file-types.ts';
import type { NodeFile } from '../feature.ts';
import { SEGMENTS } from '../../utils/urls.ts';
import { CLEANED_PICTURE, UNCLEANED_PICTURE, servedPressFile, withoutPrivateMetadata } from '../../utils/private-metadata.ts';

/** One download of the press kit, as listed from its folder once, at config time (virtual:pavilion/press). */
export interface PressDownload {
	name: string;
	/** Absolute path, read when the file is written into the build (integrations/node-files.ts). */
	file: string;
	/** Size of the file as served: a photo without its camera's metadata (utils/private-metadata.ts). */
	bytes: number;
	title?: Record<string, string> | string | undefined;
	description?: Record<string, string> | string | undefined;
}

export interface PressModule {
	downloads: PressDownload[];
}

/**
 * The press centre's downloads: every visible file of the folder, with its size.
 * Labels for files that are not there, a missing folder, and a releases category that does not
 * exist stop the build, each with its option named. A photo whose position and photographer
 * cannot be removed is named in a warning.
 */
export function pressModule(config: PavilionConfig, root: URL, warn: (message: string) => void = () => undefined): PressModule | undefined {
	const press: PressConfig | false = config.press;
	if (!press) return undefined;
	const problems: string[] = [];
	const categories = Object.keys(config.categories);
	if (!categories.includes(press.releases))
		problems.push(`press.releases: "${press.releases}" was given; expected one of the categories: ${categories.join(', ')}`);
	const folder = resolveProjectPath(press.downloads, root, 'press.downloads', 'site/press/downloads', { mustExist: false });
	if (!existsSync(folder) || !statSync(folder).isDirectory()) {
		problems.push(
			`press.downloads: "${press.downloads}" was given, but there is no folder at ${pathInProject(folder, root) ?? folder}; expected the folder of the press-kit files, such as "site/press/downloads"`,
		);
		throw configError(problems);
	}
	const entries = readdirSync(folder, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
	// Links are not listed, and one that leaves the project is refused: the kit must not serve a file from elsewhere on the machine.
	for (const entry of entries.filter((entry) => entry.isSymbolicLink())) {
		const link = linkLeavingProject(join(folder, entry.name), root);
		if (link !== undefined)
			problems.push(`press.downloads: the file "${entry.name}" in ${press.downloads} was given, but ${leavingLinkProblem(link)}`);
	}
	const names = entries
		.filter((entry) => entry.isFile())
		.map((entry) => entry.name)
		.sort();
	// An SVG of the logo pack is served from the site's own address, where its script would run.
	for (const name of names.filter((name) => /\.svg$/i.test(name))) {
		const problem = pictureFileProblem(join(folder, name));
		if (problem !== undefined) problems.push(`press.downloads: the file "${name}" in ${press.downloads} ${problem}`);
	}
	// Files with labels come in the order the options give them; the others follow, by name.
	const labelled = Object.keys(press.files);
	const order = (name: string) => (labelled.includes(name) ? labelled.indexOf(name) : labelled.length);
	// A host reads # and ? in an address as the fragment and the query: such a file could never be downloaded.
	for (const name of names.filter((name) => /[#?\\\p{Cc}]/u.test(name)))
		problems.push(
			`press.downloads: the file "${name}" in ${press.downloads} was given; expected a file name without #, ? or \\ (rename the file)`,
		);
	for (const name of Object.keys(press.files))
		if (!names.includes(name))
			problems.push(
				`press.files: "${name}" was given, but there is no such file in ${press.downloads}; expected one of its files: ${names.join(', ') || '(the folder is empty)'}`,
			);
	if (problems.length) throw configError(problems);
	return {
		downloads: names
			.toSorted((a, b) => order(a) - order(b))
			.map((name) => {
				const file = join(folder, name);
				const labels = press.files[name];
				return { name, file, bytes: servedBytes(name, file, `${press.downloads}/${name}`, warn), ...(labels ?? {}) };
			}),
	};
}

/** The size of a press-kit file as served. Photos are read here, at config time, since their metadata comes off before they ship. */
function servedBytes(name: string, file: string, shown: string, warn: (message: string) => void): number {
	if (UNCLEANED_PICTURE.test(name))
		warn(
			`press.downloads: ${shown} ships as it is, with any GPS position, names and camera data it holds; Pavilion removes them only from JPEG, PNG and WebP files (export it as one of those)`,
		);
	if (!CLEANED_PICTURE.test(name)) return statSync(file).size;
	const bytes = readFileSync(file);
	const cleaned = withoutPrivateMetadata(bytes);
	if (!cleaned)
		warn(
			`press.downloads: ${shown} could not be read as a ${name.replace(/^.*\./, '').toUpperCase()} picture to its end, so it ships as it is, with any GPS position, names and camera data it holds`,
		);
	// What servedPressFile() will write: the cleaned picture, or the file as it is.
	return (cleaned?.bytes ?? bytes).length;
}

/** The press kit's files in the build, at /press/downloads/<name>. */
export function pressKitFiles(kit: PressModule | undefined): NodeFile[] {
	return (kit?.downloads ?? []).map(({ name, file }) => ({
		path: `${SEGMENTS.press}/${SEGMENTS.pressDownloads}/${name}`,
		type: fileTypeOf(name).mediaType,
		// A photo ships without its GPS position, names and camera data.
		make: async () => servedPressFile(name, new Uint8Array(await readFile(file))),
	}));
}
