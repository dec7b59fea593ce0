/**
 * A .ico file that holds one PNG image, as every browser since 2009 reads it. Browsers ask for
 * /favicon.ico by themselves (on feeds and other non-HTML pages, which cannot name an icon).
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
	if (size < 1 || size > 256) throw new RangeError(`An icon is 1 to 256 pixels wide; ${String(size)} was asked for`);
	const header = new DataView(new ArrayBuffer(6 + 16));
	header.setUint16(0, 0, true); // reserved
	header.setUint16(2, 1, true); // 1 = icon
	header.setUint16(4, 1, true); // one image
	header.setUint8(6, size % 256); // width, 0 meaning 256
	header.setUint8(7, size % 256); // height
	header.setUint8(8, 0); // no palette
	header.setUint8(9, 0); // reserved
	header.setUint16(10, 1, true); // colour planes
	header.setUint16(12, 32, true); // bits per pixel
	header.setUint32(14, png.byteLength, true);
	header.setUint32(18, 6 + 16, true); // where the PNG starts
	const ico = new Uint8Array(6 + 16 + png.byteLength);
	ico.set(new Uint8Array(header.buffer), 0);
	ico.set(png, 6 + 16);
	return ico;
}
