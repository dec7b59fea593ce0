import type { APIRoute, GetStaticPaths } from 'astro';
import { logo } from 'virtual:pavilion/images';
import { logoPng } from '../runtime/logo-png.ts';
import { LOGO_ICON_SIZES } from '../utils/urls.ts';

export const getStaticPaths = (() =>
	logo ? LOGO_ICON_SIZES.map((size) => ({ params: { size: String(size) } })) : []) satisfies GetStaticPaths;

/** /icons/logo-<size>.png: the logo as PNG for feeds and structured data, which do not take SVG. */
export const GET: APIRoute = async ({ params }) =>
	new Response(await logoPng(Number(params.size)), { headers: { 'Content-Type': 'image/png' } });
