import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

export function logoSchema(localeKeys: readonly string[], defaultLocale: string) {
	return z
		.union([
			z.string().min(1),
			z
				.object({
					src: z.string().min(1).describe('Path of the image from the project root, e.g. "site/images/logo.svg".'),
					alt: localizedText(localeKeys, defaultLocale)
						.optional()
						.describe('Text for readers who cannot see the logo; defaults to the site title.'),
					replacesTitle: z
						.boolean()
						.default(false)
						.describe('Hide the text title next to the logo (when the logo already spells the name).'),
				})
				.strict(),
		])
		.transform((logo) => (typeof logo === 'string' ? { src: logo, replacesTitle: false } : logo))
		.optional()
		.describe(
			"The fair's logo, shown in the header, the feeds and the web app icon. A path from the project root, or { src, alt, replacesTitle }.",
		);
}
