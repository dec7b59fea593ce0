import { escapeUTF8 } from 'entities';
import { fromHtml } from 'hast-util-from-html';
import { elementsOf, textOf } from './html-tree.ts';

/**
 * Block-editor (Gutenberg) content, block by block. WordPress stores each block as its HTML between
 * comments (`<!-- wp:image {"id":31} -->…<!-- /wp:image -->`); dynamic blocks (latest posts, search,
 * archives, calendar, query loops…) store nothing but the comment, since WordPress makes their
 * content each time a page is viewed. Every block ends up as content or as a line of the report:
 * embeds become links, dynamic blocks and layout marks are named.
 */
export interface BlockResult {
	html: string;
	/** Blocks whose content WordPress makes when a page is viewed: nothing of them is in the export. */
	dynamic: string[];
	/** Marks with no content of their own (spacer, more, nextpage): left out. */
	marks: string[];
	/** Embeds of other sites, made links: "YouTube https://…". */
	embeds: string[];
}

interface Block {
	name: string;
	attributes: Record<string, unknown>;
	parts: (string | Block)[];
}

/** WordPress's block delimiter (wp-includes/class-wp-block-parser.php): opener, closer or void. */
const DELIMITER = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(?:(\{[\s\S]*?\})\s+)?(\/)?-->/g;

function parseBlocks(content: string): (string | Block)[] {
	const root: Block = { name: '', attributes: {}, parts: [] };
	const stack: Block[] = [root];
	let last = 0;
	for (const match of content.matchAll(DELIMITER)) {
		const [whole, closer, namespace, name, json, isVoid] = match;
		const current = stack.at(-1)!;
		if (match.index > last) current.parts.push(content.slice(last, match.index));
		last = match.index + whole.length;
		const fullName = `${namespace ?? 'core/'}${name!}`;
		if (closer) {
			// A closer without its opener is left as it is, as WordPress does.
			if (stack.length > 1 && current.name === fullName) stack.pop();
			continue;
		}
		const block: Block = { name: fullName, attributes: parseAttributes(json), parts: [] };
		current.parts.push(block);
		if (!isVoid) stack.push(block);
	}
	stack.at(-1)!.parts.push(content.slice(last));
	return root.parts;
}

function parseAttributes(json: string | undefined): Record<string, unknown> {
	if (!json) return {};
	try {
		const parsed: unknown = JSON.parse(json);
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** The comment form a block name has in the post: "core/latest-posts" → "wp:latest-posts". */
const shownName = (name: string) => `wp:${name.replace(/^core\//, '')}`;

/** Blocks with nothing to show by design. */
const MARKS = new Map([
	['core/spacer', 'empty space'],
	['core/more', 'the "more" mark: Pavilion makes its own summaries'],
	['core/nextpage', 'a page break: the pages are joined into one'],
]);

const PROVIDERS: Record<string, string> = {
	youtube: 'YouTube',
	twitter: 'Twitter',
	x: 'X',
	vimeo: 'Vimeo',
	wordpress: 'WordPress',
	'wordpress-tv': 'WordPress.tv',
	facebook: 'Facebook',
	instagram: 'Instagram',
	tiktok: 'TikTok',
	spotify: 'Spotify',
	soundcloud: 'SoundCloud',
	flickr: 'Flickr',
	bilibili: 'Bilibili',
};

const escapeAttribute = (text: string) => escapeUTF8(text);

/** Does this HTML show anything: text, a picture, a rule, a player or a link? */
function hasContent(html: string): boolean {
	if (!html.trim()) return false;
	const tree = fromHtml(html, { fragment: true });
	if (textOf(tree)) return true;
	return [...elementsOf(tree)].some((element) =>
		['img', 'hr', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'picture', 'source'].includes(element.tagName),
	);
}

function embedHtml(block: Block, inner: string, result: BlockResult): string {
	const tree = fromHtml(inner, { fragment: true });
	const captionElement = [...elementsOf(tree)].find((element) => element.tagName === 'figcaption');
	const caption = captionElement ? textOf(captionElement) : '';
	const wrapperText = textOf(tree)
		.replace(caption, '')
		.trim()
		.split(/\s+/)
		.find((word) => /^https?:\/\//i.test(word));
	const url = (typeof block.attributes.url === 'string' ? block.attributes.url : wrapperText)?.trim();
	// Blocks of WordPress before 5.6 were named after their provider: core-embed/youtube.
	const slug =
		(typeof block.attributes.providerNameSlug === 'string' && block.attributes.providerNameSlug) ||
		(block.name.startsWith('core-embed/') ? block.name.slice('core-embed/'.length) : '');
	const provider =
		PROVIDERS[slug] ??
		(slug ? slug.replace(/(^|-)(\w)/g, (_m, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`) : '');
	if (!url) {
		result.dynamic.push(`${shownName(block.name)}${provider ? ` (${provider})` : ''} without an address`);
		return caption ? `<p>${escapeAttribute(caption)}</p>` : '';
	}
	const name = provider || providerOfUrl(url);
	result.embeds.push(`${name} ${url}`);
	return `${embedLink(url, name)}${caption ? `\n<p>${escapeAttribute(caption)}</p>` : ''}`;
}

/** Hosts of the embeds classic posts name by address alone ([embed]https://youtu.be/…[/embed]). */
const PROVIDER_HOSTS: readonly [RegExp, string][] = [
	[/(^|\.)(youtube\.com|youtu\.be)$/, 'YouTube'],
	[/(^|\.)twitter\.com$/, 'Twitter'],
	[/(^|\.)x\.com$/, 'X'],
	[/(^|\.)vimeo\.com$/, 'Vimeo'],
	[/(^|\.)bilibili\.com$/, 'Bilibili'],
];

/** The provider an embedded address belongs to: "YouTube", or the host name. */
export function providerOfUrl(url: string): string {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return 'link';
	}
	return PROVIDER_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? host.replace(/^www\./, '');
}

/** An embed as readers can still follow it: a link titled with its provider ("YouTube: https://…"). */
export const embedLink = (url: string, provider: string): string =>
	`<p><a href="${escapeAttribute(url)}" title="${escapeAttribute(provider)}">${escapeAttribute(`${provider}: ${url}`)}</a></p>`;

/** <details><summary>Q</summary>A</details>: the question as a bold line, the answer below it, both visible. */
function detailsHtml(inner: string): string {
	return inner
		.replace(/<details\b[^>]*>/gi, '')
		.replace(/<\/details>/gi, '')
		.replace(/<summary\b[^>]*>([\s\S]*?)<\/summary>/gi, '<p><strong>$1</strong></p>');
}

function footnotesHtml(footnotes: string | undefined, result: BlockResult): string {
	let notes: { id?: unknown; content?: unknown }[] = [];
	try {
		const parsed: unknown = JSON.parse(footnotes ?? '');
		if (Array.isArray(parsed)) notes = parsed as typeof notes;
	} catch {
		// Reported below.
	}
	const items = notes.filter((note) => typeof note.content === 'string' && note.content.trim());
	if (!items.length) {
		result.dynamic.push('wp:footnotes (the post has no footnotes stored with it)');
		return '';
	}
	return `<ol>${items.map((note) => `<li>${note.content as string}</li>`).join('')}</ol>`;
}

function render(part: string | Block, context: { footnotes?: string | undefined }, result: BlockResult): string {
	if (typeof part === 'string') return part;
	const reported = { dynamic: result.dynamic.length, marks: result.marks.length };
	const inner = part.parts.map((child) => render(child, context, result)).join('');
	const mark = MARKS.get(part.name);
	if (mark) {
		result.marks.push(`${shownName(part.name)} (${mark})`);
		return '';
	}
	if (part.name === 'core/embed' || part.name.startsWith('core-embed/')) return embedHtml(part, inner, result);
	if (part.name === 'core/footnotes') return footnotesHtml(context.footnotes, result);
	if (part.name === 'core/details') return detailsHtml(inner);
	if (part.name === 'core/separator') return inner.trim() || '<hr>';
	if (!hasContent(inner)) {
		// Nothing stored: WordPress makes it when the page is viewed (latest posts, search, archives, query loops…).
		// A query loop is named once, not with each post-title and post-date block inside it.
		result.dynamic.length = reported.dynamic;
		result.marks.length = reported.marks;
		result.dynamic.push(shownName(part.name));
		return '';
	}
	return inner;
}

export function renderBlocks(content: string, footnotes?: string): BlockResult {
	const result: BlockResult = { html: '', dynamic: [], marks: [], embeds: [] };
	result.html = parseBlocks(content)
		.map((part) => render(part, { footnotes }, result))
		.join('');
	return result;
}
