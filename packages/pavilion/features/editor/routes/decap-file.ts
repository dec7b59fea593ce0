import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import cms from 'virtual:pavilion/cms';

export function getStaticPaths() {
	return cms.decapFiles.map((file) => ({ params: { file } }));
}

/** Decap CMS's bundle and its chunks, from the site's own decap-cms package. */
export const GET: APIRoute = async ({ params }) => {
	const file = params.file!;
	const type = file.endsWith('.js')
		? 'text/javascript; charset=utf-8'
		: file.endsWith('.wasm')
			? 'application/wasm'
			: 'text/plain; charset=utf-8';
	return new Response(await readFile(join(cms.decapDir, file)), { headers: { 'Content-Type': type } });
};
