import { existsSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { outputPathOf } from '../utils/urls.ts';

/**
 * What an organizer can set when an adapter renders the pages without making their pictures
 * (@astrojs/cloudflare 14.3 under Astro 7.4 lists the pages in workerd before it collects any
 * picture, and its 'compile' service only copies the originals). Checked by cloudflare.test.ts.
 */
export const CLOUDFLARE_PICTURES_ADVICE =
	"With @astrojs/cloudflare, set cloudflare({ prerenderEnvironment: 'node', imageService: 'custom' }) and image: { service: { build: { entrypoint: 'astro/assets/services/sharp' }, runtime: passthroughImageService() } } in astro.config.mjs";

/**
 * The first of the pictures the pages point to (site paths, or URLs of this site) that is not a
 * file in the build: a URL with a query is made on request by a server (Astro's `/_image?href=…`),
 * which a static site does not have. Pictures on other hosts are not checked.
 */
export function pictureNotBuilt(pictures: readonly string[], outDir: URL, base: string, site?: URL): string | undefined {
	const origin = site?.origin ?? 'http://site.invalid';
	return pictures.find((picture) => {
		const url = new URL(picture, origin);
		if (url.origin !== origin) return false;
		return url.search !== '' || !existsSync(new URL(outputPathOf(url.pathname, base), outDir));
	});
}

/** One line for the organizer: which picture, why a static site cannot have it, what to set. */
export function pictureNotBuiltError(picture: string): AstroError {
	const url = new URL(picture, 'http://site.invalid');
	const line =
		url.search === ''
			? `The pages point to a picture that the build did not write (${url.pathname}): the adapter rendered the pages without making their pictures while building. ${CLOUDFLARE_PICTURES_ADVICE}`
			: `The pages point to pictures made on request (${url.pathname}?…), which a static site cannot serve: the adapter rendered the pages without making their pictures while building. ${CLOUDFLARE_PICTURES_ADVICE}`;
	const error = new AstroError(line);
	error.name = 'PavilionImageError';
	// One line for a person: where in the theme it was noticed says nothing about what to set.
	error.stack = '';
	return error;
}
