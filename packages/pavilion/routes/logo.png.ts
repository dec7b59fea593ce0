import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { logo, logoFile } from 'virtual:pavilion/images';
import { LOGO_ICON_SIZES } from '../utils/urls.ts';

export const getStaticPaths = (() =>
	logo ? LOGO_ICON_SIZES.map((size) => ({ params: { size: String(size) } })) : []) satisfies GetStaticPaths;

/**
 * /icons/logo-<size>.png: the logo as PNG for feeds and structured data, which do not take SVG.
 * The organizer's own file is rasterized here, so SVG processing stays off for everything else.
 */
export const GET: APIRoute = async ({ params }) => {
	const size = Number(params.size);
	const png = await sharp(logoFile, { density: 300 })
		.resize({ width: size, height: size, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
