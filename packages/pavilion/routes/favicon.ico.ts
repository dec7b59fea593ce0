import type { APIRoute } from 'astro';
import { logoPng } from '../runtime/logo-png.ts';
import { icoFromPng } from '../utils/ico.ts';

const SIZE = 48;

/**
 * /favicon.ico, from the logo: browsers ask for it on their own, on feeds and other pages that
 * cannot name an icon. Injected only when there is a logo and the site has no favicon.ico of its own.
 */
export const GET: APIRoute = async () =>
	new Response(icoFromPng(await logoPng(SIZE), SIZE), { headers: { 'Content-Type': 'image/x-icon' } });
