import { expect } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { zh, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import type { BuiltSite } from '../test-utils.ts';

/** Style attributes in article bodies: which declarations stay (utils/style-policy.ts). */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const nodesBelow = (node: Node): Node[] => [node, ...('childNodes' in node ? node.childNodes.flatMap(nodesBelow) : [])];
const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;

/** The element of a built page, read as a browser reads it, that carries this id. */
function elementById(site: BuiltSite, path: string, id: string): Element {
	const found = nodesBelow(parse(site.text(path), { scriptingEnabled: true }))
		.filter(isElement)
		.find((element) => attribute(element, 'id') === id);
	if (!found) throw new Error(`no #${id} on ${path}`);
	return found;
}

const OVERLAY =
	'<div id="overlay" style="position:fixed;inset:0;z-index:99999;top:0;left:0;margin-top:-500px;transform:none;background-color:#fff"><a href="https://login.example.net/">重新登录</a></div>';
const CELL =
	'<table><tbody><tr><td id="cell" style="color: #c00; TEXT-ALIGN: center; po\\73ition: absolute">红色居中</td></tr></tbody></table>';

/** The overlay's style lost everything that takes it out of the flow; the cell kept its colour and alignment. */
function expectStylesKept(site: BuiltSite, path: string): void {
	const overlay = elementById(site, path, 'overlay');
	expect(attribute(overlay, 'style') ?? '').not.toMatch(/position|z-index|inset|top|left|margin|transform/i);
	expect(attribute(overlay, 'style')).toBe('background-color: #fff');
	expect(attribute(elementById(site, path, 'cell'), 'style')).toBe('color: #c00; text-align: center');
}

export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [
	{
		name: 'a style attribute keeps colours and alignment, and loses what lays a box over the page',
		why: 'Press staff colour a word or centre a table cell, so style attributes stay; but a style such as position:fixed;inset:0;z-index:99999 would lay a full-page box, with a link to another site, over the theme’s header, search and share bar. Only an allow-list of presentation properties (colours, fonts, text alignment and decoration, sizes, margins and padding that are not negative, borders, float) is kept, in Markdown and MDX alike.',
		area: 'Article bodies',
		setup: (root) => {
			zh(root, 'styled.md', 'title: 带样式的稿件\ndate: 2026-09-20', `${OVERLAY}\n\n${CELL}\n`);
			zh(root, 'styled-mdx.mdx', 'title: 带样式的 MDX 稿件\ndate: 2026-09-20', `${OVERLAY}\n\n${CELL}\n`);
		},
		check: (site) => {
			expectStylesKept(site, '/news/styled/');
			expectStylesKept(site, '/news/styled-mdx/');
		},
	},
];
