/**
 * What the post-build steps need to know about the site, handed over from the site model in
 * memory. The model is built once, inside Astro's rendering of the pages; the sitemap, the
 * offline save lists and the feed enclosures run afterwards in the integration, in the same
 * process (see process-slot.ts). Handing them the model's facts means nothing has to be read back from the built HTML,
 * so an overridden Head or ArticleCard cannot change what the sitemap or the save lists say.
 */
import { processSlot } from './process-slot.ts';

export interface LanguageLink {
	/** BCP 47 tag, or "x-default". */
	lang: string;
	/** Site path, base included. */
	path: string;
}

export interface SaveListFacts {
	/** Site path of the JSON file that lists the locale's articles. */
	path: string;
	articles: { path: string; title: string }[];
	/** Site paths of every image file the article pages show as their cover. */
	images: string[];
}

export interface SiteFacts {
	/** Site paths of every published article's page: what search indexes. */
	articles: string[];
	/** Page path (decoded, base included) → the same page in each language, for hreflang. */
	alternates: [string, LanguageLink[]][];
	saveLists: SaveListFacts[];
	/** Site paths of every feed, whose enclosures get their byte lengths once images exist. */
	feeds: string[];
}

const facts = processSlot<SiteFacts>('site-facts');

export function publishSiteFacts(published: SiteFacts): void {
	facts.set(published);
}

/** The facts of the build that just rendered, or undefined when no page asked for the site model. */
export function takeSiteFacts(): SiteFacts | undefined {
	const taken = facts.get();
	facts.set(undefined);
	return taken;
}

/** Paths are compared decoded: Astro and the sitemap percent-encode letters that the theme's URLs keep readable. */
export function pageKey(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}
