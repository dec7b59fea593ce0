import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { adapterImagesError } from './config/adapter-images.ts';
import { readBuildInstant } from './config/build-instant.ts';
import { siteTranslations } from './config/translations.ts';
import { parseUserConfig } from './config/user-config.ts';
import { loadArticleFields } from './config/article-fields.ts';
import { FEATURES, featuresOn } from './features/index.ts';
import type { PavilionFeature } from './features/feature.ts';
import { contentSecurityPolicy, writeHeaderPolicy } from './integrations/csp.ts';
import { externalScriptsAndStyles } from './integrations/external-assets.ts';
import { svgMetadataWarnings } from './integrations/svg-metadata.ts';
import { addMarkdownPlugins } from './integrations/markdown-plugins.ts';
import { astroI18nConfig } from './integrations/i18n.ts';
import { afterBuild } from './integrations/post-build.ts';
import { quietBuildLog } from './integrations/quiet-build.ts';
import { dropShellCommandVariable } from './integrations/stable-env.ts';
import { pageConcurrency } from './integrations/page-concurrency.ts';
import { nodeFiles, nodeFilesMiddleware, writeNodeFiles, type NodeFile } from './integrations/node-files.ts';
import { pavilionRoutes, siteFactsRoute } from './integrations/routes.ts';
import { pavilionSitemap, type AlternatesByPage } from './integrations/sitemap.ts';
import { vitePluginPavilion } from './integrations/virtual-modules.ts';
import { contentImageGuard } from './integrations/content-images.ts';
import { refuseLinksLeavingPublicFolder } from './config/public-links.ts';
import type { OverridableComponent } from './schemas/components.ts';
import type { PavilionConfig, PavilionUserConfig } from './schemas/config.ts';
import { articleProblemRecord } from './integrations/article-problems.ts';
import { SITE_FACTS_FILE } from './utils/site-facts.ts';

export type { PavilionUserConfig };

export default function pavilion(options: PavilionUserConfig): AstroIntegration {
	let config: PavilionConfig | undefined;
	/** The features the options turn on (features/index.ts). */
	let features: PavilionFeature[] = [];
	let outDir: URL | undefined;
	let cacheDir: URL | undefined;
	let site: URL | undefined;
	let root: URL | undefined;
	let base = '/';
	let dev = false;
	// A site that set its own security.csp keeps its policy, and its _headers file stays as it wrote it.
	let ownPolicy = false;
	// Filled from the site model after rendering, before the sitemap integration (added after this one) writes.
	const alternates: AlternatesByPage = new Map();
	let buildId = '';
	// Written after the pages and served by `astro dev`: whatever renders the pages may have no disk and no sharp.
	let filesFromNode: NodeFile[] = [];
	// What the body plugin finds in MDX articles, compiled with the pages; refused when the build is done.
	const compiledProblems = articleProblemRecord();
	const integration: AstroIntegration = {
		name: 'astro-pavilion',
		hooks: {
			'astro:config:setup': async ({ command, config: astroConfig, injectRoute, updateConfig, logger }) => {
				config = parseUserConfig(options);
				const builtAt = readBuildInstant(process.env);
				buildId = builtAt.toISOString().replace(/\D/g, '');
				base = astroConfig.base.endsWith('/') ? astroConfig.base : `${astroConfig.base}/`;
				root = astroConfig.root;
				dev = command === 'dev';
				site = astroConfig.site ? new URL(astroConfig.site) : undefined;
				if (!site)
					logger.warn(
						'`site` is not set in astro.config.mjs: feeds, the sitemap, share links and link previews need the address of the site.',
					);
				refuseLinksLeavingPublicFolder(astroConfig.publicDir, astroConfig.root);
				const ownFavicon = existsSync(new URL('favicon.ico', astroConfig.publicDir));
				// Read here so that a mistake in them stops the start with one line, and the editor shows them.
				const articleFields =
					config.articleFields === undefined ? undefined : await loadArticleFields(config.articleFields, astroConfig.root);
				features = featuresOn(config);
				const setup = { config, root: astroConfig.root, site, base, articleFields, warn: (message: string) => logger.warn(message) };
				const featureSetups = features.map((feature) => feature.setup?.(setup) ?? {});
				const featureModules = Object.assign({}, ...featureSetups.map(({ virtualModules }) => virtualModules)) as Record<string, string>;
				for (const warning of svgMetadataWarnings(config, astroConfig.root)) logger.warn(warning);
				filesFromNode = [...nodeFiles(config, astroConfig.root, ownFavicon), ...featureSetups.flatMap(({ nodeFiles = [] }) => nodeFiles)];
				for (const route of pavilionRoutes(config, features)) injectRoute({ ...route, prerender: true });
				if (command === 'build') injectRoute(siteFactsRoute);
				if (!addMarkdownPlugins(astroConfig.markdown, astroConfig.root, astroConfig.publicDir, compiledProblems)) {
					logger.warn(
						'The Markdown processor is not Sätteri: article bodies are not checked for script or remote images, and image titles stay titles instead of becoming figure captions.',
					);
				}
				const has = (name: string) => astroConfig.integrations.some((integration) => integration.name === name);
				const build = { production: command === 'build' };
				if (config.incrementalBuild) dropShellCommandVariable();
				ownPolicy = astroConfig.security.csp !== false;
				updateConfig({
					security: { csp: contentSecurityPolicy(astroConfig.security.csp, config) },
					i18n: astroI18nConfig(config, astroConfig),
					...(config.incrementalBuild ? { experimental: { incrementalBuild: true } } : {}),
					build: pageConcurrency(astroConfig.build.concurrency),
					integrations: [
						...(has('@astrojs/mdx') || !config.mdx ? [] : [mdx()]),
						...(has('@astrojs/sitemap') || !site ? [] : [pavilionSitemap(alternates, site, sitemapExclusions(config, features, base))]),
					],
					vite: {
						plugins: [
							vitePluginPavilion(
								config,
								siteTranslations(config, astroConfig.root),
								build,
								{ instant: builtAt, start: randomUUID() },
								astroConfig,
								{
									modules: featureModules,
									components: featureComponents(),
									localePages: features.flatMap((feature) => feature.localePages ?? []),
								},
							),
							contentImageGuard(astroConfig.root),
						],
						build: { rolldownOptions: { onLog: quietBuildLog }, ...externalScriptsAndStyles(astroConfig.vite) },
					},
				});
			},
			'astro:config:done': ({ config: astroConfig, injectTypes }) => {
				const imagesError = adapterImagesError(astroConfig);
				if (imagesError) throw imagesError;
				outDir = astroConfig.outDir;
				cacheDir = astroConfig.cacheDir;
				injectTypes({ filename: 'types.d.ts', content: '/// <reference types="astro-pavilion/virtual" />' });
			},
			'astro:server:setup': ({ server, logger }) => {
				// Astro also starts a server while it builds (to load content); these are for `astro dev` alone.
				if (!dev) return;
				server.middlewares.use(nodeFilesMiddleware(filesFromNode, base));
				if (!outDir) return;
				for (const feature of features) if (feature.devMiddleware) server.middlewares.use(feature.devMiddleware({ outDir, logger, base }));
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!config || !root || !cacheDir) return;
				const urls = { base, defaultLocale: config.defaultLocale, articlesBase: config.articlesBase };
				// Before the post-build steps: the service worker lists what is in the output folder.
				await writeNodeFiles(filesFromNode, dir);
				await afterBuild({ config, root, urls, site, outDir: dir, cacheDir, buildId, alternates, compiledProblems, logger, features });
				if (!ownPolicy) writeHeaderPolicy(dir);
			},
		},
	};
	// pavilion-import reads the options from the site's astro.config.mjs through siteOptions() of tools.ts.
	return Object.assign(integration, { pavilionOptions: options });
}

/** Pages the sitemap leaves out: the features' (the editor's, noindex) and the site facts, which never ship. */
function sitemapExclusions(config: PavilionConfig, features: readonly PavilionFeature[], base: string): Set<string> {
	return new Set([...features.flatMap((feature) => feature.sitemapExclusions?.(config, base) ?? []), `${base}${SITE_FACTS_FILE}`]);
}

/** The theme's files of replaceable components that live in a feature's folder, whether the feature is on or not. */
function featureComponents(): Partial<Record<OverridableComponent, URL>> {
	return Object.assign({}, ...FEATURES.map((feature) => feature.components)) as Partial<Record<OverridableComponent, URL>>;
}
