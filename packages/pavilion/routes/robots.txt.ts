import type { APIRoute } from 'astro';
import { withBase } from '../runtime/urls.ts';

/** Crawlers may read everything; the sitemap lists every page with its language versions. */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /', ...(site ? ['', `Sitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}`] : [])];
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
