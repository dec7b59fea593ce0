/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same namespace and name always give the same
 * UUID, so a session keeps its GUID from one build to the next without the organizer writing one,
 * and apps that follow the programme recognize it after a change of time or room.
 *
 * Pure and synchronous so that it runs in the browser and at build time alike: the Web Crypto API
 * is asynchronous and node:crypto is not in browsers, so SHA-1 is written out here (RFC 3174).
 * SHA-1 is broken for signatures; UUID v5 uses it only to spread names, which it still does.
 */

/** Namespaces that RFC 9562 Appendix A defines (§6.6). */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for the 8-4-4-4-12 hexadecimal form, in either case. */
export function isUuid(text: string): boolean {
	return UUID_FORM.test(text);
}

const rotateLeft = (word: number, bits: number) => (word << bits) | (word >>> (32 - bits));

/** The SHA-1 digest (RFC 3174) of `message`: 20 bytes. */
export function sha1(message: Uint8Array): Uint8Array {
	// Padding: a 1 bit, zeros up to 56 bytes modulo 64, then the length in bits as a 64-bit big-endian number.
	const paddedLength = Math.ceil((message.length + 9) / 64) * 64;
	const padded = new Uint8Array(paddedLength);
	padded.set(message);
	padded[message.length] = 0x80;
	const view = new DataView(padded.buffer);
	const bits = message.length * 8;
	view.setUint32(paddedLength - 8, Math.floor(bits / 2 ** 32));
	view.setUint32(paddedLength - 4, bits >>> 0);

	const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const words = new Uint32Array(80);
	for (let block = 0; block < paddedLength; block += 64) {
		for (let t = 0; t < 16; t++) words[t] = view.getUint32(block + t * 4);
		for (let t = 16; t < 80; t++) words[t] = rotateLeft(words[t - 3]! ^ words[t - 8]! ^ words[t - 14]! ^ words[t - 16]!, 1);
		let [a, b, c, d, e] = state as [number, number, number, number, number];
		for (let t = 0; t < 80; t++) {
			let f: number;
			let k: number;
			if (t < 20) {
				f = (b & c) | (~b & d);
				k = 0x5a827999;
			} else if (t < 40) {
				f = b ^ c ^ d;
				k = 0x6ed9eba1;
			} else if (t < 60) {
				f = (b & c) | (b & d) | (c & d);
				k = 0x8f1bbcdc;
			} else {
				f = b ^ c ^ d;
				k = 0xca62c1d6;
			}
			const next = (rotateLeft(a, 5) + f + e + k + words[t]!) >>> 0;
			e = d;
			d = c;
			c = rotateLeft(b, 30) >>> 0;
			b = a;
			a = next;
		}
		state[0] = (state[0]! + a) >>> 0;
		state[1] = (state[1]! + b) >>> 0;
		state[2] = (state[2]! + c) >>> 0;
		state[3] = (state[3]! + d) >>> 0;
		state[4] = (state[4]! + e) >>> 0;
	}
	const digest = new Uint8Array(20);
	const digestView = new DataView(digest.buffer);
	state.forEach((word, index) => digestView.setUint32(index * 4, word));
	return digest;
}

function uuidBytes(uuid: string): Uint8Array {
	if (!isUuid(uuid)) throw new Error(`not a UUID: ${uuid}`);
	const hex = uuid.replace(/-/g, '');
	return Uint8Array.from({ length: 16 }, (_, index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16));
}

function uuidText(bytes: Uint8Array): string {
	const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The version-5 UUID of `name` (UTF-8) in `namespace` (a UUID), in lower case: the first 16 bytes
 * of SHA-1(namespace bytes ‖ name bytes) with the version (5) and the variant (10) bits set.
 */
export function uuidFromName(namespace: string, name: string): string {
	const namespaceBytes = uuidBytes(namespace);
	const nameBytes = new TextEncoder().encode(name);
	const message = new Uint8Array(namespaceBytes.length + nameBytes.length);
	message.set(namespaceBytes);
	message.set(nameBytes, namespaceBytes.length);
	const bytes = sha1(message).slice(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	return uuidText(bytes);
}
