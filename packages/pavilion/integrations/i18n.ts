import type { AstroConfig } from 'astro';
import { AstroError } from 'astro/errors';
import type { PavilionConfig } from '../schemas/config.ts';

/**
 * Astro's i18n settings follow from the theme's `locales`, so organizers state them once.
 * updateConfig would concatenate a user's own locales with ours, so a hand-written i18n block is refused.
 */
export function astroI18nConfig(
	config: PavilionConfig,
	astroConfig: Pick<AstroConfig, 'i18n'>,
): NonNullable<AstroConfig['i18n']> | undefined {
	if (astroConfig.i18n) {
		throw new AstroError(
			"astro.config.mjs: an `i18n` block was given next to pavilion(); expected none: Pavilion sets Astro's i18n from its own `locales` and `defaultLocale` options.",
			'Remove `i18n` from defineConfig() and list the languages in pavilion({ locales: { … } }).',
		);
	}
	return {
		defaultLocale: config.defaultLocale,
		locales: Object.keys(config.locales),
		routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false, fallbackType: 'redirect' },
	};
}
