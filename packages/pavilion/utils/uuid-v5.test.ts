import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NAMESPACE_DNS, NAMESPACE_URL, isUuid, sha1, uuidFromName } from './uuid-v5.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** UUID v5 as RFC 9562 §5.5 describes it, with Node's own SHA-1: the reference the pure version must match. */
function nodeUuidV5(namespace: string, name: string): string {
	const digest = createHash('sha1')
		.update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
		.update(name, 'utf8')
		.digest();
	digest[6] = (digest[6]! & 0x0f) | 0x50;
	digest[8] = (digest[8]! & 0x3f) | 0x80;
	const text = digest.subarray(0, 16).toString('hex');
	return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

describe('SHA-1', () => {
	it('gives the digests of RFC 3174’s test cases', () => {
		expect(hex(sha1(bytesOf('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
		expect(hex(sha1(bytesOf('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
		expect(hex(sha1(bytesOf('a'.repeat(1_000_000))))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
		expect(hex(sha1(bytesOf('01234567'.repeat(80))))).toBe('dea356a2cddd90c7a7ecedc5ebb563934f460452');
	});
	it('matches node:crypto at every length around the block and padding edges', () => {
		for (let length = 0; length <= 130; length++) {
			const message = Uint8Array.from({ length }, (_, index) => (index * 31 + length) & 0xff);
			expect(hex(sha1(message)), `length ${length}`).toBe(createHash('sha1').update(message).digest('hex'));
		}
	});
});

describe('UUID v5', () => {
	it('gives RFC 9562’s example (Appendix A.4)', () => {
		expect(uuidFromName(NAMESPACE_DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
	});
	it('matches the same algorithm on node:crypto, for ASCII and Chinese names', () => {
		const names = [
			'',
			'https://qtse.example.com/programme/opening-keynote/',
			'qtse2027-12-opening',
			'开幕式：智能制造的下一个十年',
			'😀 emoji',
		];
		for (const namespace of [NAMESPACE_DNS, NAMESPACE_URL, 'C0FFEE00-1234-4abc-8def-0123456789AB'])
			for (const name of names) expect(uuidFromName(namespace, name)).toBe(nodeUuidV5(namespace, name));
	});
	it('is stable, sets version 5 and the RFC variant, and differs by namespace', () => {
		const guid = uuidFromName(NAMESPACE_URL, 'https://qtse.example.com/programme/opening-keynote/');
		expect(uuidFromName(NAMESPACE_URL, 'https://qtse.example.com/programme/opening-keynote/')).toBe(guid);
		expect(isUuid(guid)).toBe(true);
		expect(guid[14]).toBe('5');
		expect('89ab').toContain(guid[19]);
		expect(uuidFromName(NAMESPACE_DNS, 'https://qtse.example.com/programme/opening-keynote/')).not.toBe(guid);
	});
	it('refuses a namespace that is not a UUID', () => {
		expect(() => uuidFromName('qtse', 'x')).toThrow(/not a UUID/);
		expect(isUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c')).toBe(false);
	});
});
