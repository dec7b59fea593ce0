import { fromHtml } from 'hast-util-from-html';
import { textOf } from './html-tree.ts';

/**
 * A title as readers saw it: WordPress titles (and some meta tags) are HTML, so "Title <em>With</em>
 * Markup" and "H&lt;sub&gt;…" are read as a browser reads them, and only their text is kept. The
 * theme puts a title into <h1>, <title> and feeds as text: markup there would show as tags.
 */
export const plainTitle = (html: string): string => textOf(fromHtml(html, { fragment: true }));
