import { existsSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { PavilionConfig, PavilionUserConfig } from './schemas/config.ts';
import { astroI18nConfig } from './integrations/i18n.ts';
import { fillEnclosureLengths, findFeeds } from './integrations/feed-enclosures.ts';
import { addMarkdownPlugins } from './integrations/figures.ts';
import { devSearchMiddleware } from './integrations/dev-search.ts';
import { indexSite } from './integrations/pagefind.ts';
import { writeSaveLists, writeServiceWorker } from './integrations/service-worker.ts';
import { pavilionRoutes } from './integrations/routes.ts';
import { pavilionSitemap, readAlternates, type AlternatesByUrl } from './integrations/sitemap.ts';
import { vitePluginPavilion } from './integrations/virtual-modules.ts';
import { readBuiltInTranslations, readOrganizerTranslations, translationsByLocale } from './config/translations.ts';
import { parseUserConfig } from './config/user-config.ts';

export type { PavilionUserConfig };

/** The shipped strings with the organizer's over them, per locale. */
function organizerStrings(config: PavilionConfig, root: URL) {
	const builtIn = readBuiltInTranslations();
	const dir = new URL(config.translations.replace(/^\.?\//, '').replace(/\/?$/, '/'), root);
	return translationsByLocale(config.locales, builtIn, readOrganizerTranslations(dir, Object.keys(builtIn.en ?? {})));
}

export default function pavilion(options: PavilionUserConfig): AstroIntegration {
	// Filled from the built pages before the sitemap integration (added after this one) writes its files.
	const alternates: AlternatesByUrl = new Map();
	let site: URL | undefined;
	let config: PavilionConfig | undefined;
	let base = '/';
	let outDir: URL | undefined;
	const builtAt = new Date().toISOString();
	const integration: AstroIntegration = {
		name: 'astro-pavilion',
		hooks: {
			'astro:config:setup': ({ command, config: astroConfig, injectRoute, updateConfig, logger }) => {
				const parsed = parseUserConfig(options);
				config = parsed;
				base = astroConfig.base.endsWith('/') ? astroConfig.base : `${astroConfig.base}/`;
				site = astroConfig.site ? new URL(astroConfig.site) : undefined;
				if (!site)
					logger.warn(
						'`site` is not set in astro.config.mjs: feeds, the sitemap, share links and link previews need the address of the site.',
					);
				for (const route of pavilionRoutes(parsed)) injectRoute({ ...route, prerender: true });

				if (!addMarkdownPlugins(astroConfig.markdown)) {
					logger.warn('The Markdown processor is not Sätteri: image titles stay titles instead of becoming figure captions.');
				}
				const hasIntegration = (name: string) => astroConfig.integrations.some((integration) => integration.name === name);
				updateConfig({
					i18n: astroI18nConfig(parsed, astroConfig),
					integrations: [
						...(hasIntegration('@astrojs/mdx') ? [] : [mdx()]),
						...(hasIntegration('@astrojs/sitemap') || !site ? [] : [pavilionSitemap(alternates)]),
					],
					vite: {
						plugins: [
							vitePluginPavilion(
								parsed,
								organizerStrings(parsed, astroConfig.root),
								{ production: command === 'build', builtAt },
								astroConfig,
							),
						],
					},
				});
			},
			'astro:config:done': ({ config: astroConfig, injectTypes }) => {
				outDir = astroConfig.outDir;
				injectTypes({ filename: 'types.d.ts', content: '/// <reference types="astro-pavilion/virtual" />' });
			},
			'astro:server:setup': ({ server, logger }) => {
				if (config?.search && outDir) server.middlewares.use(devSearchMiddleware(outDir, logger));
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const files = pages.map(({ pathname }) => new URL(pathname, dir));
				// Directory pages are <path>/index.html; /404/ is written as 404.html and has no alternates.
				const htmlPages = files
					.filter((file) => file.pathname.endsWith('/'))
					.map((file) => new URL('index.html', file))
					.filter(existsSync);
				readAlternates(htmlPages, alternates);
				if (site) {
					const missing = fillEnclosureLengths(findFeeds(dir), dir, site);
					if (missing.length) logger.warn(`Feed enclosures without a file: ${missing.join(', ')}`);
				}
				if (!config) return;
				// Once every page is written: the offline cache below lists the index files.
				const offline = config.offline;
				if (config.search) await indexSite(dir, logger, { maxFragments: offline ? offline.maxFragments : undefined });
				if (offline) {
					const buildId = builtAt.replace(/\D/g, '');
					const localePrefix = (key: string) => (key === config!.defaultLocale ? '' : `${key}/`);
					const languages = Object.entries(config.locales).map(([key, { lang }]) => ({ lang, prefix: localePrefix(key) }));
					writeSaveLists(htmlPages, dir, base, languages, buildId);
					const worker = await writeServiceWorker({
						outDir: dir,
						base,
						localePrefixes: Object.keys(config.locales).map(localePrefix),
						buildId,
					});
					logger.info(
						`Offline cache: ${worker.entries} shell files and ${worker.searchFiles} search index files, ${(worker.precacheBytes / 1024 / 1024).toFixed(1)} MiB; sw.js ${(worker.workerBytes / 1024).toFixed(1)} KiB`,
					);
				}
			},
		},
	};
	// Tools such as scripts/new-article.ts read the options from the site's astro.config.mjs.
	return Object.assign(integration, { pavilionOptions: options });
}
