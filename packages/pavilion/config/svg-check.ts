import { Parser } from 'htmlparser2';
import { cssReferences } from './css-references.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Drawing programs keep their own notes in these; browsers ignore such elements. */
const NOTE_NAMESPACES = new Set([
	'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	'http://purl.org/dc/elements/1.1/',
	'http://creativecommons.org/ns#',
	'http://web.resource.org/cc/',
	'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
	'http://www.inkscape.org/namespaces/inkscape',
	'http://ns.adobe.com/AdobeIllustrator/10.0/',
	'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
	'http://ns.adobe.com/Extensibility/1.0/',
	'http://ns.adobe.com/Graphs/1.0/',
	'http://ns.adobe.com/SaveForWeb/1.0/',
	'http://ns.adobe.com/Variables/1.0/',
	'http://ns.adobe.com/xap/1.0/',
	'http://www.bohemiancoding.com/sketch/ns',
]);

/**
 * The SVG elements a drawing is made of. Everything else is refused: <script>, <foreignObject>
 * (which holds HTML, and so script), <set> (which can turn a link into javascript:), HTML elements
 * in another namespace, and whatever SVG may add later.
 */
const SVG_ELEMENTS = new Set(
	[
		'svg',
		'g',
		'defs',
		'desc',
		'title',
		'metadata',
		'symbol',
		'use',
		'switch',
		'view',
		'a',
		'path',
		'rect',
		'circle',
		'ellipse',
		'line',
		'polyline',
		'polygon',
		'text',
		'tspan',
		'textPath',
		'linearGradient',
		'radialGradient',
		'stop',
		'pattern',
		'clipPath',
		'mask',
		'marker',
		'image',
		'style',
		'animate',
		'animateMotion',
		'animateTransform',
		'mpath',
		'filter',
		'feBlend',
		'feColorMatrix',
		'feComponentTransfer',
		'feComposite',
		'feConvolveMatrix',
		'feDiffuseLighting',
		'feDisplacementMap',
		'feDistantLight',
		'feDropShadow',
		'feFlood',
		'feFuncA',
		'feFuncB',
		'feFuncG',
		'feFuncR',
		'feGaussianBlur',
		'feImage',
		'feMerge',
		'feMergeNode',
		'feMorphology',
		'feOffset',
		'fePointLight',
		'feSpecularLighting',
		'feSpotLight',
		'feTile',
		'feTurbulence',
	].map((name) => name.toLowerCase()),
);

/** A picture embedded in the drawing as its own bytes: it loads nothing and, shown as an image, runs nothing. */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp|avif);/i;

/**
 * What in an SVG file could run script or load something from another host when the file is
 * opened at its own address on the site: script elements, event handlers, foreign HTML, links and
 * references that leave the drawing, and styles that load files. Each problem names the construct,
 * never the file's text. The file is read as XML, as a browser reads an SVG file, with namespaces
 * resolved, so that <svg:script> or an HTML element under another prefix is found too.
 */
export function svgProblems(text: string): string[] {
	const problems = new Set<string>();
	// A browser expands entities the file declares itself; the checks below would not see what they hold.
	if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text))
		problems.add('a DOCTYPE declaring its own entities was given; expected none (drawing programs do not write one)');
	const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
	const namespaceOf = (prefix: string | undefined, isElement: boolean) => {
		if (prefix === undefined && !isElement) return '';
		for (let i = scopes.length - 1; i >= 0; i--) {
			const uri = scopes[i]!.get(prefix ?? '');
			if (uri !== undefined) return uri;
		}
		return prefix === undefined ? SVG_NS : `undeclared:${prefix}`;
	};
	let styleDepth = 0;
	let styleText = '';
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const scope = new Map<string, string>();
				for (const [key, value] of Object.entries(attributes)) {
					if (key === 'xmlns') scope.set('', value);
					else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value);
				}
				scopes.push(scope);
				const [prefix, local] = splitName(name);
				const namespace = namespaceOf(prefix, true);
				const isSvg = namespace === SVG_NS || namespace === '';
				if (!(isSvg && SVG_ELEMENTS.has(local.toLowerCase())) && !NOTE_NAMESPACES.has(namespace))
					problems.add(
						isSvg
							? `a <${local}> element was given; expected only the elements drawings are made of (no script, no foreignObject, no set)`
							: `a <${name}> element of another namespace (${namespace}) was given; expected SVG elements only`,
					);
				if (isSvg && local.toLowerCase() === 'style') styleDepth++;
				for (const [key, value] of Object.entries(attributes))
					for (const problem of attributeProblems(local, key, value)) problems.add(problem);
			},
			ontext(text) {
				if (styleDepth > 0) styleText += text;
			},
			onclosetag(name) {
				scopes.pop();
				if (splitName(name)[1].toLowerCase() === 'style' && styleDepth > 0) {
					styleDepth--;
					for (const problem of styleProblems(styleText, 'a <style> element')) problems.add(problem);
					styleText = '';
				}
			},
			onprocessinginstruction(name) {
				const target = name.toLowerCase();
				if (target !== '?xml' && target !== '!doctype')
					problems.add(`the processing instruction <${name}> was given; expected none (it can load a stylesheet from another host)`);
			},
		},
		{ xmlMode: true, decodeEntities: true, recognizeCDATA: true },
	);
	parser.write(text);
	parser.end();
	return [...problems];
}

function splitName(name: string): [string | undefined, string] {
	const colon = name.indexOf(':');
	return colon === -1 ? [undefined, name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function attributeProblems(element: string, key: string, value: string): string[] {
	if (key === 'xmlns' || key.startsWith('xmlns:')) return [];
	const [prefix, local] = splitName(key);
	const name = local.toLowerCase();
	const problems: string[] = [];
	if (name.startsWith('on')) problems.push(`the ${key} attribute on <${element}> was given; expected none: it runs script`);
	// Whatever its prefix: a link that leaves the drawing may be javascript: or another host.
	if (name === 'href' || (name === 'src' && prefix === undefined)) {
		const target = value.trim();
		if (!target.startsWith('#') && !(/^(image|feimage)$/i.test(element) && EMBEDDED_PICTURE.test(target)))
			problems.push(
				`${key}=${JSON.stringify(cut(value))} on <${element}> was given; expected a reference inside the drawing ("#id") or an embedded PNG, JPEG, GIF or WebP picture`,
			);
	}
	if (name === 'attributename' && /^(.*:)?(href|on.*)$/i.test(value.trim()))
		problems.push(
			`<${element} attributeName=${JSON.stringify(cut(value))}> was given; expected an animation of the drawing, not of links or script`,
		);
	if (name === 'style') problems.push(...styleProblems(value, `the style attribute on <${element}>`, 'declarationList'));
	// Presentation attributes are CSS values: fill="url(#gradient)", cursor="url(…)", escapes included.
	else if (value.includes('(') && /url|\\/i.test(value))
		problems.push(...styleProblems(`x:${value}`, `the ${key} attribute on <${element}>`, 'declarationList'));
	return problems;
}

function styleProblems(css: string, where: string, context?: 'declarationList'): string[] {
	const { references, unreadable } = cssReferences(css, context ? { context } : {});
	const problems = references
		.filter(({ url }) => !url.trim().startsWith('#') && !EMBEDDED_PICTURE.test(url.trim()))
		.map(
			({ url }) =>
				`${where} loads ${JSON.stringify(cut(url))}; expected only references inside the drawing ("url(#id)") or embedded pictures`,
		);
	if (unreadable.length > 0) problems.push(`${where} holds CSS that cannot be read; expected plain CSS`);
	return problems;
}

const cut = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
