import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/**
 * The checks the W3C Feed Validator (validator.w3.org/feed) makes on an RSS 2.0 feed, as far as
 * they apply to what Pavilion writes. The validator is a web service, which tests should not
 * depend on, so its errors and warnings are restated here. Returns one line per problem.
 */
const RFC822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const ABSOLUTE = /^https?:\/\/[^\s]+$/;
const XHTML = 'http://www.w3.org/1999/xhtml';
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	isArray: (_name, path) => ['rss.channel.item', 'rss.channel.item.category'].includes(String(path)),
});

type Node = Record<string, unknown>;
const textOf = (value: unknown): string => {
	if (typeof value === 'object' && value !== null) return textOf((value as Node)['#text']);
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
};

/** Why the text is not well-formed XML, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
	try {
		SyntaxValidator.validate(xml);
		return undefined;
	} catch (error) {
		return `not well-formed XML: ${(error as Error).message}`;
	}
}

export function feedProblems(xml: string, feedUrl: string, outDir: string): string[] {
	const problems: string[] = [];
	const malformed = xmlProblem(xml);
	if (malformed) return [malformed];
	const rss = (parser.parse(xml) as { rss?: Node }).rss;
	if (!rss || rss['@version'] !== '2.0') return ['root element is not <rss version="2.0">'];
	const channel = rss.channel as Node;
	// "Misplaced XHTML content": the validator takes XHTML in a channel as a div (or a robots meta), never in an item.
	const xhtmlPrefixes = Object.keys(rss)
		.filter((key) => key.startsWith('@xmlns:') && rss[key] === XHTML)
		.map((key) => `${key.slice('@xmlns:'.length)}:`);
	const xhtmlIn = (node: Node) => Object.keys(node).filter((key) => xhtmlPrefixes.some((prefix) => key.startsWith(prefix)));
	for (const element of xhtmlIn(channel)) if (!/:(div|meta)$/.test(element)) problems.push(`channel: misplaced XHTML content ${element}`);
	for (const required of ['title', 'link', 'description'])
		if (!textOf(channel[required]).trim()) problems.push(`channel: missing ${required}`);
	if (!ABSOLUTE.test(textOf(channel.link))) problems.push(`channel link is not an absolute URL: ${textOf(channel.link)}`);
	if (channel.language && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(textOf(channel.language)))
		problems.push(`channel language is not a language code: ${textOf(channel.language)}`);
	for (const date of ['lastBuildDate', 'pubDate'])
		if (channel[date] && !RFC822.test(textOf(channel[date]))) problems.push(`channel ${date} is not an RFC 822 date`);
	const self = channel['atom:link'] as Node | undefined;
	if (!self || self['@rel'] !== 'self') problems.push('missing atom:link rel="self"');
	else if (self['@href'] !== feedUrl)
		problems.push(`self reference ${String(self['@href'])} does not match the document location ${feedUrl}`);
	const image = channel.image as Node | undefined;
	if (image) {
		for (const required of ['url', 'title', 'link']) if (!textOf(image[required])) problems.push(`image: missing ${required}`);
		if (Number(image.width) > 144) problems.push('image width is over 144');
		if (Number(image.height) > 400) problems.push('image height is over 400');
		if (textOf(image.link) !== textOf(channel.link)) problems.push('image link does not match channel link');
		if (textOf(image.title) !== textOf(channel.title)) problems.push('image title does not match channel title');
		if (!localFileExists(textOf(image.url), feedUrl, outDir)) problems.push(`image ${textOf(image.url)} does not exist`);
	}
	const guids = new Set<string>();
	for (const [index, item] of ((channel.item as Node[] | undefined) ?? []).entries()) {
		const where = `item ${index + 1}`;
		if (!textOf(item.title) && !textOf(item.description)) problems.push(`${where}: needs a title or a description`);
		if (!ABSOLUTE.test(textOf(item.link))) problems.push(`${where}: link is not absolute`);
		const guid = item.guid as Node | string | undefined;
		const guidText = textOf(guid);
		if (!guidText) problems.push(`${where}: missing guid`);
		if (guids.has(guidText)) problems.push(`${where}: duplicate guid ${guidText}`);
		guids.add(guidText);
		if (typeof guid === 'object' && guid['@isPermaLink'] !== 'false' && !ABSOLUTE.test(guidText))
			problems.push(`${where}: permalink guid is not a URL`);
		if (!RFC822.test(textOf(item.pubDate))) problems.push(`${where}: pubDate is not an RFC 822 date`);
		if (item.author !== undefined && !/@/.test(textOf(item.author)))
			problems.push(`${where}: author must be an e-mail address (use dc:creator for names)`);
		for (const category of (item.category as unknown[] | undefined) ?? [])
			if (!textOf(category).trim()) problems.push(`${where}: empty category`);
		if (item['dc:creator'] !== undefined && !textOf(item['dc:creator']).trim()) problems.push(`${where}: empty dc:creator`);
		const enclosure = item.enclosure as Node | undefined;
		if (enclosure) {
			if (!ABSOLUTE.test(String(enclosure['@url']))) problems.push(`${where}: enclosure URL is not absolute`);
			if (!/^[1-9]\d*$/.test(String(enclosure['@length']))) problems.push(`${where}: enclosure length must be a positive number of bytes`);
			if (!/^[a-z]+\/[a-z0-9.+-]+$/.test(String(enclosure['@type']))) problems.push(`${where}: enclosure type is not a MIME type`);
			const file = localFile(String(enclosure['@url']), feedUrl, outDir);
			if (file && existsSync(file) && statSync(file).size !== Number(enclosure['@length']))
				problems.push(`${where}: enclosure length does not match the file`);
		}
		const content = textOf(item['content:encoded']);
		for (const [, url] of content.matchAll(/\s(?:href|src)="([^"]*)"/g))
			if (!ABSOLUTE.test(url!) && !/^(mailto|tel):/.test(url!)) problems.push(`${where}: content:encoded has a relative URL ${url}`);
		if (/<(script|iframe|object|embed|style|form|meta|link)\b/i.test(content))
			problems.push(`${where}: content:encoded contains potentially dangerous HTML`);
		if (/\son[a-z]+=/i.test(content)) problems.push(`${where}: content:encoded contains an event handler attribute`);
		if (/<[a-z]/i.test(textOf(item.description))) problems.push(`${where}: description contains HTML (it is the plain summary)`);
		for (const element of xhtmlIn(item)) problems.push(`${where}: misplaced XHTML content ${element}`);
	}
	return problems;
}

function localFile(url: string, feedUrl: string, outDir: string): string | undefined {
	const parsed = new URL(url);
	return parsed.origin === new URL(feedUrl).origin ? join(outDir, decodeURIComponent(parsed.pathname)) : undefined;
}

function localFileExists(url: string, feedUrl: string, outDir: string): boolean {
	const file = localFile(url, feedUrl, outDir);
	return file === undefined || existsSync(file);
}
