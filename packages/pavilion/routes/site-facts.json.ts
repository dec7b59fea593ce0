import type { APIRoute } from 'astro';
import { getSiteModel, siteFacts } from '../runtime/site-model.ts';

/**
 * The site model's facts for the post-build steps (utils/site-facts.ts), written as a file of the
 * build so that they reach the integration whatever process renders the pages. Only `astro build`
 * has this route, and the integration removes the file before the site ships.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(siteFacts(await getSiteModel())), { headers: { 'Content-Type': 'application/json' } });
