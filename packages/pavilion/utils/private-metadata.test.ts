import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withoutPrivateMetadata } from './private-metadata.ts';

const ARTIST = 'Zhang Wei, photographer';
const exif = {
	IFD0: { Artist: ARTIST, Copyright: 'Zhang Wei Studio' },
	IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '104/1 4/1 5678/100' },
};
const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${ARTIST}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

const photo = () =>
	sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 120, b: 200 } } })
		.withExif(exif)
		.withMetadata({ orientation: 6 })
		.withXmp(xmp)
		.withIccProfile('p3');

const pixels = async (bytes: Uint8Array) => (await sharp(bytes).raw().toBuffer()).toString('base64');

describe('withoutPrivateMetadata', () => {
	it.each([
		['jpeg', () => photo().jpeg()],
		['png', () => photo().png()],
		['webp', () => photo().webp({ lossless: true })],
	] as const)('keeps the pixels and the colour profile of a %s, and nothing about who took it where', async (format, encode) => {
		const original = new Uint8Array(await encode().toBuffer());
		const before = await sharp(original).metadata();
		expect(before.exif ?? before.xmp).toBeDefined();
		const clean = withoutPrivateMetadata(original)!;
		expect(clean.format).toBe(format);
		const after = await sharp(clean.bytes).metadata();
		expect(after.xmp).toBeUndefined();
		expect(after.icc).toEqual(before.icc);
		expect(Buffer.from(clean.bytes).includes(ARTIST)).toBe(false);
		expect(Buffer.from(clean.bytes).includes('Zhang')).toBe(false);
		expect(await pixels(clean.bytes)).toBe(await pixels(original));
		expect(before.orientation).toBe(6);
		if (format === 'jpeg') {
			// Only the orientation is left of the EXIF block.
			expect(after.orientation).toBe(6);
			expect(after.exif!.length).toBeLessThan(40);
		} else expect(after.exif).toBeUndefined();
	});

	it('drops comments, IPTC and whatever follows the end of a JPEG', async () => {
		const jpeg = Buffer.from(
			await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
				.jpeg()
				.toBuffer(),
		);
		const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 2 + 9]), Buffer.from('GPS 30.65')]);
		const iptc = Buffer.concat([Buffer.from([0xff, 0xed, 0, 2 + 10]), Buffer.from('Photoshop ')]);
		const trailer = Buffer.from('second picture with EXIF');
		const file = Buffer.concat([jpeg.subarray(0, 2), comment, iptc, jpeg.subarray(2), trailer]);
		const clean = Buffer.from(withoutPrivateMetadata(file)!.bytes);
		expect(clean.includes('GPS 30.65')).toBe(false);
		expect(clean.includes('Photoshop')).toBe(false);
		expect(clean.includes('second picture')).toBe(false);
		expect(clean.equals(jpeg)).toBe(true);
	});

	it('reads only what it knows to its end', () => {
		expect(withoutPrivateMetadata(new TextEncoder().encode('x'.repeat(2048)))).toBeUndefined();
		expect(withoutPrivateMetadata(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x40, 0]))).toBeUndefined();
	});
});
