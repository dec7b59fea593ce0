declare module 'virtual:pavilion/config' {
	const config: import('./schemas/config.ts').PavilionConfig;
	export default config;
}

declare module 'virtual:pavilion/translations' {
	const translations: import('./utils/translations.ts').TranslationsByLocale;
	export default translations;
}

declare module 'virtual:pavilion/images' {
	export const logo: import('astro').ImageMetadata | undefined;
	/** The `socialImage` option: link previews of pages without a cover. */
	export const socialImage: import('astro').ImageMetadata | undefined;
	/** Absolute path of the logo file, for rasterizing it (routes/logo.png.ts). */
	export const logoFile: string | undefined;
	/** QR code images of `social[i].qr`, keyed by the account's index. */
	export const socialQr: Record<number, import('astro').ImageMetadata>;
}

declare module 'virtual:pavilion/build' {
	const build: import('./integrations/virtual-modules.ts').BuildInfo;
	export default build;
}
