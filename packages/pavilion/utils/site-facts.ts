/**
 * What the post-build steps need to know about the site, taken from the site model. The model is
 * built while Astro renders the pages, which an adapter may do in another process or runtime
 * (`setPrerenderer`), so the facts travel the one way every renderer supports: the build writes
 * them as a file (routes/site-facts.json.ts), which the integration reads and removes when the
 * build is done. Nothing has to be read back from the built HTML, so an overridden Head or
 * ArticleCard cannot change what the sitemap or the save lists say.
 */

/** Where the build writes the facts, from the output folder (the base is not part of it); removed before the site ships. */
export const SITE_FACTS_FILE = 'pavilion-site-facts.json';

export interface LanguageLink {
	/** BCP 47 tag, or "x-default". */
	lang: string;
	/** Site path, base included. */
	path: string;
}

export interface SaveListFacts {
	/** Site path of the JSON file that lists them: the locale's articles, or its exhibitor directory. */
	path: string;
	pages: { path: string; title: string }[];
	/** Site paths of every image file the pages show: covers, logos, floor plans. */
	images: string[];
}

/** What a drawn link-preview image shows (runtime/article-preview.ts). */
export interface PreviewContent {
	lang: string;
	title: string;
	category: string;
	fair: string;
	dates: string;
	venue: string;
	site: string;
	/** The brand colour, behind white text. */
	background: string;
}

export interface PreviewFacts {
	/** Site path of the PNG file. */
	path: string;
	content: PreviewContent;
	/** The file of the article it shows (of one of them, when articles share it), for a message should it fail. */
	article?: string | undefined;
}

export interface SiteFacts {
	/** Site paths of every published article's page: what search indexes. */
	articles: string[];
	/** Site paths of the other pages search indexes, each as its own kind: exhibitors, sessions and speakers. */
	otherIndexed: string[];
	/** Page path (decoded, base included) → the same page in each language, for hreflang. */
	alternates: [string, LanguageLink[]][];
	saveLists: SaveListFacts[];
	/** Site paths of every feed, whose enclosures get their byte lengths once images exist. */
	feeds: string[];
	/** The preview images of articles without a cover, drawn after the pages are rendered. */
	previews: PreviewFacts[];
}

/** Paths are compared decoded: Astro and the sitemap percent-encode letters that the theme's URLs keep readable. */
export function pageKey(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}
