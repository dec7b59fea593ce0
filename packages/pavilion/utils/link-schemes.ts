/**
 * Which links a page may carry: web addresses, e-mail and phone links. A `javascript:`, `data:`
 * or `file:` link would run script or reach the reader's own files. One rule for the article
 * bodies the build checks (integrations/article-html.ts) and the pages the importer brings in.
 */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The scheme of a link as a browser reads it ("javascript:"), which ignores spaces and control characters inside it. */
export function schemeOf(value: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what browsers skip in a scheme
	const compact = value.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^[a-z][a-z0-9+.-]*:/i.exec(compact)?.[0].toLowerCase();
}
