import type { Element, Root } from 'hast';
import { SAFE_SCHEMES, schemeOf } from 'astro-pavilion/tools';
import { attribute, elementsOf, isElement, prune, textOf } from './html-tree.ts';

/**
 * Old HTML made ready for Markdown, in place: figure captions become image titles (Pavilion shows
 * an image with a title, alone in its paragraph, as a figure with that caption), lazy-loaded
 * images get their real address, links become absolute addresses of the old site, and links that
 * run script lose their link but keep their text.
 */
export interface BodyNotes {
	notes: string[];
	/** Links to documents on the old site (附件 .docx, .pdf…): they stay links to the old address. */
	attachments: string[];
}

const ATTACHMENT = /\.(pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|txt|csv|ofd)$/i;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|bmp|svg)$/i;
const LAZY_SOURCES = ['dataOriginal', 'dataSrc', 'dataLazySrc', 'dataUrl', 'dataEcho'];

export function prepareBody(body: Element | Root, linkBase: string | undefined): BodyNotes {
	const notes: string[] = [];
	const attachments: string[] = [];
	const unlinked: string[] = [];
	let relativeLinks = 0;
	flattenGalleries(body);
	for (const element of [...elementsOf(body)]) {
		if (element.tagName === 'img') {
			// Lazy loading keeps the picture in data-src and a spinner in src.
			const lazy = LAZY_SOURCES.map((key) => attribute(element, key)).find(Boolean);
			if (lazy) element.properties.src = lazy;
		}
		if (element.tagName === 'figure') captionAsTitle(element);
		if (element.tagName === 'a') {
			const href = attribute(element, 'href')?.trim();
			if (!href) continue;
			const scheme = schemeOf(href);
			if (scheme && !SAFE_SCHEMES.has(scheme)) {
				// javascript:, data: and file: links would be refused by the build; the words stay.
				unwrap(body, element);
				unlinked.push(href.length > 50 ? `${href.slice(0, 47)}…` : href);
				continue;
			}
			if (href.startsWith('#')) continue;
			const absolute = resolveLink(href, linkBase);
			if (absolute) element.properties.href = absolute;
			else if (!scheme) relativeLinks++;
			const target = absolute ?? href;
			const only = element.children.filter((child) => child.type !== 'text' || child.value.trim());
			if (only.length === 1 && isElement(only[0], 'img') && IMAGE_FILE.test(target.split(/[?#]/)[0]!)) {
				// A thumbnail linking to the big picture: the picture is kept, the link to the old server is not.
				unwrap(body, element);
				continue;
			}
			if (ATTACHMENT.test(target.split(/[?#]/)[0]!)) attachments.push(target);
		}
	}
	if (unlinked.length) notes.push(`links that run script or point to local files were made plain text: ${unlinked.join(', ')}`);
	if (relativeLinks)
		notes.push(
			`${relativeLinks} relative link(s) kept as written: the page's old address is unknown, so they cannot be made absolute (pass --old-base)`,
		);
	return { notes, attachments: [...new Set(attachments)] };
}

function resolveLink(href: string, base: string | undefined): string | undefined {
	try {
		const url = new URL(href, base);
		return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** Put an element's children in its place. */
function unwrap(root: Element | Root, element: Element): void {
	const visit = (node: Element | Root): boolean => {
		const index = node.children.indexOf(element);
		if (index >= 0) {
			node.children.splice(index, 1, ...element.children);
			return true;
		}
		return node.children.some((child) => isElement(child) && visit(child));
	};
	visit(root);
}

const onlyChildren = (element: Element) => element.children.filter((child) => child.type !== 'text' || child.value.trim());

/**
 * A gallery as WordPress writes it: a list of pictures (<ul class="blocks-gallery-grid"><li><figure>…),
 * or pictures linked to their attachment pages. Each picture becomes a figure of its own, unlinked,
 * so that its caption is shown under it (a picture alone in its paragraph, with a title): in a list
 * item or a link, a caption would survive only as a title attribute.
 */
function flattenGalleries(body: Element | Root): void {
	for (const element of [...elementsOf(body)]) {
		if (element.tagName === 'figure')
			for (const link of [...elementsOf(element)].filter((inner) => inner.tagName === 'a')) {
				const only = onlyChildren(link);
				if (only.length === 1 && isElement(only[0], 'img')) unwrap(body, link);
			}
		if (element.tagName !== 'ul' && element.tagName !== 'ol') continue;
		const items = onlyChildren(element);
		const pictures = items.every(
			(item) => isElement(item, 'li') && [...elementsOf(item)].some((inner) => inner.tagName === 'img') && !textOutsideCaptions(item),
		);
		if (!items.length || !pictures) continue;
		for (const item of items) if (isElement(item)) item.tagName = 'div';
		unwrap(body, element);
	}
}

/** The text of an element that is not in a <figcaption>. */
function textOutsideCaptions(element: Element): string {
	return element.children
		.map((child) =>
			isElement(child, 'figcaption') ? '' : isElement(child) ? textOutsideCaptions(child) : child.type === 'text' ? child.value.trim() : '',
		)
		.join('');
}

/** <figure><img><figcaption>图为…</figcaption></figure>: the caption becomes the image's title. */
function captionAsTitle(figure: Element): void {
	const images = [...elementsOf(figure)].filter((element) => element.tagName === 'img');
	const caption = figure.children.find((child): child is Element => isElement(child, 'figcaption'));
	if (images.length !== 1 || !caption) return;
	const image = images[0]!;
	const text = textOf(caption);
	if (!text) return;
	if (!attribute(image, 'title')) image.properties.title = text;
	else if (attribute(image, 'title') !== text) return;
	prune(figure, new Set([caption]));
}
