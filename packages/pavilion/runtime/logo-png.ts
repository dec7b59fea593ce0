import sharp from 'sharp';
import { logoFile } from 'virtual:pavilion/images';

/**
 * The logo as a square PNG, for what does not take SVG (feeds, structured data, favicon.ico). The
 * organizer's own file is rasterized here, so SVG processing stays off for everything else.
 */
export async function logoPng(size: number): Promise<Uint8Array<ArrayBuffer>> {
	if (!logoFile) throw new Error('Pavilion: a logo icon was asked for, but the `logo` option is not set.');
	const png = await sharp(logoFile, { density: 300 })
		.resize({ width: size, height: size, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
		.png()
		.toBuffer();
	return new Uint8Array(png);
}
