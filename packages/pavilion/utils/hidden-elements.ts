import type { Element } from 'hast';

/**
 * Whether the author hid an element from readers: the `hidden` attribute (but for `until-found`,
 * which the browser's find-in-page reveals), or an inline `display: none`. Such an element says
 * nothing on the page, in a feed reader (which drops styles) or in a summary, and is left out of
 * the page source too, like an HTML comment.
 */
export function hiddenByAuthor(element: Pick<Element, 'properties'>): boolean {
	const { hidden, style } = element.properties;
	if (hidden !== undefined && hidden !== false && String(hidden).toLowerCase() !== 'until-found') return true;
	return typeof style === 'string' && /(^|;)\s*display\s*:\s*none\s*(!\s*important\s*)?(;|$)/i.test(style);
}
