// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations of css-tree subpaths, needed wherever this file is type-checked (a site checking the theme too)
/// <reference path="./css-tree.d.ts" />
import type { CssNode } from 'css-tree';
import parse from 'css-tree/parser';
import { ident } from 'css-tree/utils';
import walk from 'css-tree/walker';

/** One address a stylesheet may load: an @import, a url(), or a string that CSS reads as an address. */
export interface CssReference {
	/** Line in the stylesheet, from 1. */
	line: number;
	/** The address as the CSS parser decoded it (escapes resolved). */
	url: string;
	/** `@import` pulls in a whole stylesheet; everything else loads a picture or a font. */
	kind: 'import' | 'url';
}

export interface CssReading {
	references: CssReference[];
	/**
	 * Lines the parser could not read. A browser recovers from such text in its own way, and an
	 * address in it might load, so a caller that must be sure refuses them.
	 */
	unreadable: number[];
}

/** Functions whose string argument is an address, as url() is (CSS Images and Values 4). */
const URL_FUNCTIONS = new Set(['url', 'src', 'image-set', '-webkit-image-set', 'image', 'cross-fade', '-webkit-cross-fade']);

/** A function's or at-rule's name as a browser reads it: `\\69mage-set` is image-set, `@im\\port` is @import. */
const decodedName = (name: string | undefined) => (name === undefined ? '' : ident.decode(name).toLowerCase());

/**
 * Where a string may become an address later: a custom property (`--hero: "https://…"`, used as
 * image-set(var(--hero))), or an argument of a custom function (`--pic("https://…")`), whose
 * @function body may pass it to image-set(). Only strings written as another host's address count.
 */
function mayBecomeAddress(value: string, inCustomProperty: boolean, functionName: string): boolean {
	if (!inCustomProperty && !functionName.startsWith('--')) return false;
	// eslint-disable-next-line no-control-regex -- control characters and spaces are what the URL parser drops
	return /^(https?:|[\\/]{2})/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/** Every address a stylesheet (or a style attribute, with `context: 'declarationList'`) would load, read by css-tree as a browser tokenizes CSS. */
export function cssReferences(css: string, { context }: { context?: 'declarationList' } = {}): CssReading {
	const unreadable = new Set<number>();
	const ast = parse(css, {
		positions: true,
		// Custom properties hold values too: --bg: url(https://…) loads wherever var(--bg) is used.
		parseCustomProperty: true,
		...(context ? { context } : {}),
		onParseError: (error) => unreadable.add((error as { line?: number }).line ?? 1),
	});
	const references: CssReference[] = [];
	walk(ast, function (node: CssNode) {
		const line = node.loc?.start.line ?? 1;
		if (node.type === 'Raw') {
			// Text the parser gave up on; anything in it that could be an address counts as unreadable.
			if (/url|src|image|\\|["']|@import/i.test(node.value)) unreadable.add(line);
			return;
		}
		// Names are read as a browser reads them, escapes decoded: "@im\port" is @import.
		const inImport = this.atrulePrelude && decodedName(this.atrule?.name) === 'import';
		const inFunction = decodedName(this.function?.name);
		const inCustomProperty = this.declaration?.property.startsWith('--') ?? false;
		if (node.type === 'Url') references.push({ line, url: node.value, kind: inImport ? 'import' : 'url' });
		else if (
			node.type === 'String' &&
			(inImport || URL_FUNCTIONS.has(inFunction) || mayBecomeAddress(node.value, inCustomProperty, inFunction))
		)
			references.push({ line, url: node.value, kind: inImport ? 'import' : 'url' });
	});
	return { references, unreadable: [...unreadable].sort((a, b) => a - b) };
}

/**
 * Whether an address reaches another host, read as a browser's URL parser would: it drops tabs and
 * line breaks and leading spaces, and takes "\" for "/", so "/\evil.example" is "//evil.example".
 * A data: address is the file's own bytes, and loads nothing.
 */
export function loadsFromAnotherHost(url: string): boolean {
	const normal = url
		.replace(/[\t\n\r]/g, '')
		// eslint-disable-next-line no-control-regex -- control characters are exactly what the URL parser drops
		.replace(/^[\u0000-\u0020]+/, '')
		.replace(/\\/g, '/');
	if (/^data:/i.test(normal)) return false;
	return normal.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(normal);
}
