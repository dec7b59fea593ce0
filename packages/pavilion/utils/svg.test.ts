import { describe, expect, it } from 'vitest';
import { svgMetadata, svgProblems as problemsOf } from './svg.ts';

/** The sentences the options and articles are refused with. */
const svgProblems = (text: string) => problemsOf(text).map(({ message }) => message);
const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${body}</svg>`;

describe('SVG files that run nothing and load nothing', () => {
	it('accepts a drawing as programs export it: declaration, doctype, gradients, styles, editor notes', () => {
		const drawing = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3">
<defs><linearGradient id="g"><stop offset="0" stop-color="#c8102e"/></linearGradient></defs>
<style><![CDATA[.mark { fill: url(#g); }]]></style>
<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
<g inkscape:label="Layer 1"><rect class="mark" fill="url(#g)" width="10" height="10"/><use xlink:href="#g"/></g>
<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
</svg>`;
		expect(svgProblems(drawing)).toEqual([]);
	});

	it('refuses script, event handlers and foreign HTML, under any prefix', () => {
		expect(svgProblems(svg('<script>alert(1)</script>', ' onload="alert(1)"'))).toEqual([
			'the onload attribute on <svg> was given; expected none: it runs script',
			'a <script> element was given; expected only the elements drawings are made of (no script, no foreignObject, no set)',
		]);
		expect(svgProblems('<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>').join()).toContain(
			'a <script> element',
		);
		expect(svgProblems(svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')).join()).toMatch(
			/<foreignObject>.*<div> element of another namespace/,
		);
		// A prefix of a drawing program bound to the SVG namespace makes its elements SVG.
		expect(svgProblems(svg('<inkscape:script xmlns:inkscape="http://www.w3.org/2000/svg">x</inkscape:script>')).join()).toContain(
			'a <script> element',
		);
	});

	it('refuses links and references that leave the drawing', () => {
		const problems = svgProblems(
			svg(
				'<a xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"><text>x</text></a><image href="https://cdn.example.com/a.png"/><rect style="fill: url(https://cdn.example.com/p.png)" cursor="url(//cdn.example.com/c.cur), auto"/><style>@import "https://cdn.example.com/s.css";</style>',
			),
		).join('\n');
		expect(problems).toContain('xlink:href="javascript:alert(1)" on <a> was given');
		expect(problems).toContain('href="https://cdn.example.com/a.png" on <image> was given');
		expect(problems).toContain('the style attribute on <rect> loads "https://cdn.example.com/p.png"');
		expect(problems).toContain('the cursor attribute on <rect> loads "//cdn.example.com/c.cur"');
		expect(problems).toContain('a <style> element loads "https://cdn.example.com/s.css"');
		expect(svgProblems(svg('<style>@im\\port "https://cdn.example.com/s.css";</style>'))).toEqual([
			'a <style> element loads "https://cdn.example.com/s.css"; expected only references inside the drawing ("url(#id)") or embedded pictures',
		]);
	});

	it('refuses what would change links or load styles behind the checks: animations of href, own entities, stylesheet instructions', () => {
		expect(svgProblems(svg('<a><animate attributeName="href" values="javascript:alert(1)"/></a>')).join()).toContain(
			'<animate attributeName="href"> was given',
		);
		expect(svgProblems(svg('<a><animate attributeName="&#104;ref" values="javascript:alert(1)"/></a>')).join()).toContain(
			'<animate attributeName="href"> was given',
		);
		expect(svgProblems(`<!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]>${svg('<a href="&x;"/>')}`).join()).toContain(
			'a DOCTYPE declaring its own entities was given',
		);
		expect(svgProblems(`<?xml-stylesheet href="https://cdn.example.com/s.css"?>${svg('')}`)).toEqual([
			'the processing instruction <?xml-stylesheet> was given; expected none (it can load a stylesheet from another host)',
		]);
	});
});

describe('imported pictures: only the elements that draw', () => {
	const found = (text: string) => problemsOf(text, { accept: 'drawing' }).map((problem) => problem.found);

	it('accepts shapes, text, paint and filters', () => {
		expect(
			found(
				svg(
					'<defs><linearGradient id="g"><stop offset="0"/></linearGradient><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs><g filter="url(#f)"><rect fill="url(#g)" width="10" height="10"/><text>展会</text></g>',
				),
			),
		).toEqual([]);
	});

	it('refuses, first, what links, loads, animates or keeps notes, even where a file of the site may hold it', () => {
		expect(found(svg('<image href="https://tracker.example.com/p.png"/>'))[0]).toBe('<image>');
		expect(found(svg('<image href="data:image/png;base64,iVBORw0KGgo="/>'))).toEqual(['<image>']);
		for (const element of ['<style>rect { fill: red; }</style>', '<a href="#x"/>', '<animate attributeName="x"/>', '<metadata/>'])
			expect(found(svg(element)), element).toHaveLength(1);
		expect(found(svg('<rect width="10" height="10" onload="alert(1)"/>'))).toEqual(['the onload attribute on <rect>']);
		expect(found(`<?xml-stylesheet href="https://cdn.example.com/s.css"?>${svg('')}`)).toEqual([
			'the processing instruction <?xml-stylesheet>',
		]);
	});
});

describe('svgMetadata', () => {
	it('finds what a drawing program wrote about the file and its author', () => {
		const inkscape =
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="logo.svg"><rect width="1" height="1"/></svg>';
		const rdf =
			'<svg xmlns="http://www.w3.org/2000/svg"><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><dc:creator>Wang Fang</dc:creator></rdf:RDF></metadata></svg>';
		const comment = '<svg xmlns="http://www.w3.org/2000/svg"><!-- Generator: Adobe Illustrator, Wang Fang --><rect/></svg>';
		expect(svgMetadata(inkscape)).toEqual(['the sodipodi:docname attribute']);
		expect(svgMetadata(rdf)).toEqual(['<metadata>', '<rdf:RDF>', '<dc:creator>']);
		expect(svgMetadata(comment)).toEqual(['a comment']);
	});

	it('leaves a plain drawing alone, titles and namespaces included', () => {
		const plain =
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64"><title>QTSE</title><rect width="64" height="64" fill="#0f5c6e" xml:space="preserve"/><use xlink:href="#a"/></svg>';
		expect(svgMetadata(plain)).toEqual([]);
	});
});
