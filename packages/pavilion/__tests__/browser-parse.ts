import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Built pages read as a browser reads them (parse5: the HTML standard's parser, scripting on), so
 * that a check sees what a reader's browser would run or load, not what a regular expression finds.
 */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const browserRead = (html: string) => parse(html, { scriptingEnabled: true });

/** A node and everything below it, template contents included. */
export const nodesBelow = (node: Node): Node[] => [
	node,
	...('childNodes' in node ? node.childNodes.flatMap(nodesBelow) : []),
	...('content' in node ? nodesBelow(node.content) : []),
];

export const isElement = (node: Node): node is Element => 'tagName' in node;
