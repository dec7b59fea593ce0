import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetOfContentType, declaredCharset, decodePage } from './charset.ts';
import { fixture } from './test-utils.ts';

const gbkPage = readFileSync(fixture('pages/gov-halls.html'));

describe('reading a page in its declared encoding', () => {
	it('reads a GB2312-declared government page with the GB18030 decoder', () => {
		expect(declaredCharset(gbkPage)).toBe('gb2312');
		// The fixture really is GBK: as UTF-8 its Chinese would be replacement characters.
		expect(new TextDecoder().decode(gbkPage)).toContain('\uFFFD');
		const { text, charset, note } = decodePage(gbkPage);
		expect(charset).toBe('gb18030');
		expect(note).toBeUndefined();
		expect(text).toContain('青潭智博会新增两座展馆：展览面积达16万平方米');
		expect(text).toContain('【责任编辑：陈默】');
		expect(text).not.toContain('\uFFFD');
	});
	it('prefers the charset the server sends', () => {
		expect(charsetOfContentType('text/html; charset=GBK')).toBe('gbk');
		const stripped = new Uint8Array(Buffer.from(gbkPage.toString('latin1').replace(/charset=gb2312/, ''), 'latin1'));
		expect(declaredCharset(stripped)).toBeUndefined();
		expect(decodePage(stripped, 'text/html; charset=GBK').text).toContain('青潭日报');
	});
	it('reads an undeclared page that is not UTF-8 as GB18030, and says so', () => {
		const stripped = new Uint8Array(Buffer.from(gbkPage.toString('latin1').replace(/charset=gb2312/, ''), 'latin1'));
		const { text, charset, note } = decodePage(stripped);
		expect(charset).toBe('gb18030');
		expect(text).toContain('扫一扫在手机上打开当前页');
		expect(note).toMatch(/declares no encoding and is not UTF-8; it was read as GB18030/);
	});
	it('catches a page that declares UTF-8 but is GBK', () => {
		const mislabelled = new Uint8Array(Buffer.from(gbkPage.toString('latin1').replace(/charset=gb2312/, 'charset=utf-8'), 'latin1'));
		const { text, note } = decodePage(mislabelled);
		expect(text).toContain('青潭日报');
		expect(note).toMatch(/declares utf-8 but is not valid utf-8/);
	});
	it('finds the declaration in any of the forms browsers accept', () => {
		const declared = (html: string) => declaredCharset(new TextEncoder().encode(html));
		expect(declared('<META CHARSET=Big5><title>x</title>')).toBe('big5');
		expect(declared('<?xml version="1.0" encoding="GBK"?><html><body>x</body></html>')).toBe('gbk');
		expect(declared('<meta name="description" content="charset 不在这里"><title>x</title>')).toBeUndefined();
	});
	it('reads UTF-8 with or without a byte-order mark, and a <meta charset>', () => {
		const utf8 = readFileSync(fixture('pages/expo-robots.html'));
		expect(declaredCharset(utf8)).toBe('utf-8');
		expect(decodePage(utf8).text).toContain('机器人展区翻番');
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>展会</p>')]);
		expect(decodePage(withBom)).toEqual({ text: '<p>展会</p>', charset: 'utf-8' });
	});
});
