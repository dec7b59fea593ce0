import type { Element, Nodes, Root } from 'hast';
import { attribute, elementsOf, isElement, prune, textOf } from './html-tree.ts';

/**
 * What an old article page wraps around the text and that is not the article: share bars, "扫一扫"
 * QR codes, print and close buttons, font-size switches, previous/next links, scripts. They are
 * removed from the body, and each removal with text is listed in the report so that press staff
 * can check nothing of the article went with them.
 */

/** Elements that never hold article text. */
const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'link',
	'meta',
	'input',
	'button',
	'select',
	'textarea',
	'map',
	'area',
]);
/** Elements that do hold content, but content Pavilion refuses (it would load another site): removed and reported. */
const EMBEDS = new Set(['iframe', 'frame', 'object', 'embed', 'video', 'audio', 'form', 'canvas']);

/** Parts of class and id names that mark page furniture: "bdsharebuttonbox", "share-bar", "article-tools", "prev-next". */
const JUNK_NAME = /share|qrcode|erweima|bdshare/;
const JUNK_PART = new Set([
	'qr',
	'ewm',
	'print',
	'close',
	'tool',
	'tools',
	'toolbar',
	'breadcrumb',
	'breadcrumbs',
	'crumb',
	'crumbs',
	'nav',
	'navbar',
	'menu',
	'prev',
	'next',
	'prevnext',
	'pager',
	'pagination',
	'related',
	'relate',
	'comment',
	'comments',
	'fontsize',
	'social',
]);

/** Text of QR, share and print blocks as Chinese sites write it. */
export const JUNK_TEXT =
	/扫一扫|扫码|在手机上打开|手机上打开|手机扫描|微信扫描|用微信扫|分享到|打印本页|打印此页|关闭窗口|关闭本页|返回顶部|回到顶部/;
/** Images that are a QR code of the page or of an account, not a picture of the story. */
const QR_IMAGE = /qr|qrcode|ewm|erweima|二维码|扫码|扫一扫/i;

const namesOf = (element: Element) =>
	`${attribute(element, 'className') ?? ''} ${attribute(element, 'id') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);

function isJunkByName(element: Element): boolean {
	return namesOf(element).some(
		(name) => JUNK_NAME.test(name) || JUNK_PART.has(name) || name.split(/[-_]/).some((part) => JUNK_PART.has(part)),
	);
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export interface Removals {
	/** Furniture taken out, with its text: for the report. */
	removed: string[];
	/** Content that could not be kept (videos, frames): problems to act on. */
	lost: string[];
}

/** Remove page furniture from an article body, in place. */
export function removeJunk(container: Element | Root): Removals {
	const removed: string[] = [];
	const lost: string[] = [];
	const doomed = new Set<Nodes>();
	const walk = (node: Element | Root, inText: boolean) => {
		for (const child of node.children) {
			if (child.type === 'comment') {
				// Old CMS markers (<!--正文开始-->) and WordPress block delimiters (<!-- wp:paragraph -->) are not content.
				doomed.add(child);
				continue;
			}
			if (!isElement(child)) continue;
			const tag = child.tagName;
			if (DROPPED.has(tag)) doomed.add(child);
			else if (tag === 'nav') {
				// Previous/next links and in-page menus: the new site has its own.
				doomed.add(child);
				const text = textOf(child);
				if (text) removed.push(short(text));
			} else if (EMBEDS.has(tag)) {
				doomed.add(child);
				const address = attribute(child, 'src') ?? attribute(child, 'data') ?? attribute(child, 'action');
				const inner = [...elementsOf(child)].find((element) => element.tagName === 'source');
				const where = address ?? (inner && attribute(inner, 'src'));
				lost.push(`<${tag}>${where ? ` ${where}` : ''} was not imported (Pavilion shows no embedded players, frames or forms)`);
			} else if (
				tag === 'img' &&
				QR_IMAGE.test(`${attribute(child, 'src') ?? ''} ${attribute(child, 'alt') ?? ''} ${namesOf(child).join(' ')}`)
			) {
				doomed.add(child);
				removed.push(`QR image ${attribute(child, 'src') ?? ''}`.trim());
			} else if (isJunkByName(child)) {
				doomed.add(child);
				const text = textOf(child);
				if (text) removed.push(short(text));
			} else if (!inText && isJunkText(child)) {
				doomed.add(child);
				removed.push(short(textOf(child)));
			} else walk(child, inText || TEXT_BLOCKS.has(tag));
		}
	};
	walk(container, false);
	prune(container, doomed);
	return { removed, lost };
}

/** Inside these, a phrase such as "扫码报名" is part of a sentence: only whole blocks are taken for QR prompts. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'caption', 'th']);

/**
 * A short block whose text is a QR or share prompt ("扫一扫在手机上打开当前页"). A paragraph of
 * the article that mentions sharing is longer than this, and is kept.
 */
function isJunkText(element: Element): boolean {
	const text = textOf(element);
	return JUNK_TEXT.test(text) && text.replace(/\s/g, '').length <= 40;
}
