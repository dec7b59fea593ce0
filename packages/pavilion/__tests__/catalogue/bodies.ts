import { decodeXML } from 'entities';
import { expect } from 'vitest';
import { defaultTreeAdapter, serializeOuter } from 'parse5';
import { browserRead, isElement, nodesBelow, type Element } from '../browser-parse.ts';
import { zh, zhMessage, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import type { BuiltSite } from '../test-utils.ts';

/** Hostile and unknown markup in article bodies (the sanitizer, utils/body-policy.ts). */

/** A built article's body as a browser reads it (parse5, HTML5 with scripting on): the element around <Content />. */
function bodyOf(html: string): Element {
	const body = nodesBelow(browserRead(html))
		.filter(isElement)
		.find((node) => node.attrs.some(({ name, value }) => name === 'class' && value.split(' ').includes('pv-prose')));
	if (!body) throw new Error('no article body on the page');
	return body;
}

/** The HTML of a feed's item for one page, read as a browser reads it. */
function feedBodyOf(xml: string, url: string): Element | undefined {
	const item = xml.split('<item>').find((candidate) => candidate.includes(`<link>${url}</link>`));
	const encoded = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item ?? '')?.[1];
	if (encoded === undefined) return undefined;
	const html = encoded.startsWith('<![CDATA[') ? encoded.slice(9, -3) : decodeXML(encoded);
	return nodesBelow(browserRead(`<!doctype html><body>${html}`))
		.filter(isElement)
		.find((node) => node.tagName === 'body');
}

/** Whatever in a body could run script, load a file from another host, or hide text in the source. */
function dangersIn(body: Element): string[] {
	return nodesBelow(body).flatMap((node) => {
		if (defaultTreeAdapter.isCommentNode(node)) return [`comment ${node.data}`];
		if (!isElement(node)) return [];
		const found: string[] = [];
		if (
			['script', 'noscript', 'xmp', 'noembed', 'iframe', 'svg', 'math', 'video', 'audio', 'object', 'embed', 'style', 'template'].includes(
				node.tagName,
			)
		)
			found.push(`<${node.tagName}>`);
		for (const { name, value } of node.attrs) {
			if (name.startsWith('on')) found.push(`${name} on <${node.tagName}>`);
			if (name === 'ping') found.push(`ping on <${node.tagName}>`);
			if (/javascript:|data:/i.test(value)) found.push(`${name}="${value}"`);
			if (/(^|[\s,("'])(https?:)?\/\/(?!expo\.example\.com)/i.test(value) && !(node.tagName === 'a' && name === 'href'))
				found.push(`${name}="${value}" on <${node.tagName}>`);
		}
		return found;
	});
}

const tagsOf = (body: Element) =>
	nodesBelow(body)
		.filter(isElement)
		.filter((node) => node !== body)
		.map((node) => node.tagName);

const page = (site: BuiltSite, path: string) => bodyOf(site.text(path));

const hostile = (name: string, file: string, why: string, body: string, message: string): RefusedCase => ({
	name,
	why,
	area: 'Article bodies',
	setup: (root) => zh(root, file, `title: ${file}\ndate: 2026-09-01`, body),
	message: [zhMessage(file, 'body '), message],
});

const ONERROR = 'the onerror attribute on <img> was given; expected none: it runs script';

export const REFUSED: RefusedCase[] = [
	hostile(
		'markup that a <noscript> closed early lets out',
		'noscript.md',
		'Browsers run script, so <noscript> holds raw text that the first </noscript> ends, even inside an attribute: what follows is live markup.',
		'正文 <noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
		ONERROR,
	),
	hostile(
		'markup that an <xmp> closed early lets out',
		'xmp.md',
		'<xmp> holds raw text up to the first </xmp>, wherever it stands.',
		'<xmp><p title="</xmp><img src=x onerror=alert(2)>"></p></xmp>',
		ONERROR,
	),
	hostile(
		'markup that a <noembed> closed early lets out',
		'noembed.md',
		'<noembed> holds raw text up to the first </noembed>, wherever it stands.',
		'<noembed><p title="</noembed><img src=x onerror=alert(3)>"></p></noembed>',
		ONERROR,
	),
	hostile(
		'a CDATA section in HTML',
		'cdata.md',
		'Outside SVG, a browser reads <![CDATA[ as a comment that the first > ends, so what looks like character data is live markup.',
		'<![CDATA[><img src=x onerror=alert(4)>]]>',
		ONERROR,
	),
	hostile(
		'an SVG picture from another site',
		'svg-image.md',
		'<svg><image href> loads a file from another host like <img> does.',
		'<svg><image href="https://cdn.example.net/a.png" width="10" height="10"></image></svg>',
		'href="https://cdn.example.net/a.png" on <image>, a file from another site, was given; expected files of this site only',
	),
	hostile(
		'a video poster from another site',
		'video.md',
		'A <video> loads its poster and its file on its own, before any click.',
		'<video poster="https://cdn.example.net/p.jpg" src="https://cdn.example.net/v.mp4"></video>',
		'poster="https://cdn.example.net/p.jpg" on <video>, a file from another site, was given',
	),
	hostile(
		'a <picture> source from another site',
		'picture-source.md',
		'A browser may pick any candidate of a srcset, so each must be a file of this site.',
		'<picture><source srcset="https://cdn.example.net/a.webp 1x"><img src="/favicon.svg" alt=""></picture>',
		'srcset="https://cdn.example.net/a.webp" on <source>, a file from another site, was given',
	),
	hostile(
		'a link that pings another site',
		'ping.md',
		'<a ping> sends a request to another host each time a reader follows the link.',
		'<a href="/news/" ping="https://tracker.example.net/p">新闻</a>',
		'ping="https://tracker.example.net/p" on <a>, a file from another site, was given',
	),
	hostile(
		'a link that pings another site, in MDX',
		'ping-mdx.mdx',
		'MDX is compiled with the pages, not when content loads: what its elements hold stops the build all the same, once the pages are built.',
		'<a href="/news/" ping="https://tracker.example.net/p">新闻</a>',
		'ping="https://tracker.example.net/p" on <a>, a file from another site, was given',
	),
	hostile(
		'a style that loads a file, spelled with CSS escapes',
		'style-escape.md',
		'CSS reads \\75 rl( as url(: the style is read as a browser reads it, escapes decoded.',
		'<p style="background:\\75 rl(https://tracker.example.net/p.gif)">正文</p>',
		'a style attribute loading "url(" (in "background:\\\\75 rl(https://tracker.example.net/p.gif)") was given; expected styles without url(), image-set() or @import',
	),
	hostile(
		'a style that loads a file with image-set()',
		'style-image-set.md',
		'image-set() takes bare addresses, with no url() around them.',
		'<p style=\'background-image:image-set("https://tracker.example.net/p.gif" 1x)\'>正文</p>',
		'a style attribute loading "image-set(" (in',
	),
	hostile(
		'a style with @import',
		'style-import.md',
		'An at-rule has no place in a style attribute; @import would load a stylesheet from elsewhere.',
		'<p style=\'@import "https://tracker.example.net/a.css"; color: red\'>正文</p>',
		'a style attribute loading "@import"',
	),
	hostile(
		'an SVG animation that sets a javascript: link',
		'svg-animate.md',
		'<animate attributeName="href" values="javascript:…"> turns a harmless SVG link into one that runs script.',
		'<svg><a><animate attributeName="href" values="javascript:alert(5)"></animate><text y="20">点我</text></a></svg>',
		'values="javascript:alert(5)" on <animate> was given; expected an http(s), mailto: or tel: address or a path',
	),
];

const UNKNOWN_MARKUP = [
	'第一段，<mark>重点</mark>和<marquee>滚动字幕</marquee>。',
	'',
	'<noscript><p>请开启脚本</p></noscript>',
	'',
	'<svg width="10" height="10"><circle cx="5" cy="5" r="4"></circle></svg>',
	'',
	'<details><summary>更多</summary><p class="note" data-tracking="1" tabindex="3">展开的内容</p></details>',
	'',
	'<a href="/news/" target="_top" ping="/count">新闻</a> <font color="red">红字</font>',
	'',
	'| 展馆 | 面积 |',
	'| --- | --- |',
	'| 1 | 2万平方米 |',
	'',
	'正文[^1]。',
	'',
	'- [x] 已完成',
	'',
	'[^1]: 注释。',
].join('\n');

const UNKNOWN_MDX = [
	'<font color="red"><span ping="/x" class="note">红色文字</span></font>',
	'',
	'<noscript>请开启脚本MDX</noscript>',
	'',
	'<details><summary>更多</summary><p data-tracking="2">MDX内容</p></details>',
].join('\n');

export const HANDLED: HandledCase[] = [
	{
		name: 'HTML comments in a body',
		why: 'Comments are notes to colleagues ("TODO: check the figures"): they are removed, and never reach the page source or the feeds.',
		area: 'Article bodies',
		setup: (root) =>
			zh(
				root,
				'comments.md',
				'title: 注释\ndate: 2026-09-01',
				'第一段<!-- TODO 核对数字 -->。\n\n<!-- 内部备注：\n等领导审核 -->\n\n<div>正文<!-- 行内备注 --></div>\n',
			),
		check: (site) => {
			for (const text of [site.text('/news/comments/'), site.text('/rss.xml')])
				for (const note of ['TODO', '内部备注', '行内备注']) expect(text).not.toContain(note);
			expect(dangersIn(page(site, '/news/comments/'))).toEqual([]);
			expect(site.text('/news/comments/')).toContain('第一段。');
		},
	},
	{
		name: 'markup the allow-list does not know',
		why: 'An element or attribute the allow-list does not know is removed (its text stays, except in raw-text, SVG and MathML elements), and the feeds carry the same elements as the page.',
		area: 'Article bodies',
		setup: (root) => {
			zh(root, 'unknown-markup.md', 'title: 未知标记\ndate: 2026-09-01', UNKNOWN_MARKUP);
			zh(root, 'unknown-mdx.mdx', 'title: MDX 未知标记\ndate: 2026-09-01', UNKNOWN_MDX);
		},
		check: (site) => {
			const mdx = page(site, '/news/unknown-mdx/');
			expect(dangersIn(mdx)).toEqual([]);
			expect(tagsOf(mdx)).not.toContain('font');
			expect(tagsOf(mdx)).not.toContain('noscript');
			const mdxText = serializeOuter(mdx);
			for (const kept of ['红色文字', 'MDX内容']) expect(mdxText).toContain(kept);
			for (const removed of ['请开启脚本MDX', 'data-tracking', 'ping=']) expect(mdxText).not.toContain(removed);

			const body = page(site, '/news/unknown-markup/');
			expect(dangersIn(body)).toEqual([]);
			const tags = tagsOf(body);
			for (const unknown of ['marquee', 'font', 'noscript', 'svg', 'circle']) expect(tags).not.toContain(unknown);
			for (const known of ['mark', 'details', 'summary', 'table', 'sup', 'section', 'input']) expect(tags).toContain(known);
			const text = serializeOuter(body);
			for (const kept of ['滚动字幕', '红字', '展开的内容']) expect(text).toContain(kept);
			for (const removed of ['请开启脚本', 'data-tracking', 'target="_top"', 'tabindex="3"']) expect(text).not.toContain(removed);
			// The feed item holds the same elements, in the same order, as the page's body.
			const item = feedBodyOf(site.text('/rss.xml'), 'https://expo.example.com/news/unknown-markup/');
			expect(item).toBeDefined();
			expect(dangersIn(item!)).toEqual([]);
			expect(tagsOf(item!)).toEqual(tags);
		},
	},
];
