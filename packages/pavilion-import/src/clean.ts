import type { Element, Nodes, Root } from 'hast';
import { attribute, elementsOf, isElement, prune, textOf } from './html-tree.ts';
import { clip } from './report.ts';

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

/**
 * The words a QR image is known by: its path and file name, alt text, class and id. Never the whole address:
 * a data: address is a base64 payload, where "qr" occurs by chance in any large picture.
 */
function qrWords(element: Element): string {
	const src = attribute(element, 'src')?.trim() ?? '';
	const file = /^data:/i.test(src) ? '' : src.split(/[?#]/)[0]!;
	return `${file} ${attribute(element, 'alt') ?? ''} ${attribute(element, 'title') ?? ''} ${namesOf(element).join(' ')}`;
}

const isQrImage = (element: Element) => element.tagName === 'img' && QR_IMAGE.test(qrWords(element));

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
				lost.push(`<${tag}>${where ? ` ${clip(where)}` : ''} was not imported (Pavilion shows no embedded players, frames or forms)`);
			} else if (isQrImage(child)) {
				doomed.add(child);
				const src = attribute(child, 'src') ?? '';
				removed.push(`QR image ${/^data:/i.test(src) ? '(data: address)' : short(src)}`.trim());
			} else if (isJunkByName(child)) {
				doomed.add(child);
				const text = textOf(child);
				if (text) removed.push(short(text));
			} else if (!inText && isQrBlock(child, node)) {
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
 * The words QR, share and print prompts are made of. A text made of nothing else ("扫一扫在手机上打开当前页",
 * "扫码阅读手机版", "分享到：微信 微博") is a prompt; one word more ("观众可扫码预约参观。") makes it a sentence of the article.
 */
const PROMPT_WORDS = [
	'扫一扫',
	'扫描二维码',
	'扫二维码',
	'扫码',
	'扫描',
	'二维码',
	'手机版',
	'手机',
	'移动端',
	'微信',
	'在',
	'上',
	'打开',
	'阅读',
	'浏览',
	'查看',
	'当前页面',
	'当前页',
	'本页',
	'此页',
	'本文',
	'页面',
	'分享到',
	'分享给',
	'分享',
	'给',
	'朋友圈',
	'朋友',
	'好友',
	'微博',
	'QQ空间',
	'QQ',
	'打印本页',
	'打印此页',
	'打印',
	'关闭窗口',
	'关闭本页',
	'关闭',
	'返回顶部',
	'回到顶部',
	'收藏',
	'请',
	'使用',
	'用',
	'即可',
	'关注',
	'公众号',
];
const PROMPT_ONLY = new RegExp(String.raw`^(?:${PROMPT_WORDS.join('|')}|[\s\p{P}\p{S}])+$`, 'iu');

/** A text that is only a QR, share or print prompt, short: never a sentence of the article. */
export function isPromptText(text: string): boolean {
	const compact = text.replace(/\s/g, '');
	return JUNK_TEXT.test(compact) && compact.length <= 40 && PROMPT_ONLY.test(compact);
}

const hasQrImage = (node: Nodes) => [...elementsOf(node)].some(isQrImage);

/** The elements just before and after `element` among its parent's children (white space between them skipped). */
function neighbours(parent: Element | Root, element: Element): Element[] {
	const siblings = parent.children.filter((child) => child.type !== 'comment' && !(child.type === 'text' && !child.value.trim()));
	const index = siblings.indexOf(element);
	return [siblings[index - 1], siblings[index + 1]].filter((sibling): sibling is Element => isElement(sibling));
}

/**
 * A QR or share block found by its text: a short prompt ("扫一扫在手机上打开当前页"), or a short text
 * with a QR prompt in or beside a QR code image ("扫码关注青潭智博会" under the code). A block of text
 * alone that says more than a prompt ("观众可扫码预约参观。") is article text, and stays.
 */
function isQrBlock(element: Element, parent: Element | Root): boolean {
	const text = textOf(element);
	if (!JUNK_TEXT.test(text) || text.replace(/\s/g, '').length > 40) return false;
	if (isPromptText(text)) return true;
	return hasQrImage(element) || neighbours(parent, element).some(hasQrImage);
}
