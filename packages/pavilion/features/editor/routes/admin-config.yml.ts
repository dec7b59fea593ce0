import type { APIRoute } from 'astro';
import cms from 'virtual:pavilion/cms';
import { stringify } from 'yaml';
import { localeFromParam, localeParams } from '../../../runtime/site.ts';

export function getStaticPaths() {
	return localeParams().map(({ locale }) => ({ params: { locale } }));
}

/** The editor's configuration, made at config time from the schema and options (features/editor/cms-config.ts). */
export const GET: APIRoute = ({ params }) => {
	const config = cms.configs[localeFromParam(params.locale)]!;
	const text = `# Made by astro-pavilion from the front-matter schema and the pavilion() options: change those, not this file.\n${stringify(config, { lineWidth: 0 })}`;
	return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
