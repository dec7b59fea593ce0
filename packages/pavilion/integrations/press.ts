import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configError } from '../config/config-error.ts';
import { pictureFileProblem } from '../config/picture-file.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject, resolveProjectPath } from '../config/project-path.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import type { PressConfig } from '../schemas/press.ts';

/** One download of the press kit, as listed from its folder once, at config time (virtual:pavilion/press). */
export interface PressDownload {
	name: string;
	/** Absolute path, read by the route that serves the file. */
	file: string;
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
 * exist stop the build, each with its option named.
 */
export function pressModule(config: PavilionConfig, root: URL): PressModule | undefined {
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
				return { name, file, bytes: statSync(file).size, ...(labels ?? {}) };
			}),
	};
}
