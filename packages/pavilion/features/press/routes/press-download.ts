import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import press from 'virtual:pavilion/press';
import { fileTypeOf } from '../../../utils/file-types.ts';
import { servedPressFile } from '../../../utils/private-metadata.ts';

export function getStaticPaths() {
	return press.downloads.map((download) => ({ params: { file: download.name }, props: { file: download.file } }));
}

/** A press-kit file from the downloads folder: as it is, but a photo without its GPS position, names and camera data. */
export const GET: APIRoute<{ file: string }> = async ({ params, props }) =>
	new Response(servedPressFile(params.file!, await readFile(props.file)), {
		headers: { 'Content-Type': fileTypeOf(params.file!).mediaType },
	});
