import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readBodyHtml } from './body-html.ts';
import { feedHtml } from './feed-html.ts';

const page = 'https://expo.example.com/news/expo-opens/';

describe('feedHtml', () => {
	it('removes scripts, styles, iframes and inline SVG with their content', () => {
		const html = feedHtml(
			'<p>正文</p><script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe><svg><text>QR</text></svg>',
			page,
		);
		expect(html).toBe('<p>正文</p>');
	});
	it('drops event handlers, classes and data attributes', () => {
		expect(feedHtml('<p class="a" data-x="1" onclick="evil()">x</p><img src="a.png" onerror="evil()" alt="a" />', page)).toBe(
			'<p>x</p><img src="https://expo.example.com/news/expo-opens/a.png" alt="a" />',
		);
	});
	it('makes links, images and srcsets absolute', () => {
		const html = feedHtml(
			'<a href="/news/x/">x</a><img src="/_astro/c.webp" srcset="/_astro/c-480.webp 480w, /_astro/c-800.webp 800w" alt="c">',
			page,
		);
		expect(html).toContain('href="https://expo.example.com/news/x/"');
		expect(html).toContain('src="https://expo.example.com/_astro/c.webp"');
		expect(html).toContain('srcset="https://expo.example.com/_astro/c-480.webp 480w, https://expo.example.com/_astro/c-800.webp 800w"');
	});
	it('refuses javascript: links', () => {
		expect(feedHtml('<a href="javascript:alert(1)">x</a>', page)).toBe('<a>x</a>');
	});
	it('keeps figures, captions, tables and asides', () => {
		const html =
			'<figure><img src="https://a/b.png" alt="b" /><figcaption>图</figcaption></figure><aside><p>提示</p></aside><table><tbody><tr><th scope="row">a</th></tr></tbody></table>';
		expect(feedHtml(html, page)).toBe(html);
	});
});

describe('feeds and pages', () => {
	it('carry the same elements for the same body', () => {
		const body =
			'<p>正文<mark>重点</mark><font>红字</font><!-- 备注 --></p><noscript><p>x</p></noscript><details><summary>更多</summary><p class="a" data-x="1">内容</p></details><table><tr><td>1</td></tr></table><svg><circle r="1"></circle></svg><a href="/news/" ping="/p">新闻</a>';
		const elements = (tree: Nodes): string[] =>
			tree.type === 'element'
				? [tree.tagName, ...tree.children.flatMap(elements)]
				: 'children' in tree
					? tree.children.flatMap(elements)
					: [];
		const page = elements(readBodyHtml(body).tree);
		expect(elements(fromHtml(feedHtml(body, 'https://expo.example.com/news/x/'), { fragment: true }))).toEqual(page);
		expect(page).toEqual(['p', 'mark', 'details', 'summary', 'p', 'table', 'tbody', 'tr', 'td', 'a']);
	});
});
