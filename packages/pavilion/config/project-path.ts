import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

/** A path option or a package specifier ("some-package/x.css"), which is left to the resolver. */
export function resolveProjectPathOrPackage(path: string, root: URL, option: string, example: string): string {
	return path.startsWith('.') || path.startsWith('/') ? resolveProjectPath(path, root, option, example) : path;
}

function optionError(option: string, problem: string) {
	return configError([`${option}: ${problem}`]);
}
