import { describe, expect, it } from 'vitest';
import { tagProblems } from './body-policy.ts';

const html = (name: string, attributes: Record<string, string> = {}) => tagProblems(name, attributes, { raw: true });

describe('what an article body may hold', () => {
	it('lets structure and presentation through', () => {
		for (const tag of ['table', 'details', 'summary', 'sup', 'span', 'figure'])
			expect(html(tag, { class: 'note', title: 'x' }), tag).toEqual([]);
		expect(html('a', { href: 'https://expo.example.com/' })).toEqual([]);
		expect(html('a', { href: 'mailto:press@expo.example.com' })).toEqual([]);
		expect(html('a', { href: '../other/' })).toEqual([]);
		expect(html('img', { src: '/images/plan.png', alt: '' })).toEqual([]);
	});

	it('refuses elements that run script or embed other sites, in any case', () => {
		for (const tag of ['script', 'SCRIPT', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link'])
			expect(html(tag).join(), tag).toMatch(new RegExp(`<${tag.toLowerCase()}> was given`));
	});

	it('refuses event handlers and script in styles', () => {
		expect(html('div', { onclick: 'x()' })).toEqual(['the onclick attribute on <div> was given; expected none: it runs script']);
		expect(html('svg', { onLoad: 'x()' }).join()).toContain('onload');
		expect(html('p', { style: 'background: url(https://tracker.example.com/p.gif)' }).join()).toContain('expected styles without url()');
	});

	it('refuses script addresses however they are disguised', () => {
		for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x'])
			expect(html('a', { href }).join(), href).toContain('expected an http(s), mailto: or tel: address or a path');
		expect(html('img', { src: '/a.png', srcset: '/a.png 1x, javascript:x 2x' }).join()).toContain('srcset="javascript:x"');
	});

	it('refuses images from other hosts, and raw <img> that Astro would not optimize', () => {
		expect(html('img', { src: 'https://images.example.com/a.png' }).join()).toContain('an image from another site');
		expect(html('img', { src: '//images.example.com/a.png' }).join()).toContain('an image from another site');
		expect(html('img', { src: '../../images/a.png' }).join()).toContain('expected Markdown image syntax');
		expect(tagProblems('img', { src: '../../images/a.png' }, { raw: false })).toEqual([]);
	});
});
