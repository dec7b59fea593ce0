import type { AstroConfig } from 'astro';
import { AstroError } from 'astro/errors';
import { pathInProject } from '../config/project-path.ts';

type VitePlugin = NonNullable<NonNullable<AstroConfig['vite']['plugins']>[number]>;

/**
 * The last guard on images named in front matter, for collections the articles loader does not
 * check (a site's own, with `image()` fields). Vite follows links before it loads a file, and a
 * file it does not know as an image is parsed as JavaScript: the parse error then printed the
 * file's first line (a link to /etc/passwd printed "root:x:0:0…" in the build log). A file outside
 * the project is never read.
 */
export function contentImageGuard(root: URL): VitePlugin {
	return {
		name: 'astro-pavilion:content-images',
		enforce: 'pre',
		load(id: string) {
			const [file, query = ''] = id.split('?');
			if (file && new URLSearchParams(query).has('astroContentImageFlag') && pathInProject(file, root) === undefined)
				throw plainError(
					'An image named in the front matter of a content collection leads outside the project, through a symbolic link; expected an image file inside the project',
				);
			return undefined;
		},
	};
}

/** A refusal for a person: the message and a hint, without the stack of the bundler that threw it. */
function plainError(message: string): AstroError {
	const error = new AstroError(message, 'Fix that file: docs/images.md says which images are accepted.');
	error.name = 'PavilionImageError';
	error.stack = `${error.name}: ${message}`;
	return error;
}
