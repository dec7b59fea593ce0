// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations of css-tree subpaths, needed wherever this file is type-checked (a site checking the theme too)
/// <reference path="./css-tree.d.ts" />
import type { CssNode, Declaration } from 'css-tree';
import generate from 'css-tree/generator';
import parse from 'css-tree/parser';
import { ident } from 'css-tree/utils';

/**
 * The CSS properties a style attribute in an article body keeps (docs/refused.md): what pasted
 * tables, a coloured word or a centred caption need, and nothing that takes an element out of the
 * flow of the text. An article must not lay a box over the theme's header, search or share bar
 * (position, z-index, inset, transform, a negative margin, a shadow or outline without bounds), hide
 * or replace text (display, content, opacity, clip-path, mask, filter), move (animation,
 * transition) or reach the browser's bindings (behavior, -moz-binding). Every other property,
 * vendor-prefixed ones and custom properties (--x) included, is removed with its value.
 */
const SIDES = ['', '-top', '-right', '-bottom', '-left', '-block', '-block-start', '-block-end', '-inline', '-inline-start', '-inline-end'];
export const KEPT_STYLE_PROPERTIES: ReadonlySet<string> = new Set([
	'color',
	'background-color',
	'font-weight',
	'font-style',
	'font-size',
	'line-height',
	'text-align',
	'text-decoration',
	'text-decoration-line',
	'text-decoration-color',
	'text-decoration-style',
	'text-decoration-thickness',
	'text-indent',
	'text-transform',
	'vertical-align',
	'white-space',
	'word-break',
	'overflow-wrap',
	'width',
	'height',
	'min-width',
	'min-height',
	'max-width',
	'max-height',
	...SIDES.flatMap((side) => [`margin${side}`, `padding${side}`]),
	...SIDES.flatMap((side) => [`border${side}`, `border${side}-width`, `border${side}-style`, `border${side}-color`]),
	'border-radius',
	'border-collapse',
	'border-spacing',
	'list-style-type',
	'float',
	'clear',
]);

/** Functions a kept value may call: colours only. Math (calc(), min()…) could make a margin negative; var(), env() and attr() bring values nobody judged. */
const COLOUR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color']);

/**
 * Whether a value is made of keywords, colours and sizes that are not negative. No size is ever
 * negative: a large negative margin or text-indent pulls the element over the page around the
 * article. Strings, addresses and text the parser could not read do not pass.
 */
function plainValue(node: CssNode): boolean {
	switch (node.type) {
		case 'Value':
			return node.children.toArray().every(plainValue);
		case 'Identifier':
		case 'Hash':
			return true;
		case 'Number':
		case 'Dimension':
		case 'Percentage':
			return !node.value.trimStart().startsWith('-');
		case 'Operator':
			return node.value === ',' || node.value === '/';
		case 'Function':
			return COLOUR_FUNCTIONS.has(ident.decode(node.name).toLowerCase()) && node.children.toArray().every(plainValue);
		default:
			return false;
	}
}

/**
 * Shiki writes the colours of a site's second code theme (`shikiConfig.themes`) as custom
 * properties on each token (--shiki-dark, --shiki-dark-bg, --shiki-dark-font-style…); the site's
 * CSS picks them up in its dark scheme. They are kept when their value is as plain as any other.
 */
const SHIKI_PROPERTY = /^--shiki-[a-z0-9-]+$/;

/** A custom property's value, which css-tree leaves unparsed, read as a value. */
function customValue(declaration: Declaration): CssNode | undefined {
	if (declaration.value.type !== 'Raw') return declaration.value;
	const value = parse(declaration.value.value, { context: 'value', onParseError: () => {} });
	return value.type === 'Value' ? value : undefined;
}

/** A declaration as kept, its property named as a browser reads it (escapes decoded: `po\73ition` is position). */
function keptDeclaration(declaration: Declaration): string | undefined {
	const property = ident.decode(declaration.property).toLowerCase();
	if (SHIKI_PROPERTY.test(property)) {
		const value = customValue(declaration);
		return value && declaration.important === false && plainValue(value) ? `${property}: ${generate(value)}` : undefined;
	}
	if (!KEPT_STYLE_PROPERTIES.has(property)) return undefined;
	// `!important` is kept; another word after "!" is a parser hack some browsers read, and goes.
	const { important } = declaration;
	const isImportant = important === true || (typeof important === 'string' && ident.decode(important).toLowerCase() === 'important');
	if (important !== false && !isImportant) return undefined;
	if (!plainValue(declaration.value)) return undefined;
	return `${property}: ${generate(declaration.value)}${isImportant ? ' !important' : ''}`;
}

/**
 * A style attribute cut down to the declarations it may keep (KEPT_STYLE_PROPERTIES), read by
 * css-tree as a browser reads a declaration list: comments skipped, names case-insensitive, escapes
 * decoded. An empty string when nothing is left. A style that loads a file is refused before this
 * runs (styleLoads in body-policy.ts); this only removes, silently, like any unknown markup.
 */
export function keptStyle(style: string): string {
	const list = parse(style, { context: 'declarationList', parseValue: true, parseCustomProperty: false, onParseError: () => {} });
	if (list.type !== 'DeclarationList') return '';
	return list.children
		.toArray()
		.flatMap((node) => (node.type === 'Declaration' ? (keptDeclaration(node) ?? []) : []))
		.join('; ');
}
