/**
 * Result cards, built with DOM methods: titles and summaries are text and go in as text. The
 * excerpt is Pagefind's, in which only <mark> is markup.
 */
import { bestSection } from '../../../utils/search-query.ts';
import type { PagefindResult, ResultData } from './search-engine.ts';

/** Keep Pagefind's <mark> and nothing else: any other angle bracket is shown as typed. */
export function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	const parts = excerpt.split(/(<mark>|<\/mark>)/);
	let mark: HTMLElement | undefined;
	for (const part of parts) {
		if (part === '<mark>') mark = document.createElement('mark');
		else if (part === '</mark>') {
			if (mark) nodes.push(mark);
			mark = undefined;
		} else if (part) {
			const text = document.createTextNode(decodeEntities(part));
			if (mark) mark.append(text);
			else nodes.push(text);
		}
	}
	if (mark) nodes.push(mark);
	return nodes;
}

const decoder = () => document.createElement('textarea');
function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	const element = decoder();
	element.innerHTML = text.replace(/</g, '&lt;');
	return element.value;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result: a real link, so it can be opened in a new tab, copied or followed with Enter. */
export function resultItem(data: ResultData): HTMLLIElement {
	const item = element('li', 'pv-result');
	const link = element('a', 'pv-result-link');
	// A match under a heading leads to that heading, and the result names it.
	const section = bestSection(data.sub_results);
	link.href = section?.url ?? data.url;
	if (data.meta.image) {
		const image = element('img', 'pv-result-thumb');
		image.src = data.meta.image;
		image.alt = '';
		image.width = 96;
		image.height = 54;
		image.loading = 'lazy';
		link.append(image);
	}
	const body = element('span', 'pv-result-body');
	body.append(element('span', 'pv-result-title', data.meta.title ?? data.url));
	body.append(element('span', 'pv-result-meta', [data.meta.date, data.meta.category].filter(Boolean).join(' · ')));
	if (section) body.append(element('span', 'pv-result-section', section.title));
	const excerpt = element('span', 'pv-result-excerpt');
	excerpt.append(...excerptNodes(section?.excerpt ?? data.excerpt));
	body.append(excerpt);
	link.append(body);
	item.append(link);
	return item;
}

/** Load and render `results[from..to)`; Pagefind fetches each result's fragment on demand. */
export async function appendResults(list: HTMLElement, results: readonly PagefindResult[], from: number, to: number): Promise<void> {
	const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
	list.append(...data.map((entry) => resultItem(entry)));
}
