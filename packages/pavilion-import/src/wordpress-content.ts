import { escapeUTF8 } from 'entities';
import { embedLink, providerOfUrl, renderBlocks } from './wordpress-blocks.ts';
import { wpautop } from './wpautop.ts';

/**
 * A post's stored content as the HTML WordPress would show. Block-editor (Gutenberg) posts are
 * HTML between block comments (wordpress-blocks.ts); classic-editor posts get WordPress's
 * paragraph rule. Shortcodes WordPress itself knows become content: [caption] a figure with its
 * caption, [gallery] the pictures with theirs, [embed], [audio] and [video] links. Any other
 * shortcode would need the plugin that wrote it: it is left as text and named in the report.
 */
export interface Attachment {
	url: string;
	alt: string;
	/** The caption, as WordPress stores it: the attachment's excerpt. */
	caption: string;
	/** The post the picture was uploaded to: [gallery] without ids shows these. */
	parent: string;
	order: number;
}

export interface ContentContext {
	postId?: string | undefined;
	attachments?: ReadonlyMap<string, Attachment> | undefined;
	/** The post's `footnotes` meta: the footnotes block shows them. */
	footnotes?: string | undefined;
}

const escapeText = (text: string) => escapeUTF8(text);

/** Attributes of a shortcode: `ids="1,2" columns=3 link='file'`. */
function shortcodeAttributes(text: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g))
		attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
	return attributes;
}

const figure = (url: string, alt: string, caption: string) =>
	`<figure><img src="${escapeText(url)}" alt="${escapeText(alt)}">${caption ? `<figcaption>${escapeText(caption)}</figcaption>` : ''}</figure>`;

function galleryHtml(attributeText: string, context: ContentContext, notes: string[]): string {
	const attachments = context.attachments ?? new Map<string, Attachment>();
	const ids = shortcodeAttributes(attributeText)
		.ids?.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const chosen = ids
		? ids.map((id) => [id, attachments.get(id)] as const)
		: [...attachments].filter(([, attachment]) => attachment.parent === context.postId).sort(([, a], [, b]) => a.order - b.order);
	const missing = chosen.filter(([, attachment]) => !attachment?.url).map(([id]) => id);
	if (missing.length) notes.push(`[gallery]: attachment(s) ${missing.join(', ')} are not in the export`);
	const pictures = chosen.flatMap(([, attachment]) =>
		attachment?.url ? [figure(attachment.url, attachment.alt, attachment.caption)] : [],
	);
	if (!pictures.length) notes.push(`[gallery${attributeText}] shows no picture of the export: left out`);
	return pictures.join('\n');
}

const mediaLink = (url: string, kind: string, notes: string[]) => {
	notes.push(`[${kind}] ${url} became a link (Pavilion shows no players)`);
	return kind === 'embed' ? embedLink(url, providerOfUrl(url)) : `<p><a href="${escapeText(url)}">${escapeText(url)}</a></p>`;
};

/** The shortcodes of WordPress itself; in <pre> and <code> brackets are text. */
function expandShortcodes(html: string, context: ContentContext, notes: string[]): string {
	return html
		.split(/(<pre[\s>][\s\S]*?<\/pre>|<code[\s>][\s\S]*?<\/code>)/i)
		.map((segment, index) => {
			if (index % 2 === 1) return segment;
			return segment
				.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (whole, attributes: string, inner: string) => {
					const parts = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
					if (!parts) return whole;
					const caption = parts[2]!.trim() || (/\bcaption="([^"]*)"/i.exec(attributes)?.[1] ?? '');
					return `<figure>${parts[1]!}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
				})
				.replace(/\[gallery([^\]]*)\]/gi, (_whole, attributes: string) => galleryHtml(attributes, context, notes))
				.replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/gi, (whole, _attributes: string, url: string) =>
					/^\s*https?:\/\/\S+\s*$/i.test(url) ? mediaLink(url.trim(), 'embed', notes) : whole,
				)
				.replace(/\[(audio|video)([^\]]*)\](?:\s*\[\/\1\])?/gi, (whole, kind: string, attributes: string) => {
					const values = shortcodeAttributes(attributes);
					const url = values.src ?? values.mp3 ?? values.mp4 ?? values.m4a ?? values.ogg ?? values.webm ?? values.wav;
					return url ? mediaLink(url, kind.toLowerCase(), notes) : whole;
				});
		})
		.join('');
}

function otherShortcodes(html: string): string[] {
	const outside = html.replace(/<pre[\s>][\s\S]*?<\/pre>|<code[\s>][\s\S]*?<\/code>/gi, '');
	return [...new Set([...outside.matchAll(/\[([a-z][\w-]*)(?:\s[^\]]*)?\]/gi)].map((match) => match[0]))];
}

export function wordpressContentToHtml(
	content: string,
	context: ContentContext = {},
): { html: string; isBlockEditor: boolean; notes: string[] } {
	const notes: string[] = [];
	const isBlockEditor = /<!--\s+wp:/.test(content);
	let html = content;
	if (isBlockEditor) {
		const blocks = renderBlocks(content, context.footnotes);
		html = blocks.html;
		if (blocks.embeds.length)
			notes.push(`embeds became links (Pavilion shows nothing loaded from other sites): ${blocks.embeds.join(', ')}`);
		if (blocks.dynamic.length)
			notes.push(
				`blocks WordPress fills in when a page is viewed hold nothing in the export and were left out: ${blocks.dynamic.join(', ')}`,
			);
		if (blocks.marks.length) notes.push(`layout marks left out: ${blocks.marks.join(', ')}`);
	}
	// A footnote mark links to the note's id, which Markdown does not keep: the number stays, as <sup>.
	html = html.replace(/<sup\b[^>]*\bdata-fn=[^>]*>\s*<a\b[^>]*>([\s\S]*?)<\/a>\s*<\/sup>/gi, '<sup>$1</sup>');
	html = expandShortcodes(html, context, notes);
	const shortcodes = otherShortcodes(html);
	if (shortcodes.length) notes.push(`shortcodes left as text (they need the WordPress plugin that wrote them): ${shortcodes.join(' ')}`);
	if (!isBlockEditor) html = wpautop(html);
	return { html, isBlockEditor, notes };
}
