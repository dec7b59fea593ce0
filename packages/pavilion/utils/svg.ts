import { Parser } from 'htmlparser2';
import { cssReferences } from './css-references.ts';

/**
 * The one reading of an SVG file for every part of Pavilion that ships one: pictures named in the
 * options and articles (config), pictures the importer brings in, and the metadata warnings for
 * the logo and QR codes (integrations). Pure: no Node built-ins, no Astro, no options.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Namespaces whose attributes are part of the drawing; any other prefixed attribute is an editor's note. */
const DRAWING_ATTRIBUTE_NAMESPACES = new Set(['http://www.w3.org/1999/xlink', 'http://www.w3.org/XML/1998/namespace']);
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
	'http://www.serif.com/',
]);

/**
 * What an SVG element does, for the elements allowed at all. `draws`: shapes, text, paint and
 * filter arithmetic. `refers`: elements that show a link, a picture or a stylesheet, checked by
 * their attributes and text. `animates`: animations, checked by what they animate. `notes`: kept
 * for the file, shown to no one. Everything else is refused: <script>, <foreignObject> (which
 * holds HTML, and so script), <set> (which can turn a link into javascript:), and whatever SVG may
 * add later.
 */
type ElementRole = 'draws' | 'refers' | 'animates' | 'notes';
const SVG_ELEMENTS: ReadonlyMap<string, ElementRole> = new Map(
	(
		[
			...[
				'svg',
				'g',
				'defs',
				'desc',
				'title',
				'symbol',
				'use',
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
				'feMerge',
				'feMergeNode',
				'feMorphology',
				'feOffset',
				'fePointLight',
				'feSpecularLighting',
				'feSpotLight',
				'feTile',
				'feTurbulence',
			].map((name) => [name, 'draws']),
			...['a', 'image', 'feImage', 'style', 'switch', 'view'].map((name) => [name, 'refers']),
			...['animate', 'animateMotion', 'animateTransform', 'mpath'].map((name) => [name, 'animates']),
			['metadata', 'notes'],
		] as [string, ElementRole][]
	).map(([name, role]) => [name.toLowerCase(), role]),
);

/** A picture embedded in the drawing as its own bytes: it loads nothing and, shown as an image, runs nothing. */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp|avif);/i;

interface SvgName {
	/** As written in the file, prefix included. */
	name: string;
	prefix: string | undefined;
	local: string;
	/** '' for an attribute without a prefix; `undeclared:<prefix>` when the prefix is bound nowhere. */
	namespace: string;
}
interface SvgAttribute extends SvgName {
	value: string;
}
interface SvgReader {
	element?(element: SvgName, attributes: SvgAttribute[]): void;
	close?(element: SvgName): void;
	text?(text: string): void;
	comment?(): void;
	instruction?(name: string): void;
}

/**
 * Reads the file as XML, as a browser reads an SVG file: entities decoded, CDATA as text, and
 * namespaces resolved, so that <svg:script>, or an HTML element under any prefix, is known for
 * what it is. htmlparser2 in XML mode rather than fast-xml-parser: the latter leaves character
 * references such as attributeName="&#104;ref" as written unless told about HTML entities, and a
 * check must see the "href" the browser sees.
 */
function readSvg(text: string, reader: SvgReader): void {
	const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
	const resolve = (name: string, isElement: boolean): SvgName => {
		const colon = name.indexOf(':');
		const prefix = colon === -1 ? undefined : name.slice(0, colon);
		const local = colon === -1 ? name : name.slice(colon + 1);
		if (prefix === undefined && !isElement) return { name, prefix, local, namespace: '' };
		for (let i = scopes.length - 1; i >= 0; i--) {
			const namespace = scopes[i]!.get(prefix ?? '');
			if (namespace !== undefined) return { name, prefix, local, namespace };
		}
		return { name, prefix, local, namespace: prefix === undefined ? SVG_NS : `undeclared:${prefix}` };
	};
	const isDeclaration = (key: string) => key === 'xmlns' || key.startsWith('xmlns:');
	const open: SvgName[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const scope = new Map<string, string>();
				for (const [key, value] of Object.entries(attributes)) if (isDeclaration(key)) scope.set(key.slice(6), value);
				scopes.push(scope);
				const element = resolve(name, true);
				open.push(element);
				reader.element?.(
					element,
					Object.entries(attributes)
						.filter(([key]) => !isDeclaration(key))
						.map(([key, value]) => ({ ...resolve(key, false), value })),
				);
			},
			onclosetag() {
				scopes.pop();
				const element = open.pop();
				if (element) reader.close?.(element);
			},
			ontext: (text) => reader.text?.(text),
			oncomment: () => reader.comment?.(),
			onprocessinginstruction: (name) => reader.instruction?.(name),
		},
		{ xmlMode: true, decodeEntities: true, recognizeCDATA: true },
	);
	parser.write(text);
	parser.end();
}

/** One thing in an SVG file that could run script or load from another host. */
export interface SvgProblem {
	/** What was found, short: "<script>", "the onload attribute on <rect>". */
	found: string;
	/** The whole sentence: what was given and what was expected. */
	message: string;
}

export interface SvgRules {
	/**
	 * `drawing` accepts only the elements that draw: no links, pictures, stylesheets, animations or
	 * editor notes, for pictures from a site nobody here has read. `file` (the default) accepts what
	 * drawing programs export, each part checked.
	 */
	accept?: 'drawing' | 'file';
}

/**
 * What in an SVG file could run script or load something from another host when the file is
 * opened at its own address on the site: script elements, event handlers, foreign HTML, links and
 * references that leave the drawing, styles that load files, entities and stylesheet instructions
 * that would hide them. Each problem names the construct, never the file's text.
 */
export function svgProblems(text: string, { accept = 'file' }: SvgRules = {}): SvgProblem[] {
	const problems = new Map<string, SvgProblem>();
	const add = (found: string, message: string) => {
		if (!problems.has(message)) problems.set(message, { found, message });
	};
	// A browser expands entities the file declares itself; the checks below would not see what they hold.
	if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text))
		add(
			'a DOCTYPE declaring its own entities',
			'a DOCTYPE declaring its own entities was given; expected none (drawing programs do not write one)',
		);
	let styleDepth = 0;
	let styleText = '';
	const isStyle = ({ namespace, local }: SvgName) => (namespace === SVG_NS || namespace === '') && local.toLowerCase() === 'style';
	readSvg(text, {
		element(element, attributes) {
			const { name, local, namespace } = element;
			// A null namespace (xmlns="") draws nothing; its elements are judged by the SVG list, as a typo would be.
			const isSvg = namespace === SVG_NS || namespace === '';
			const role = isSvg ? SVG_ELEMENTS.get(local.toLowerCase()) : undefined;
			const allowed = accept === 'drawing' ? role === 'draws' : role !== undefined || NOTE_NAMESPACES.has(namespace);
			if (!allowed)
				add(
					`<${name}>`,
					isSvg
						? `a <${local}> element was given; expected only the elements drawings are made of (no script, no foreignObject, no set)`
						: `a <${name}> element of another namespace (${namespace}) was given; expected SVG elements only`,
				);
			if (isStyle(element)) styleDepth++;
			for (const attribute of attributes) for (const [found, message] of attributeProblems(local, attribute)) add(found, message);
		},
		text(text) {
			if (styleDepth > 0) styleText += text;
		},
		close(element) {
			if (!isStyle(element) || styleDepth === 0) return;
			styleDepth--;
			for (const [found, message] of styleProblems(styleText, 'a <style> element')) add(found, message);
			styleText = '';
		},
		instruction(name) {
			const target = name.toLowerCase();
			if (target !== '?xml' && target !== '!doctype')
				add(
					`the processing instruction <${name}>`,
					`the processing instruction <${name}> was given; expected none (it can load a stylesheet from another host)`,
				);
		},
	});
	return [...problems.values()];
}

function attributeProblems(element: string, { name: key, prefix, local, value }: SvgAttribute): [string, string][] {
	const name = local.toLowerCase();
	const problems: [string, string][] = [];
	if (name.startsWith('on')) {
		const found = `the ${key} attribute on <${element}>`;
		problems.push([found, `${found} was given; expected none: it runs script`]);
	}
	// Whatever its prefix: a link that leaves the drawing may be javascript: or another host.
	if (name === 'href' || (name === 'src' && prefix === undefined)) {
		const target = value.trim();
		if (!target.startsWith('#') && !(/^(image|feimage)$/i.test(element) && EMBEDDED_PICTURE.test(target))) {
			const found = `${key}=${JSON.stringify(cut(value))} on <${element}>`;
			problems.push([
				found,
				`${found} was given; expected a reference inside the drawing ("#id") or an embedded PNG, JPEG, GIF or WebP picture`,
			]);
		}
	}
	if (name === 'attributename' && /^(.*:)?(href|on.*)$/i.test(value.trim())) {
		const found = `<${element} attributeName=${JSON.stringify(cut(value))}>`;
		problems.push([found, `${found} was given; expected an animation of the drawing, not of links or script`]);
	}
	if (name === 'style') problems.push(...styleProblems(value, `the style attribute on <${element}>`, 'declarationList'));
	// Presentation attributes are CSS values: fill="url(#gradient)", cursor="url(…)", escapes included.
	else if (value.includes('(') && /url|\\/i.test(value))
		problems.push(...styleProblems(`x:${value}`, `the ${key} attribute on <${element}>`, 'declarationList'));
	return problems;
}

function styleProblems(css: string, where: string, context?: 'declarationList'): [string, string][] {
	const { references, unreadable } = cssReferences(css, context ? { context } : {});
	const problems = references
		.filter(({ url }) => !url.trim().startsWith('#') && !EMBEDDED_PICTURE.test(url.trim()))
		.map(({ url }): [string, string] => {
			const found = `${where} loading ${JSON.stringify(cut(url))}`;
			return [
				found,
				`${where} loads ${JSON.stringify(cut(url))}; expected only references inside the drawing ("url(#id)") or embedded pictures`,
			];
		});
	if (unreadable.length > 0)
		problems.push([`${where} with CSS that cannot be read`, `${where} holds CSS that cannot be read; expected plain CSS`]);
	return problems;
}

const cut = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/**
 * What a drawing program wrote into the file about itself, the file and its author, which the
 * browser shows no one and the file ships with: <metadata> (RDF, Dublin Core: creator, rights),
 * elements outside SVG, attributes in an editor's namespace (sodipodi:docname is the file's path
 * on the designer's disk), and comments. Each finding names the construct, never its text.
 */
export function svgMetadata(text: string): string[] {
	const findings = new Set<string>();
	readSvg(text, {
		element({ name, local, namespace }, attributes) {
			if (namespace !== SVG_NS || SVG_ELEMENTS.get(local.toLowerCase()) === 'notes') findings.add(`<${name}>`);
			for (const attribute of attributes)
				if (attribute.prefix !== undefined && !DRAWING_ATTRIBUTE_NAMESPACES.has(attribute.namespace))
					findings.add(`the ${attribute.name} attribute`);
		},
		comment() {
			findings.add('a comment');
		},
	});
	return [...findings];
}
