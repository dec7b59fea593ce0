import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configError } from './config-error.ts';
import { leavingLinkProblem, linkLeavingProject, pathInProject } from './project-path.ts';

/**
 * Astro copies the public folder into the site as it is, following links: one to a file or folder
 * elsewhere on the machine would be published. Refuse it, naming the link. Folders reached through
 * a link are not walked, since the link itself is what is judged.
 */
export function refuseLinksLeavingPublicFolder(publicDir: URL, root: URL): void {
	const folder = fileURLToPath(publicDir);
	if (pathInProject(folder, root) === undefined) return;
	const linkOf = (dir: string): string | undefined => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return undefined;
		}
		for (const entry of entries) {
			const path = join(dir, entry.name);
			if (entry.isSymbolicLink()) {
				const link = linkLeavingProject(path, root);
				if (link !== undefined) return link;
			} else if (entry.isDirectory()) {
				const link = linkOf(path);
				if (link !== undefined) return link;
			}
		}
		return undefined;
	};
	const link = linkLeavingProject(folder, root) ?? linkOf(folder);
	if (link !== undefined) throw configError([`publicDir: ${leavingLinkProblem(link)}`]);
}
