import type { Element, Root } from 'hast';
import type { FoundDate } from './date-text.ts';
import type { FoundItem } from './meta-blocks.ts';

/**
 * One article read from an old page or a WordPress post, before it gets a file: everything found,
 * and everything that could not be found or had to be left out, for the report.
 */
export interface ImportedArticle {
	/** The file, address or "export.xml → post 12" it came from. */
	input: string;
	/** The article's address on the old site, for redirects: known from the fetch, the saved page or the export. */
	oldUrl?: string | undefined;
	/** Where the old address was read ("saved from url" comment, canonical link…). */
	oldUrlFrom?: string | undefined;
	/** What relative image addresses are resolved against: the page file, or its address. */
	imageBase: string;
	/** The folder a saved page was given in: pictures on disk are read from inside it only. */
	localRoot?: string | undefined;
	/** A page of a wget mirror: its folder and the old address of it (--old-base). */
	mirror?: { folder: string; oldBase: string } | undefined;
	title?: string | undefined;
	titleFrom?: string | undefined;
	date?: FoundDate | undefined;
	updated?: FoundDate | undefined;
	author?: string | undefined;
	editor?: string | undefined;
	source?: { name: string; url?: string | undefined; title?: string | undefined } | undefined;
	tags: string[];
	/** The old site's categories ("展会新闻"), as named there; the Pavilion category is chosen when writing. */
	oldCategories: { name: string; slug?: string | undefined }[];
	draft: boolean;
	/** Scheduled on WordPress: published on its date, and redirected to only from then on. */
	scheduled?: boolean | undefined;
	body: Root | Element;
	/** A WordPress featured image: becomes the cover when it has alt text. */
	cover?: { url: string; alt?: string | undefined } | undefined;
	/** Old names of the article (WordPress post_name, the file name in the URL), tried first for the slug. */
	slugHints: string[];
	/** Meta lines read, for the report. */
	metaItems: FoundItem[];
	/** Things that could not be done and need someone's attention. */
	problems: string[];
	/** Things done that are worth a look (a title cut out of <title>, furniture removed). */
	notes: string[];
	/** Text of the share bars, QR blocks and buttons removed from the body. */
	removed: string[];
	/** Meta lines taken out of the body because their values are in the front matter ("来源：青潭日报"), as written. */
	moved: string[];
	/** Links to documents left on the old site. */
	attachments: string[];
}
