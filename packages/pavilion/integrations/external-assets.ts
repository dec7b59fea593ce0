import type { AstroConfig } from 'astro';

/**
 * Astro copies every script and stylesheet under 4 KB into each page that uses it. On a news site
 * that is the same header, share-bar and card code in thousands of pages (about 3.3 KB of an
 * article page, and a Content-Security-Policy hash for each copy), where one cached file serves
 * them all, in the browser and in the offline cache alike. Scripts and stylesheets become files;
 * other assets keep Vite's 4 KB rule. A site that set `vite.build.assetsInlineLimit` keeps its own,
 * and `build.inlineStylesheets: 'always'` still inlines its stylesheets.
 */
export function externalScriptsAndStyles(vite: AstroConfig['vite']): { assetsInlineLimit?: (file: string) => boolean | undefined } {
	if (vite.build?.assetsInlineLimit !== undefined) return {};
	return { assetsInlineLimit: (file) => (/\.(?:js|mjs|css)$/.test(file) ? false : undefined) };
}
