/**
 * Whether an article's body may give an element a style attribute, for its page's
 * Content-Security-Policy (routes/Article.astro). It reads the source and errs one way only: Markdown
 * makes no style attribute of its own, so one in the page comes from "style=" in the source (raw HTML,
 * whatever separates it from the tag name, in any case, or JSX), though text that merely reads
 * "style=" counts too. An MDX body counts as styled whatever it says, since the components it
 * imports may write style attributes of their own.
 */
export function mayHoldStyleAttributes(body: { body?: string | undefined; filePath?: string | undefined }): boolean {
	if (body.body === undefined || !body.filePath?.endsWith('.md')) return true;
	return /style\s*=/i.test(body.body);
}
