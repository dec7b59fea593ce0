import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from './config-error.ts';
import { cssReferences, loadsFromAnotherHost } from '../utils/css-references.ts';
import { pictureFileProblem } from './picture-file.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject } from './project-path.ts';

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

const EXPECTED =
	'expected only files of this site: a path relative to the stylesheet ("../fonts/brand.woff2") or from the public folder ("/fonts/brand.woff2"), so that readers load nothing from other hosts';

/**
 * The organizer's stylesheets go into every page, so they may load nothing from another host: no
 * @import of a web font service, no remote @font-face, no background from a CDN. Each file is read
 * with a CSS parser (addresses are decoded as a browser decodes them), and so is every stylesheet
 * it imports from the project. The build stops naming the file, the line and the address.
 */
export function checkCustomCss(paths: readonly string[], resolved: readonly string[], root: URL): void {
	const problems: string[] = [];
	const seen = new Set<string>();
	paths.forEach((path, index) => {
		const file = fileOf(resolved[index]!, root);
		if (file) checkStylesheet(file, root, problems, seen);
		else if (!path.startsWith('.') && !path.startsWith('/'))
			problems.push(
				`customCss: "${path}" was given, but no stylesheet of that name was found in node_modules; expected a path from the project root ("./src/styles/brand.css") or the stylesheet of an installed package`,
			);
	});
	if (problems.length > 0) throw configError(problems);
}

/** A project path as resolved, or a package's stylesheet found as Node finds it. */
function fileOf(resolved: string, root: URL): string | undefined {
	if (resolved.startsWith('/') || /^[a-z]:[\\/]/i.test(resolved)) return resolved;
	try {
		return createRequire(new URL('package.json', root)).resolve(resolved);
	} catch {
		// A package whose exports do not list the file for Node: Vite still finds it in node_modules.
		const direct = resolve(fileURLToPath(root), 'node_modules', resolved);
		return existsSync(direct) ? direct : undefined;
	}
}

function checkStylesheet(file: string, root: URL, problems: string[], seen: Set<string>): void {
	if (seen.has(file) || !existsSync(file)) return;
	seen.add(file);
	const name = pathInProject(file, root) ?? relative(fileURLToPath(root), file);
	// A package's own stylesheet lies in node_modules, possibly above the project: only its hosts are checked.
	const inProject = pathInProject(file, root) !== undefined;
	const { references, unreadable } = cssReferences(readFileSync(file, 'utf8'));
	for (const line of unreadable)
		problems.push(
			`customCss: ${name} line ${line} cannot be read as CSS; expected valid CSS (a browser would guess at it, and might load a file from another host)`,
		);
	for (const { line, url, kind } of references) {
		const where = `customCss: ${name} line ${line}: ${kind === 'import' ? '@import' : 'url'} ${JSON.stringify(url)}`;
		if (loadsFromAnotherHost(url)) {
			problems.push(`${where} was given, which loads from another host; ${EXPECTED}`);
			continue;
		}
		const path = url.trim().split(/[?#]/)[0]!;
		if (!inProject || path === '' || path.startsWith('/') || /^data:/i.test(url.trim())) continue;
		const target = resolve(dirname(file), decodeURIComponentSafe(path));
		if (pathInProject(target, root) === undefined) {
			problems.push(`${where} leads outside the project; ${EXPECTED}`);
			continue;
		}
		const link = linkLeavingProject(target, root);
		if (link !== undefined) problems.push(`${where} was given, but ${leavingLinkProblem(link)}`);
		else if (kind === 'import') checkStylesheet(target, root, problems, seen);
		else if (existsSync(target) && !FONT_FILE.test(target)) {
			// Vite copies every file a url() names into the site: it must be a picture (an SVG without script) or a font.
			const problem = pictureFileProblem(target);
			if (problem !== undefined)
				problems.push(
					`${where} names ${pathInProject(target, root)}, which ${problem.replace(/; expected a /, '; expected a font or a ')}`,
				);
		}
	}
}

function decodeURIComponentSafe(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}
