import { wpautop } from './wpautop.ts';

/**
 * A post's stored content as the HTML WordPress would show. Block-editor (Gutenberg) posts are
 * HTML already, with their block delimiters in comments (dropped with every other comment when the
 * body is cleaned); classic-editor posts get WordPress's paragraph rule. The [caption] shortcode
 * becomes a figure with its caption; any other shortcode ([gallery], [embed]…) would need the
 * plugin that wrote it, and is reported, left as text.
 */
export function wordpressContentToHtml(content: string): { html: string; isBlockEditor: boolean; notes: string[] } {
	const notes: string[] = [];
	const isBlockEditor = /<!--\s*wp:/.test(content);
	let html = content.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (whole, attributes: string, inner: string) => {
		const parts = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
		if (!parts) return whole;
		const caption = parts[2]!.trim() || (/\bcaption="([^"]*)"/i.exec(attributes)?.[1] ?? '');
		return `<figure>${parts[1]!}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
	});
	const shortcodes = [...new Set([...html.matchAll(/\[([a-z][\w-]*)(?:\s[^\]]*)?\]/gi)].map((match) => match[0]))];
	if (shortcodes.length) notes.push(`shortcodes left as text (they need the WordPress plugin that wrote them): ${shortcodes.join(' ')}`);
	if (!isBlockEditor) html = wpautop(html);
	return { html, isBlockEditor, notes };
}
