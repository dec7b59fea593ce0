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
	/** Page path (decoded, base included) → the same page in each language, for hreflang. */
	alternates: [string, LanguageLink[]][];
	saveLists: SaveListFacts[];
	/** Site paths of every feed, whose enclosures get their byte lengths once images exist. */
	feeds: string[];
	/** The preview images of articles without a cover, drawn after the pages are rendered. */
	previews: PreviewFacts[];
}

const facts = processSlot<SiteFacts>('site-facts');
const listener = processSlot<(published: SiteFacts) => void>('site-facts-listener');

export function publishSiteFacts(published: SiteFacts): void {
	facts.set(published);
	listener.get()?.(published);
}

/**
 * Work that can start as soon as the facts are known, while Astro is still rendering the pages:
 * drawing the link previews uses the second core, which page rendering leaves mostly idle.
 */
export function onSiteFacts(start: ((published: SiteFacts) => void) | undefined): void {
	listener.set(start);
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
