import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from './config-error.ts';

/**
 * The one reading of a path option: "site/images/logo.svg", "./site/…" and "/site/…" all mean a
 * file from the project root. A path that leaves the project is refused, so an option can never
 * make the build read (or print) a file elsewhere on the machine. Returns the absolute file path.
 */
export function resolveProjectPath(path: string, root: URL, option: string, example: string, { mustExist = true } = {}): string {
	const file = resolve(fileURLToPath(root), path.replace(/^\/+/, ''));
	const fromRoot = pathInProject(file, root);
	if (fromRoot === undefined) {
		throw optionError(option, `"${path}" leads outside the project; expected a path inside it, such as "${example}"`);
	}
	const link = linkLeavingProject(file, root);
	if (link !== undefined) throw optionError(option, `"${path}" was given, but ${leavingLinkProblem(link)}`);
	if (mustExist && !existsSync(file)) {
		throw optionError(
			option,
			`"${path}" was given, but there is no file at ${fromRoot}; expected a path from the project root, such as "${example}"`,
		);
	}
	return file;
}

/** The path of a file from the project root, or undefined when the file lies outside the project. */
export function pathInProject(file: string, root: URL): string | undefined {
	const fromRoot = relative(fileURLToPath(root), file);
	// `relative` gives ".." steps for a file elsewhere, and an absolute path for one on another drive.
	return fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot) ? undefined : fromRoot;
}

/**
 * A path can stay inside the project and still lead out of it through a symbolic link, to a file
 * or through a folder. Returns the first link on the way from the project root to the file (as a
 * path from the root) whose target lies outside the project, or undefined when there is none.
 * Links that stay inside are fine: they publish nothing the project does not hold.
 */
export function linkLeavingProject(file: string, root: URL): string | undefined {
	const fromRoot = pathInProject(file, root);
	if (fromRoot === undefined || fromRoot === '') return undefined;
	const rootDir = fileURLToPath(root);
	const realRoot = realPathOrSelf(rootDir);
	let current = rootDir;
	for (const part of fromRoot.split(sep)) {
		current = join(current, part);
		let isLink: boolean;
		try {
			isLink = lstatSync(current).isSymbolicLink();
		} catch {
			// Nothing there (yet): no link further down either.
			return undefined;
		}
		if (!isLink) continue;
		const target = realPathOrSelf(current);
		const inside = relative(realRoot, target);
		// A link whose target does not exist is outside for safety: it might be made to point anywhere.
		if (!existsSync(target) || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return relative(rootDir, current);
	}
	return undefined;
}

/** The words of a refusal for such a link, naming it: the target itself is never printed. */
export function leavingLinkProblem(link: string): string {
	return `${link} is a symbolic link to a file or folder outside the project; expected the file itself inside the project (copy it in instead of linking to it)`;
}

function realPathOrSelf(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return resolve(dirname(path), path);
	}
}

/** A path option or a package specifier ("some-package/x.css"), which is left to the resolver. */
export function resolveProjectPathOrPackage(path: string, root: URL, option: string, example: string): string {
	return path.startsWith('.') || path.startsWith('/') ? resolveProjectPath(path, root, option, example) : path;
}

function optionError(option: string, problem: string) {
	return configError([`${option}: ${problem}`]);
}
