/**
 * Turn the bytes of a saved page into text with the encoding the page declares. Chinese government
 * sites are often GB2312 or GBK; both are read with the GB18030 decoder, which covers them (and the
 * characters GB2312 lacks that such pages carry anyway, such as rare name characters). Reading
 * GBK as UTF-8 would replace every Chinese character with U+FFFD: the decoder is never guessed
 * silently, and the report says which one was used when the page did not say.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

const GB_LABELS = new Set([
	'gb2312',
	'gbk',
	'gb18030',
	'x-gbk',
	'gb_2312',
	'gb_2312-80',
	'csgb2312',
	'chinese',
	'iso-ir-58',
	'cp936',
	'ms936',
	'windows-936',
	'x-gb2312',
	'euc-cn',
]);

export interface DecodedPage {
	text: string;
	/** The decoder used. */
	charset: string;
	/** Set when the encoding was not declared or the declaration was wrong. */
	note?: string;
	/** Set when the text may be wrong (the bytes are not what the page declares): a problem for the report. */
	problem?: string;
}

/** The charset named in a Content-Type value: "text/html; charset=GBK" → "gbk". */
export const charsetOfContentType = (contentType: string | undefined): string | undefined =>
	/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();

/**
 * The encoding declared in the first bytes of the page, as browsers look for it: <meta charset>,
 * <meta http-equiv="Content-Type" content="…; charset=…">, or an XML declaration. The bytes are
 * read as Latin-1 for this, which keeps every ASCII byte as it is whatever the real encoding, and
 * parsed with the importer's HTML parser; the label is kept as written, for the report.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = fromHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
	for (const meta of selectAll('meta', head)) {
		const { charSet: charset, content } = meta.properties;
		if (typeof charset === 'string' && charset.trim()) return charset.trim().toLowerCase();
		const declared = typeof content === 'string' ? charsetOfContentType(content) : undefined;
		if (declared) return declared;
	}
	// HTML parsers keep an XML declaration as a comment: <?xml version="1.0" encoding="gbk"?>.
	const xml = head.children.find((node) => node.type === 'comment' && node.value.startsWith('?xml'));
	return xml?.type === 'comment' ? /\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(xml.value)?.[1]?.toLowerCase() : undefined;
}

function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
	try {
		return new TextDecoder(GB_LABELS.has(label) ? 'gb18030' : label, { fatal });
	} catch {
		return undefined;
	}
}

/** The text in the declared encoding, read strictly: undefined when some bytes are not valid in it. */
function decodesStrictly(bytes: Uint8Array, decoder: TextDecoder): string | undefined {
	try {
		return decoder.decode(bytes);
	} catch {
		return undefined;
	}
}

function decodesAsUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** Decode a page: byte-order mark, then the HTTP header's charset, then the page's own declaration. */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
	const declared = charsetOfContentType(contentType) ?? declaredCharset(bytes);
	const isUtf8Label = declared === 'utf-8' || declared === 'utf8';
	const utf8 = decodesAsUtf8(bytes);
	const strict = declared && !isUtf8Label ? decoderFor(declared, true) : undefined;
	if (declared && strict) {
		// Valid UTF-8 that is not plain ASCII is UTF-8, whatever the page says: GBK or Latin-1 text is almost never
		// valid UTF-8 by chance, and a template's old <meta charset=gbk> over UTF-8 text is a common mistake.
		if (utf8 !== undefined && !isAscii(bytes))
			return {
				text: utf8,
				charset: 'utf-8',
				problem: `the page declares ${declared}, but its bytes are UTF-8; it was read as UTF-8 (read as ${declared} it would be garbled): check the text`,
			};
		const text = decodesStrictly(bytes, strict);
		if (text !== undefined) return { text, charset: strict.encoding };
		const lenient = decoderFor(declared, false)!.decode(bytes);
		const replaced = [...lenient.matchAll(/\uFFFD/g)].length;
		return {
			text: lenient,
			charset: strict.encoding,
			problem: `the page declares ${declared}, but ${replaced} part(s) of it are not valid ${declared} (nor UTF-8): they show as "\uFFFD" in the article; check the text`,
		};
	}
	if (utf8 !== undefined) {
		if (isUtf8Label || isAscii(bytes)) return { text: utf8, charset: 'utf-8' };
		return {
			text: utf8,
			charset: 'utf-8',
			note: declared
				? `the page declares the unknown encoding "${declared}"; it was read as UTF-8`
				: 'the page declares no encoding; it was read as UTF-8',
		};
	}
	// Declared UTF-8 (or nothing) but not valid UTF-8: a Chinese site's page mislabelled, as happens when a template is shared.
	return {
		text: new TextDecoder('gb18030').decode(bytes),
		charset: 'gb18030',
		note: declared
			? `the page declares ${declared} but is not valid ${declared}; it was read as GB18030 (GBK): check the Chinese text`
			: 'the page declares no encoding and is not UTF-8; it was read as GB18030 (GBK): check the Chinese text',
	};
}

const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);
