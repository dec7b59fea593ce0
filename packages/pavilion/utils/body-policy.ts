// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations of css-tree subpaths, needed wherever this file is type-checked (a site checking the theme too)
/// <reference path="./css-tree.d.ts" />
import { tokenize, tokenTypes } from 'css-tree/tokenizer';
import { ident } from 'css-tree/utils';
import type { Schema } from 'hast-util-sanitize';
import { find, html as htmlSchema } from 'property-information';
import { SAFE_SCHEMES, schemeOf } from './link-schemes.ts';
import { show } from './show.ts';

/**
 * What an article body may hold (docs/refused.md), one rule for article pages and feeds. Raw HTML
 * is welcome for structure and presentation (tables, <details>, <sup>, classes), but nothing that
 * runs script, embeds another site's page or loads files from other hosts: press staff paste embed
 * codes, and readers must not run them.
 *
 * Two kinds of rule. What clearly means to run script or load from elsewhere is REFUSED: the build
 * stops, naming the file and the construct, so the editor learns the page would not show it.
 * Everything else that is not on the allow-list below is REMOVED: an element the list does not
 * know is unwrapped (its text stays) or, for elements whose content is not text to show (raw-text
 * elements, SVG, MathML, templates), dropped with its content; an attribute it does not know is
 * dropped.
 */

/** Elements that run script, embed another page or change the page around the article. */
const REFUSED_ELEMENTS = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'meta',
	'link',
	'form',
	'style',
]);

/**
 * Elements removed with everything inside. Their content is raw text, foreign markup or inert
 * markup that a browser parses differently from its surroundings (noscript, xmp, noembed…), the
 * shapes behind "mutation" attacks where a serializer and a browser disagree.
 */
export const STRIPPED_ELEMENTS: readonly string[] = [
	...REFUSED_ELEMENTS,
	'noscript',
	'noembed',
	'noframes',
	'xmp',
	'plaintext',
	'listing',
	'textarea',
	'title',
	'template',
	'svg',
	'math',
	'select',
	'option',
	'video',
	'audio',
	'canvas',
	'portal',
	'fencedframe',
];

const GLOBAL_ATTRIBUTES = ['class', 'id', 'title', 'lang', 'dir', 'style', 'role', 'translate', 'aria-label', 'aria-hidden'];

/**
 * The allow-list: each element a body may hold and its own attributes (GLOBAL_ATTRIBUTES hold on
 * every one). It covers what Markdown, Astro and the theme's plugins produce: heading anchors,
 * figures, focusable tables, code highlighting, footnotes and task lists.
 */
export const BODY_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	// Structure
	address: [],
	article: [],
	aside: [],
	blockquote: ['cite'],
	caption: [],
	col: ['span'],
	colgroup: ['span'],
	dd: [],
	details: ['open'],
	div: [],
	dl: [],
	dt: [],
	figcaption: [],
	figure: [],
	footer: [],
	h1: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	header: [],
	hgroup: [],
	hr: [],
	li: ['value'],
	ol: ['start', 'reversed', 'type'],
	p: [],
	pre: ['tabindex', 'data-language'],
	section: ['data-footnotes'],
	summary: [],
	table: ['tabindex'],
	tbody: [],
	td: ['colspan', 'rowspan', 'headers', 'align'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'align', 'abbr'],
	thead: [],
	tr: [],
	ul: [],
	// Text
	a: ['href', 'hreflang', 'rel', 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby'],
	abbr: [],
	b: [],
	bdi: [],
	bdo: [],
	br: [],
	cite: [],
	code: [],
	data: ['value'],
	del: ['cite', 'datetime'],
	dfn: [],
	em: [],
	i: [],
	ins: ['cite', 'datetime'],
	kbd: [],
	mark: [],
	q: ['cite'],
	rp: [],
	rt: [],
	ruby: [],
	s: [],
	samp: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	time: ['datetime'],
	u: [],
	var: [],
	wbr: [],
	// Pictures (files of this site only: see tagProblems) and task-list checkboxes
	img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
	picture: [],
	source: ['srcset', 'sizes', 'type', 'media', 'width', 'height'],
	input: ['type', 'checked', 'disabled'],
};

/** URL schemes a link or a picture may use; any other scheme is refused. */
const SCHEMES = [...SAFE_SCHEMES].map((scheme) => scheme.slice(0, -1));

const property = (attribute: string) => find(htmlSchema, attribute).property;

/** The allow-list as hast-util-sanitize reads it (hast property names). */
export const BODY_SCHEMA: Schema = {
	tagNames: Object.keys(BODY_ELEMENTS),
	attributes: {
		...Object.fromEntries(Object.entries(BODY_ELEMENTS).map(([tag, attributes]) => [tag, attributes.map(property)])),
		input: [
			['type', 'checkbox'],
			['checked', true],
			['disabled', true],
		],
		'*': GLOBAL_ATTRIBUTES.map(property),
	},
	required: { input: { type: 'checkbox', disabled: true } },
	protocols: { href: SCHEMES, src: SCHEMES, cite: SCHEMES },
	strip: [...STRIPPED_ELEMENTS],
	// Heading anchors and footnotes link to ids the body sets itself.
	clobber: [],
	allowComments: false,
	allowDoctypes: false,
	ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], caption: ['table'] },
};

/** Whether an element of this (lower-case) name may stay in a body, and whether its content goes with it. */
export function elementFate(name: string): 'keep' | 'unwrap' | 'drop' {
	if (Object.hasOwn(BODY_ELEMENTS, name)) return 'keep';
	return STRIPPED_ELEMENTS.includes(name) ? 'drop' : 'unwrap';
}

/** Whether an attribute (its HTML name, lower case) may stay on this element. */
export function attributeAllowed(tag: string, attribute: string): boolean {
	return GLOBAL_ATTRIBUTES.includes(attribute) || (BODY_ELEMENTS[tag]?.includes(attribute) ?? false);
}

/** Attributes whose value is an address, or a list of addresses (srcset). */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'poster',
	'data',
	'xlink:href',
	'background',
	'cite',
	'srcset',
	'imagesrcset',
	'ping',
	'longdesc',
	'lowsrc',
	'dynsrc',
	'manifest',
	'codebase',
	'archive',
	'itemtype',
]);
/** Of those, the ones a browser loads (or sends a request to) on its own, without a click. */
const LOADING_ATTRIBUTES = new Set([
	'src',
	'srcset',
	'imagesrcset',
	'poster',
	'data',
	'background',
	'ping',
	'lowsrc',
	'dynsrc',
	'manifest',
]);
/** Elements whose href loads a file (SVG pictures and references, stylesheets), unlike a link's. */
const LINK_ELEMENTS = new Set(['a', 'area']);
/** SVG animations can set an href to any of the values they list. */
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);
const ANIMATION_VALUES = new Set(['values', 'to', 'from', 'by']);
/** SVG presentation attributes, which take url() references as CSS does. */
const PRESENTATION_ATTRIBUTES = new Set([
	'fill',
	'stroke',
	'filter',
	'mask',
	'clip-path',
	'marker-start',
	'marker-mid',
	'marker-end',
	'cursor',
]);
/** CSS functions that load a file (url() itself is a token of its own when unquoted). */
const LOADING_CSS_FUNCTIONS = new Set(['url', 'src', 'image', 'image-set', 'cross-fade', 'element', 'expression', 'paint']);

/**
 * Whether an address reaches another host. A browser skips control characters and spaces in it and
 * reads a backslash as a slash (`\\cdn.example.com` is `//cdn.example.com`); any http(s): address
 * counts, since this site's own pages are linked by path.
 */
export const isRemote = (value: string) =>
	// eslint-disable-next-line no-control-regex -- control characters are exactly what browsers skip
	/^(https?:|\/\/)/i.test(value.replace(/[\u0000-\u0020\u007f]/g, '').replaceAll('\\', '/'));

function addresses(attribute: string, value: string): string[] {
	if (attribute === 'srcset' || attribute === 'imagesrcset')
		return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
	if (attribute === 'ping' || attribute === 'archive' || attribute === 'itemtype') return value.trim().split(/\s+/);
	return [value];
}

/**
 * What a style attribute loads, read as a browser's CSS tokenizer reads it: escapes decoded
 * (`\75 rl(` is `url(`), url() quoted or not, image-set() and the like, and at-rules such as
 * @import. Undefined when it loads nothing.
 */
export function styleLoads(style: string): string | undefined {
	let found: string | undefined;
	tokenize(style, (type, start, end) => {
		if (found !== undefined) return;
		const text = style.slice(start, end);
		if (type === tokenTypes.Url || type === tokenTypes.BadUrl || type === tokenTypes.AtKeyword) found = text;
		else if (type === tokenTypes.Function) {
			const name = ident
				.decode(text.slice(0, -1))
				.toLowerCase()
				.replace(/^-[a-z]+-/, '');
			if (LOADING_CSS_FUNCTIONS.has(name)) found = `${name}(`;
		}
	});
	return found;
}

/**
 * Problems with one element of a body: its name and attributes (lower-case HTML names). `raw` says
 * the element was written as HTML rather than produced from Markdown syntax.
 */
export function tagProblems(name: string, attributes: Readonly<Record<string, string>>, { raw }: { raw: boolean }): string[] {
	const tag = name.toLowerCase();
	const problems: string[] = [];
	if (REFUSED_ELEMENTS.has(tag))
		problems.push(
			`<${tag}> was given; expected no <${tag}>: an article cannot run script, embed another site or change the page around it`,
		);
	for (const [attribute, value] of Object.entries(attributes)) {
		const key = attribute.toLowerCase();
		if (key.startsWith('on')) problems.push(`the ${key} attribute on <${tag}> was given; expected none: it runs script`);
		if (key === 'style') {
			const loads = styleLoads(value);
			if (loads !== undefined)
				problems.push(
					`a style attribute loading ${show(loads)} (in ${show(value)}) was given; expected styles without url(), image-set() or @import, so readers load nothing from other hosts`,
				);
		}
		if (PRESENTATION_ATTRIBUTES.has(key) && styleLoads(value) !== undefined && /\/\/|\\/.test(value))
			problems.push(
				`${key}=${show(value)} on <${tag}>, a file from another site, was given; expected files of this site only, so readers load nothing from other hosts`,
			);
		const animated = ANIMATIONS.has(tag) && ANIMATION_VALUES.has(key);
		if (!URL_ATTRIBUTES.has(key) && !animated) continue;
		const links = animated ? value.split(';') : addresses(key, value);
		for (const link of links) {
			const scheme = schemeOf(link);
			const loads = LOADING_ATTRIBUTES.has(key) || ((key === 'href' || key === 'xlink:href') && !LINK_ELEMENTS.has(tag));
			if (scheme && !SAFE_SCHEMES.has(scheme))
				problems.push(`${key}=${show(link.trim())} on <${tag}> was given; expected an http(s), mailto: or tel: address or a path`);
			else if (tag === 'img' && loads && isRemote(link))
				problems.push(
					`an image from another site (${show(link)}) was given; expected an image file of this site, next to the article, so readers load nothing from other hosts`,
				);
			else if (loads && isRemote(link))
				problems.push(
					`${key}=${show(link)} on <${tag}>, a file from another site, was given; expected files of this site only, so readers load nothing from other hosts`,
				);
			else if (raw && tag === 'img' && key === 'src' && !link.startsWith('/'))
				problems.push(
					`<img src=${show(link)}> in HTML was given; expected Markdown image syntax ![description](path), which Astro optimizes`,
				);
		}
	}
	return problems;
}
