import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { PavilionUserConfig } from './schemas/config.ts';
import { astroI18nConfig } from './integrations/i18n.ts';
import { addMarkdownPlugins } from './integrations/figures.ts';
import { pavilionRoutes } from './integrations/routes.ts';
import { vitePluginPavilion } from './integrations/virtual-modules.ts';
import { translationsByLocale } from './utils/translations.ts';
import { parseUserConfig } from './utils/user-config.ts';

export type { PavilionUserConfig };

export default function pavilion(options: PavilionUserConfig): AstroIntegration {
	return {
		name: 'astro-pavilion',
		hooks: {
			'astro:config:setup': ({ command, config: astroConfig, injectRoute, updateConfig, logger }) => {
				const config = parseUserConfig(options);
				for (const route of pavilionRoutes(config)) injectRoute({ ...route, prerender: true });

				if (!addMarkdownPlugins(astroConfig.markdown)) {
					logger.warn('The Markdown processor is not Sätteri: image titles stay titles instead of becoming figure captions.');
				}
				const hasIntegration = (name: string) => astroConfig.integrations.some((integration) => integration.name === name);
				updateConfig({
					i18n: astroI18nConfig(config, astroConfig),
					integrations: hasIntegration('@astrojs/mdx') ? [] : [mdx()],
					vite: {
						plugins: [
							vitePluginPavilion(
								config,
								translationsByLocale(config.locales),
								{ production: command === 'build', builtAt: new Date().toISOString() },
								astroConfig,
							),
						],
					},
				});
			},
			'astro:config:done': ({ injectTypes }) => {
				injectTypes({ filename: 'types.d.ts', content: '/// <reference types="astro-pavilion/virtual" />' });
			},
		},
	};
}
