import { expect } from 'vitest';
import { decodeXML } from 'entities';
import { serializeOuter } from 'parse5';
import { browserRead, isElement, nodesBelow } from '../browser-parse.ts';
import { article, metaOf, zh, zhMessage, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import { indexedPages, jsonLdOf, withOptions, writeFile, type BuiltSite } from '../test-utils.ts';

/**
 * A second look, as an attacker and a stranger: variants of what the outside review sent, written
 * here from the HTML standard's parsing rules, on pages read as a browser reads them.
 */

/** Everything on a whole page, as a browser reads it, that runs script or reaches another host without a click. */
function dangersOnPage(html: string): string[] {
	return nodesBelow(browserRead(html)).flatMap((node) => {
		if (!isElement(node)) return [];
		const found: string[] = [];
		if (node.tagName === 'script' && node.attrs.some(({ name, value }) => name === 'src' && !value.startsWith('/')))
			found.push('a <script> from elsewhere');
		for (const { name, value } of node.attrs) {
			if (name.startsWith('on')) found.push(`${name} on <${node.tagName}>`);
			// eslint-disable-next-line no-control-regex -- browsers skip them in a scheme
			if (/^\s*(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}="${value}"`);
			const loads = node.tagName === 'a' ? ['ping'] : ['src', 'srcset', 'poster', 'href', 'xlink:href', 'background', 'ping', 'data'];
			if (loads.includes(name) && /(^|[\s,])(https?:)?[/\\]{2}(?!expo\.example\.com)/i.test(value))
				found.push(`${name}="${value}" on <${node.tagName}>`);
			if (name === 'style' && /url|image|@import/i.test(value)) found.push(`style="${value}" on <${node.tagName}>`);
		}
		return found;
	});
}

/** The body of an article page, as a browser reads it. */
function bodyText(site: BuiltSite, path: string): string {
	const body = nodesBelow(browserRead(site.text(path)))
		.filter(isElement)
		.find((node) => node.attrs.some(({ name, value }) => name === 'class' && value.split(' ').includes('pv-prose')));
	if (!body) throw new Error(`no article body on ${path}`);
	return serializeOuter(body);
}

/** The HTML of a feed's items, decoded. */
function feedItems(xml: string): string {
	return xml
		.split('<item>')
		.slice(1)
		.map((item) => {
			const encoded = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? '';
			return encoded.startsWith('<![CDATA[') ? encoded.slice(9, -3) : decodeXML(encoded);
		})
		.join('\n');
}

const HIDDEN_MD = [
	'开幕<span hidden>HIDDEN-A</span>今天举行。<span style="display: none">HIDDEN-B</span>',
	'',
	'<div hidden>',
	'HIDDEN-C 内部名单',
	'</div>',
	'',
	'正文<template>HIDDEN-D</template><noscript>HIDDEN-E</noscript><select><option>HIDDEN-F</option></select>继续。',
	'',
	'**<span hidden>HIDDEN-G</span>展位**已满。',
].join('\n');

const HIDDEN_MDX = [
	'第一段。',
	'',
	'{/* TODO 问 {客户} HIDDEN-H 价格 */}',
	'',
	'<div hidden>HIDDEN-I</div>',
	'',
	'第二段<span style="display:none">HIDDEN-J</span>。',
].join('\n');

/** Shapes whose meaning a parser that is not a browser's gets wrong, and remote loads hidden in SVG and srcset. */
const MUTATIONS = [
	'<svg><use xlink:href="https://cdn.example.net/sprite.svg#a"></use><filter><feImage href="//cdn.example.net/f.png"/></filter></svg>',
	'',
	'<a href="jav&#x09;ascript:alert(4)">点我</a> <meta http-equiv="refresh" content="0;url=https://phish.example.net/"> <base href="https://phish.example.net/">',
	'',
	'<img src="/favicon.svg" alt="" srcset="/favicon.svg 1x,//cdn.example.net/a,b.png 2x">',
	'',
	'<svg><style><img src=/favicon.svg onerror=alert(2)></style></svg>',
	'',
	// Its <style> is an HTML one, whose raw text runs to the end of the body: it is the last construct.
	'<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
].join('\n');

const MDX_EXPRESSIONS = [
	'第一段MDX。',
	'',
	'<img src={"https://cdn.example.net/a.png"} alt="expression src" />',
	'',
	"<a href={'javascript:alert(1)'}>expression link</a> <a {...{ href: 'javascript:alert(2)' }}>spread link</a>",
	'',
	'<div style={{ background: "url(https://cdn.example.net/b.png)" }}>expression style</div>',
	'',
	'<p dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(3)>" }} />',
	'',
	'<span set:html={"<img src=x onerror=alert(4)>"} />',
	'',
	'<img src="/favicon.svg" srcSet={"https://cdn.example.net/c.png 2x"} alt="srcset" />',
].join('\n');

export const REFUSED: RefusedCase[] = [
	{
		name: 'mutation shapes and remote loads hidden in SVG and srcset',
		why: 'Markup that a sanitizer and a browser read differently (a form closed inside MathML, a style inside SVG or a MathML glyph) is read as a browser reads it, and an SVG reference or a srcset candidate with a comma in its address loads from elsewhere like any picture.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'mutations.md', 'title: 变异\ndate: 2026-09-01', MUTATIONS),
		message: [
			zhMessage('mutations.md', 'body '),
			'<form> was given; expected no <form>',
			'<style> was given; expected no <style>',
			'xlink:href="https://cdn.example.net/sprite.svg#a" on <use>, a file from another site',
			'href="//cdn.example.net/f.png" on <feimage>, a file from another site',
			'href="jav\\tascript:alert(4)" on <a> was given; expected an http(s), mailto: or tel: address or a path',
			'<meta> was given; expected no <meta>',
			'<base> was given; expected no <base>',
			'an image from another site ("//cdn.example.net/a") was given',
		],
	},
	{
		name: 'customCss loading from another host through an escaped name or a custom property',
		why: 'A browser reads \\69mage-set( as image-set(, and image-set(var(--hero)) loads the address a custom property holds as a string: both load from another host.',
		area: 'Options',
		setup: (root) => {
			writeFile(
				root,
				'src/styles/sly.css',
				[
					'.hero { background-image: \\69mage-set("https://cdn.example.net/hero.png" 1x); }',
					':root { --banner: "https://cdn.example.net/banner.png"; --font: "Noto Sans SC", sans-serif; }',
					'.banner { background-image: image-set(var(--banner) 1x); }',
				].join('\n'),
			);
			withOptions(root, { customCss: ['./src/styles/sly.css'] });
		},
		message: [
			'customCss: src/styles/sly.css line 1: url "https://cdn.example.net/hero.png" was given, which loads from another host',
			'customCss: src/styles/sly.css line 2: url "https://cdn.example.net/banner.png" was given, which loads from another host',
			'expected only files of this site',
		],
	},
];

export const HANDLED: HandledCase[] = [
	{
		name: 'text the author hid reaches no page, feed, summary or search record',
		why: 'An element marked hidden or display: none, the text of a <template>, <noscript> or <select>, in Markdown and in MDX, and an MDX comment with braces inside are notes readers never see: the page drops them, and so do the summary, the feeds and search.',
		area: 'Article bodies',
		setup: (root) => {
			zh(root, 'hidden-text.md', 'title: 隐藏的文字\ndate: 2026-09-20', HIDDEN_MD);
			writeFile(root, 'site/articles/zh/mdx-note.mdx', article('title: MDX备注\ndate: 2026-09-19', HIDDEN_MDX));
		},
		check: (site) => {
			const texts = ['/news/hidden-text/', '/news/mdx-note/', '/', '/news/', '/rss.xml'].map((path) => site.text(path));
			texts.push(JSON.stringify(indexedPages(site)));
			for (const text of texts) expect(text).not.toMatch(/HIDDEN-|内部名单/);
			expect(metaOf(site, '/news/hidden-text/', 'og:description')).toBe('开幕今天举行。 正文继续。 展位已满。');
			expect(metaOf(site, '/news/mdx-note/', 'og:description')).toBe('第一段。 第二段。');
			expect(bodyText(site, '/news/mdx-note/')).toContain('第二段');
			expect(jsonLdOf(site.page('/news/mdx-note/'))[0]).toMatchObject({ description: '第一段。 第二段。' });
		},
	},
	{
		name: 'MDX elements with expression attributes keep nothing the build could not judge',
		why: 'An attribute written as {expression} is only known when the page renders: it is dropped (an event handler is refused whatever it holds), spreads and set:html included, on the page and in the feed.',
		area: 'Article bodies',
		setup: (root) =>
			writeFile(root, 'site/articles/zh/mdx-expressions.mdx', article('title: MDX表达式\ndate: 2026-09-01', MDX_EXPRESSIONS)),
		check: (site) => {
			expect(dangersOnPage(site.text('/news/mdx-expressions/'))).toEqual([]);
			expect(dangersOnPage(`<!doctype html><body>${feedItems(site.text('/rss.xml'))}`)).toEqual([]);
			const body = bodyText(site, '/news/mdx-expressions/');
			for (const kept of ['expression link', 'spread link', 'expression style', 'alt="srcset"']) expect(body).toContain(kept);
			expect(body).not.toMatch(/cdn\.example\.net|onerror|javascript/);
		},
	},
];
