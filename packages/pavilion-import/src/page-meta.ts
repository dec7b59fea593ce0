import type { Root } from 'hast';
import { attribute, elementsOf } from './html-tree.ts';

/**
 * What a page says about itself in its <head>: meta tags (og:, article:, and the names of the
 * Chinese government website standard — ArticleTitle, PubDate, ContentSource, SiteName), the
 * canonical address, and the "saved from url" comment browsers write into saved pages.
 */
export class PageMeta {
	readonly #tags = new Map<string, string>();
	readonly canonical: string | undefined;

	constructor(tree: Root) {
		let canonical: string | undefined;
		for (const element of elementsOf(tree)) {
			if (element.tagName === 'meta') {
				const key = attribute(element, 'name') ?? attribute(element, 'property') ?? attribute(element, 'itemProp');
				const content = attribute(element, 'content')?.trim();
				// The first tag of a name wins, as for readers: later ones are usually templates' defaults.
				if (key && content && !this.#tags.has(key.toLowerCase())) this.#tags.set(key.toLowerCase(), content);
			}
			if (element.tagName === 'link' && attribute(element, 'rel')?.toLowerCase().split(/\s+/).includes('canonical'))
				canonical ??= attribute(element, 'href');
		}
		this.canonical = canonical;
	}

	/** The first of the named meta tags that is present, with its name: get('articletitle', 'og:title'). */
	get(...names: string[]): { name: string; value: string } | undefined {
		for (const name of names) {
			const value = this.#tags.get(name.toLowerCase());
			if (value) return { name, value };
		}
		return undefined;
	}

	get siteName(): string | undefined {
		return this.get('og:site_name', 'SiteName', 'application-name')?.value;
	}
}

/** Browsers write `<!-- saved from url=(0059)http://… -->` at the top of a page saved whole. */
export function savedFromUrl(html: string): string | undefined {
	return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1];
}

/** An absolute http(s) address, or undefined for anything else (a relative path, about:blank, javascript:). */
export function webAddress(value: string | undefined, base?: string): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value.trim(), base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}
