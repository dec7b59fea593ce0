import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { readBodyHtml } from './body-html.ts';

const problemsOf = (html: string) => readBodyHtml(html).problems.join('\n');
const kept = (html: string) => toHtml(readBodyHtml(html).tree);

describe('an article body is read as a browser reads it (HTML5, scripting on)', () => {
	it('sees the markup that a <noscript>, <xmp> or <noembed> closed early lets out', () => {
		for (const element of ['noscript', 'xmp', 'noembed'])
			expect(problemsOf(`<${element}><p title="</${element}><img src=x onerror=alert(1)>"></p></${element}>`), element).toContain(
				'the onerror attribute on <img> was given; expected none: it runs script',
			);
	});

	it('reads <![CDATA[ outside SVG as a comment that the first > ends', () => {
		expect(problemsOf('<![CDATA[><img src=x onerror=alert(4)>]]>')).toContain('the onerror attribute on <img>');
	});

	it('keeps what it knows, unwraps what it does not and drops raw-text, SVG and MathML content', () => {
		expect(kept('<p class="note" title="t">正文<sup>1</sup></p><center>居中</center>')).toBe(
			'<p class="note" title="t">正文<sup>1</sup></p>居中',
		);
		expect(kept('<noscript><p>无脚本</p></noscript><svg><text>QR</text></svg><math><mi>x</mi></math><xmp>a</xmp>')).toBe('');
		expect(kept('<p title="</noscript><img src=x>">x</p>')).toBe('<p title="</noscript><img src=x>">x</p>');
		expect(kept('<a href="https://expo.example.com/" ping="/track" target="_top">x</a>')).toBe('<a href="https://expo.example.com/">x</a>');
	});

	it('removes HTML comments', () => {
		expect(kept('<p>正文<!-- TODO 核对数字 --></p><!-- 内部备注 -->')).toBe('<p>正文</p>');
	});

	it('refuses remote files in any attribute that loads one', () => {
		expect(problemsOf('<svg><image href="https://cdn.example.com/a.png"></image></svg>')).toContain(
			'href="https://cdn.example.com/a.png" on <image>, a file from another site',
		);
		expect(problemsOf('<svg><use xlink:href="//cdn.example.com/s.svg#i"></use></svg>')).toContain('xlink:href="//cdn.example.com/s.svg#i"');
		const video = problemsOf('<video poster="https://cdn.example.com/p.jpg" src="https://cdn.example.com/v.mp4"></video>');
		expect(video).toContain('poster="https://cdn.example.com/p.jpg" on <video>');
		expect(video).toContain('src="https://cdn.example.com/v.mp4" on <video>');
		expect(
			problemsOf('<picture><source srcset="/a.webp 1x, https://cdn.example.com/b.webp 2x"><img src="/a.png" alt=""></picture>'),
		).toContain('srcset="https://cdn.example.com/b.webp" on <source>');
		expect(problemsOf('<a href="/news/" ping="https://tracker.example.com/p">x</a>')).toContain(
			'ping="https://tracker.example.com/p" on <a>',
		);
		expect(problemsOf('<img src="\\\\cdn.example.com/a.png" alt="">')).toContain('an image from another site');
		expect(problemsOf('<svg><rect fill="url(https://cdn.example.com/p.svg#g)"></rect></svg>')).toContain(
			'fill="url(https://cdn.example.com/p.svg#g)" on <rect>, a file from another site',
		);
		expect(problemsOf('<svg><rect fill="url(#g)"></rect></svg>')).toBe('');
		expect(problemsOf('<a href="https://expo.example.com/">x</a>')).toBe('');
	});

	it('refuses styles that load a file, however the CSS spells it', () => {
		for (const style of [
			'background:\\75 rl(https://tracker.example.com/p.gif)',
			'background:URL("https://tracker.example.com/p.gif")',
			'background-image:image-set("https://tracker.example.com/p.gif" 1x)',
			'background-image:-webkit-image-set(url(/a.png) 1x)',
			'@import "https://tracker.example.com/a.css"',
			'--x: url(https://tracker.example.com/p.gif)',
		])
			expect(problemsOf(`<p style='${style}'>x</p>`), style).toContain('expected styles without url(), image-set() or @import');
		expect(problemsOf('<p style="color: #c00; text-align: center">x</p>')).toBe('');
	});

	it('refuses an SVG animation that sets a javascript: link', () => {
		expect(problemsOf('<svg><a><animate attributeName="href" values="javascript:alert(1)"></animate><text>x</text></a></svg>')).toContain(
			'values="javascript:alert(1)" on <animate> was given; expected an http(s), mailto: or tel: address or a path',
		);
	});

	it('tells images written in HTML from images made from Markdown syntax', () => {
		expect(problemsOf('<img src="../../images/a.png" alt="">')).toContain('expected Markdown image syntax');
		const markdown = readBodyHtml('<img src="../../images/a.png" alt="" data-pavilion-markdown-image="k1">', { markdownImage: 'k1' });
		expect(markdown.problems).toEqual([]);
		expect(toHtml(markdown.tree)).toBe('<img src="../../images/a.png" alt="">');
		expect(
			readBodyHtml('<img src="../../images/a.png" alt="" data-pavilion-markdown-image="guess">', { markdownImage: 'k1' }).problems,
		).not.toEqual([]);
	});

	it('keeps the markup Markdown and the theme produce', () => {
		const html = [
			'<h2 id="a"><a href="#a" class="pv-heading-link">标题</a></h2>',
			'<figure><img src="/_astro/a.webp" alt="a" width="800" height="600" loading="lazy" decoding="async"><figcaption>图</figcaption></figure>',
			'<table tabindex="0"><thead><tr><th align="center">a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>',
			'<pre class="astro-code github-dark" style="background-color: #24292e; color: #e1e4e8" tabindex="0" data-language="js"><code><span class="line"><span style="color: #F97583">const</span></span></code></pre>',
			'<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> 完成</li></ul>',
			'<p>脚注<sup><a href="#fn-1" id="fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></p>',
			'<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="fn-1"><p>注 <a href="#fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li></ol></section>',
			'<details open><summary>更多</summary><p><abbr title="x">X</abbr><time datetime="2026-09-01">9月1日</time></p></details>',
		].join('');
		expect(kept(html)).toBe(html);
		// Shiki's own overflow-x is off the style allow-list (utils/style-policy.ts); styles/prose.css scrolls code blocks.
		expect(kept('<pre class="astro-code" style="background-color:#24292e;color:#e1e4e8; overflow-x: auto;"></pre>')).toBe(
			'<pre class="astro-code" style="background-color: #24292e; color: #e1e4e8"></pre>',
		);
	});

	it('keeps only the style declarations of the allow-list, and the element with them', () => {
		expect(
			kept('<div style="position:fixed;inset:0;z-index:99999;background-color:#fff"><a href="https://login.example.net/">登录</a></div>'),
		).toBe('<div style="background-color: #fff"><a href="https://login.example.net/">登录</a></div>');
		expect(kept('<p style="po\\73ition: fixed; Z-INDEX: 9">正文</p>')).toBe('<p>正文</p>');
		expect(kept('<table><tbody><tr><td style="color: #c00; text-align: center">红</td></tr></tbody></table>')).toBe(
			'<table><tbody><tr><td style="color: #c00; text-align: center">红</td></tr></tbody></table>',
		);
	});
});
