import { existsSync } from 'node:fs';
import type { AstroError } from 'astro/errors';
import { oneLineError } from '../config/config-error.ts';
import { CLOUDFLARE_PICTURE_SETTINGS } from '../config/adapter-images.ts';
import { outputPathOf } from '../utils/urls.ts';

/**
 * The first of the pictures the pages point to (site paths, or URLs of this site) that is not a
 * file in the build: a URL with a query is made on request by a server (Astro's `/_image?href=…`),
 * which a static site does not have. Pictures on other hosts are not checked. An adapter whose
 * prerenderer does not report its pictures to Astro leaves such URLs: @astrojs/cloudflare 14.3 in
 * workerd under Astro 7.4 lists the pages, and builds Pavilion's site model with its pictures,
 * before it collects any.
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
			? `The pages point to a picture that the build did not write (${url.pathname}): the adapter rendered the pages without making their pictures while building. With @astrojs/cloudflare, set ${CLOUDFLARE_PICTURE_SETTINGS} in astro.config.mjs`
			: `The pages point to pictures made on request (${url.pathname}?…), which a static site cannot serve: the adapter rendered the pages without making their pictures while building. With @astrojs/cloudflare, set ${CLOUDFLARE_PICTURE_SETTINGS} in astro.config.mjs`;
	return oneLineError('PavilionImageError', line);
}
