import type { APIRoute, GetStaticPaths } from 'astro';
import { logo } from 'virtual:pavilion/images';
import { logoIconPath } from '../runtime/logo-icons.ts';
import { config, localeContext, localeFromParam, localeParams, urlContext } from '../runtime/site.ts';
import { homeUrl, withBase } from '../utils/urls.ts';

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
		start_url: homeUrl(urlContext, locale),
		scope: withBase('/', urlContext.base),
		display: 'standalone',
		theme_color: '#0f5c6e',
		background_color: '#f7f6f2',
		icons: logo
			? ([192, 512] as const).map((size) => ({ src: logoIconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' }))
			: [],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
