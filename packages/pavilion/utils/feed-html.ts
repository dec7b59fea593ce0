import type { Element, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { readBodyHtml } from './body-html.ts';

/**
 * Article HTML as feed readers need it. The body is held to the same allow-list as the article
 * page (body-policy.ts, read by body-html.ts as a browser reads it), so a feed carries the same
 * elements as the page. Feed readers show an item far from the site's styles, so presentation and
 * page-only attributes go too (classes, styles, ids, data attributes, focus order), and every link
 * and image address becomes absolute.
 */
const PAGE_ONLY = /^(className|style|id|tabIndex|role|loading|decoding|translate)$|^(data|aria)[A-Z]/;

function absolute(url: string, base: string): string | undefined {
	if (url === '') return url;
	try {
		return new URL(url, base).href;
	} catch {
		return undefined;
	}
}

function absoluteSrcset(srcset: readonly string[], base: string): string[] {
	return srcset.map((candidate) => {
		const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
		return [absolute(url, base) ?? '', ...descriptors].join(' ');
	});
}

function forFeed(element: Element, pageUrl: string): void {
	const properties = Object.fromEntries(Object.entries(element.properties).filter(([key]) => !PAGE_ONLY.test(key)));
	for (const key of ['href', 'src'] as const) {
		const value = properties[key];
		if (typeof value === 'string') properties[key] = absolute(value, pageUrl);
	}
	const srcset = properties.srcSet;
	if (typeof srcset === 'string') properties.srcSet = absoluteSrcset(srcset.split(','), pageUrl).join(', ');
	else if (Array.isArray(srcset)) properties.srcSet = absoluteSrcset(srcset.map(String), pageUrl).join(', ');
	element.properties = properties;
}

export function feedHtml(html: string, pageUrl: string): string {
	const { tree } = readBodyHtml(html);
	const visit = (node: Nodes) => {
		if (node.type === 'element') forFeed(node, pageUrl);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return toHtml(tree, { closeSelfClosing: true, characterReferences: { useNamedReferences: true } });
}
