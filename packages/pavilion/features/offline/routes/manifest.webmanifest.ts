import type { APIRoute, GetStaticPaths } from 'astro';
import { logo } from 'virtual:pavilion/images';
import { config, localeContext, localeFromParam, localeParams } from '../../../runtime/site.ts';
import { homeUrl, logoIconUrl, withBase } from '../../../runtime/urls.ts';

export const getStaticPaths = (() => localeParams().map(({ locale }) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** /manifest.webmanifest per language: installing the site on a phone opens it in that language. */
export const GET: APIRoute = ({ params }) => {
	const locale = localeFromParam(params.locale);
	const { text, lang } = localeContext(locale);
	const manifest = {
		name: text(config.title),
		short_name: text(config.expo.shortName) || text(config.title),
		description: text(config.description) || text(config.expo.name),
		lang,
		dir: 'ltr',
		start_url: homeUrl(locale),
		scope: withBase('/'),
		display: 'standalone',
		theme_color: '#0f5c6e',
		background_color: '#f7f6f2',
		icons: logo
			? ([192, 512] as const).map((size) => ({ src: logoIconUrl(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' }))
			: [],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
