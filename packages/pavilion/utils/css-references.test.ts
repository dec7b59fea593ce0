import { describe, expect, it } from 'vitest';
import { cssReferences, loadsFromAnotherHost } from './css-references.ts';

describe('the addresses a stylesheet loads', () => {
	it('finds @import, url() and image-set strings with their lines, escapes decoded', () => {
		const css = [
			'@import url(https://fonts.example.com/a.css);',
			'@import "//fonts.example.com/b.css" layer(x);',
			'@font-face { font-family: X; src: url("/fonts/x.woff2") format("woff2"), local(Arial); }',
			'.a { background: url(\\2f\\2f cdn.example.com/z.png); background-image: image-set("../img/1.png" 1x); content: "https://not-loaded.example.com"; }',
		].join('\n');
		expect(cssReferences(css)).toEqual({
			references: [
				{ line: 1, url: 'https://fonts.example.com/a.css', kind: 'import' },
				{ line: 2, url: '//fonts.example.com/b.css', kind: 'import' },
				{ line: 3, url: '/fonts/x.woff2', kind: 'url' },
				{ line: 4, url: '//cdn.example.com/z.png', kind: 'url' },
				{ line: 4, url: '../img/1.png', kind: 'url' },
			],
			unreadable: [],
		});
	});

	it('reads custom properties, where an address waits for var(), and font stacks in quotes', () => {
		expect(cssReferences(':root {\n\t--pv-font-sans: "PingFang SC", system-ui;\n\t--hero: url(https://cdn.example.com/x.png);\n}')).toEqual(
			{
				references: [{ line: 3, url: 'https://cdn.example.com/x.png', kind: 'url' }],
				unreadable: [],
			},
		);
	});

	it('counts text the parser cannot read as unreadable, since a browser might find an address in it', () => {
		expect(cssReferences('.a { color: red }\n.b { background: \\75rl(https://cdn.example.com/x.png) }').unreadable).toEqual([2]);
	});

	it('reads escaped names as a browser does: @im\\port is @import, im\\61ge-set() is image-set()', () => {
		expect(
			cssReferences('@im\\port "https://cdn.example.com/a.css";\n.a { background: im\\61ge-set("https://cdn.example.com/b.png" 1x) }')
				.references,
		).toEqual([
			{ line: 1, url: 'https://cdn.example.com/a.css', kind: 'import' },
			{ line: 2, url: 'https://cdn.example.com/b.png', kind: 'url' },
		]);
	});

	it('reads addresses as the URL parser does', () => {
		expect(loadsFromAnotherHost('https://cdn.example.com/x.png')).toBe(true);
		expect(loadsFromAnotherHost('//cdn.example.com/x.png')).toBe(true);
		expect(loadsFromAnotherHost('/\\cdn.example.com/x.png')).toBe(true);
		expect(loadsFromAnotherHost(' \tjavascript:x')).toBe(true);
		expect(loadsFromAnotherHost('data:font/woff2;base64,AAAA')).toBe(false);
		expect(loadsFromAnotherHost('/fonts/x.woff2')).toBe(false);
		expect(loadsFromAnotherHost('../img/x.png')).toBe(false);
	});
});
