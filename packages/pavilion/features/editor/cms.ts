import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { collectionName, decapConfig, editorLanguageOf, requiredInBlocks, type DecapConfig } from './cms-config.ts';
import { configError } from '../../config/config-error.ts';
import { editorPolicy, type EditorPolicy } from './editor-policy.ts';
import type { PavilionConfig } from '../../schemas/config.ts';
import { localePath, SEGMENTS } from '../../utils/urls.ts';
import type { NodeFile } from '../feature.ts';
import type { ArticleFields } from '../../schemas/frontmatter.ts';

/** What the /admin/ routes serve, decided once at config time (virtual:pavilion/cms). */
export interface CmsModule {
	/** The editor's configuration for each locale's /admin/ page. */
	configs: Record<string, DecapConfig>;
	/** For each editor locale: the parts an optional block needs once it is filled in (features/editor/cms-config.ts). */
	requiredInBlocks: Record<string, Record<string, { name: string; label: string }[]>>;
	/** Every locale's collection, for the links that create a translation. */
	collections: Record<string, string>;
	/** decap-cms's dist folder, served from the site itself: no CDN. */
	decapDir: string;
	decapFiles: string[];
	/** What the editor page adds to the Content-Security-Policy for Decap CMS (features/editor/editor-policy.ts). */
	policy: EditorPolicy;
}

/**
 * Decap CMS comes from the site's own dependencies: only sites that turn the editor on install it.
 * Its bundle loads its chunks from beside itself, so the whole dist folder is served (source maps aside).
 */
export function cmsModule(
	config: PavilionConfig,
	root: URL,
	site: URL | undefined,
	base: string,
	articleFields?: ArticleFields,
): CmsModule | undefined {
	const cms = config.cms;
	if (!cms) return undefined;
	let decapDir: string;
	try {
		decapDir = join(dirname(createRequire(new URL('package.json', root)).resolve('decap-cms/package.json')), 'dist');
	} catch {
		throw configError([
			"cms: the browser editor was turned on, but the decap-cms package is not installed; expected it among the site's dependencies (run pnpm add decap-cms)",
		]);
	}
	// decap-cms.js and the chunks it loads (with their WebAssembly), not the second bundle (cms.js) or source maps.
	const decapFiles = readdirSync(decapDir).filter((file) => /^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$|\.wasm$/.test(file));
	const locales = Object.keys(config.locales);
	return {
		configs: Object.fromEntries(
			locales.map((editorLocale) => [
				editorLocale,
				decapConfig({ config, cms, articlesFolder: cms.articlesFolder, editorLocale, site, base, articleFields }),
			]),
		),
		requiredInBlocks: Object.fromEntries(
			locales.map((locale) => [locale, requiredInBlocks(config, editorLanguageOf(config.locales[locale]!.lang), articleFields)]),
		),
		collections: Object.fromEntries(locales.map((locale) => [locale, collectionName(locale)])),
		decapDir,
		decapFiles,
		policy: editorPolicy(cms),
	};
}

/** The editor's pages (/admin/, /en/admin/…): noindex, so the sitemap leaves them out. */
export function editorPaths(config: PavilionConfig, base: string): Set<string> {
	if (!config.cms) return new Set();
	const urls = { base, defaultLocale: config.defaultLocale, articlesBase: config.articlesBase };
	return new Set(Object.keys(config.locales).map((locale) => localePath(urls, locale, SEGMENTS.admin)));
}

/** Decap's bundle and the chunks it loads, in the build at /admin/decap/<file>: served from the site, never a CDN. */
export function decapFiles(cms: CmsModule | undefined): NodeFile[] {
	if (!cms) return [];
	return cms.decapFiles.map((file) => ({
		path: `${SEGMENTS.admin}/decap/${file}`,
		type: decapFileType(file),
		make: async () => new Uint8Array(await readFile(join(cms.decapDir, file))),
	}));
}

function decapFileType(file: string): string {
	if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
	if (file.endsWith('.wasm')) return 'application/wasm';
	return 'text/plain; charset=utf-8';
}
