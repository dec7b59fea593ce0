import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leavingLinkProblem, linkLeavingProject, pathInProject } from '../config/project-path.ts';
import { pictureFileProblem } from '../config/picture-file.ts';
import { schemeOf } from '../utils/link-schemes.ts';
import { show } from '../utils/show.ts';

/**
 * Problems with the file of one body image (`![…](src)` or `<img src>`), as sentences for the
 * article's message. The image must be a picture of the project: relative to the article, or
 * from the public folder when the path starts with "/", reached through no link that leaves the
 * project, and a picture by its bytes, not by its name. An SVG must hold no script and load
 * nothing, since opened at its own address it runs on the site's origin. Remote and scheme
 * addresses are left to the body rules (article-html.ts), which refuse them.
 */
export function bodyImageProblems(src: string, articleFile: string | undefined, projectRoot: URL, publicDir: URL): string[] {
	if (!articleFile || !src.trim() || /^\s*(https?:)?\/\//i.test(src) || schemeOf(src)) return [];
	const fromPublic = src.startsWith('/');
	let path: string;
	try {
		path = decodeURI(src.split(/[?#]/)[0]!);
	} catch {
		return [`the image ${show(src)} is not a valid path (a % not followed by two hex digits); expected a file name, such as "photo.jpg"`];
	}
	const file = fromPublic ? resolve(fileURLToPath(publicDir), `.${path}`) : resolve(dirname(articleFile), path);
	const expected = fromPublic
		? `expected the path of an image in the public folder (${pathInProject(fileURLToPath(publicDir), projectRoot) || 'public'}/), or relative to the article`
		: 'expected the path of an image relative to the article';
	const fromRoot = pathInProject(file, projectRoot);
	if (fromRoot === undefined)
		return [`the image ${show(src)} leads outside the project; expected an image inside it, such as "../../images/photo.jpg"`];
	const link = linkLeavingProject(file, projectRoot);
	if (link !== undefined) return [`the image ${show(src)} was given, but ${leavingLinkProblem(link)}`];
	if (!existsSync(file)) return [`the image ${show(src)} was given, but there is no file at ${fromRoot}; ${expected}`];
	const problem = pictureFileProblem(file);
	return problem === undefined ? [] : [`the image ${show(src)} (${fromRoot}) ${problem}`];
}
