import { z } from 'astro/zod';

export const AccentColorSchema = z
	.string()
	.regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a hex colour such as "#c8102e"')
	.optional()
	.describe(
		'One brand colour that re-colours buttons, links, the date strip and highlights. Pavilion adjusts its lightness where needed so text keeps WCAG AA contrast in the light and dark schemes.',
	);

export const CustomCssSchema = z
	.array(z.string().min(1))
	.default([])
	.describe(
		'Stylesheets added after the theme\'s own: paths from the project root ("./src/styles/brand.css") or package specifiers. Override the --pv-* custom properties documented in docs/overrides.md.',
	);
