declare module 'virtual:pavilion/config' {
	const config: import('./schemas/config.ts').PavilionConfig;
	export default config;
}

declare module 'virtual:pavilion/translations' {
	const translations: import('./utils/strings.ts').TranslationsByLocale;
	export default translations;
}

declare module 'virtual:pavilion/images' {
	export const logo: import('astro').ImageMetadata | undefined;
	/** The `socialImage` option: link previews of pages without a cover. */
	export const socialImage: import('astro').ImageMetadata | undefined;
	/** Absolute path of the logo file: Head.astro links an SVG logo as the icon by its extension. */
	export const logoFile: string | undefined;
	/** QR code images of `social[i].qr`, keyed by the account's index. */
	export const socialQr: Record<number, import('astro').ImageMetadata>;
}

declare module 'virtual:pavilion/cms' {
	/** The browser editor's configuration and files (features/editor); there is no such module when the `cms` option is off. */
	const cms: import('./features/editor/cms.ts').CmsModule;
	export default cms;
}

declare module 'virtual:pavilion/press' {
	/** The press kit's downloads, listed at config time (features/press); there is no such module when the `press` option is off. */
	const press: import('./features/press/press.ts').PressModule;
	export default press;
}

declare module 'virtual:pavilion/article-fields' {
	/** The default export of the module pavilion({ articleFields }) names, or null without one. */
	const articleFields: import('./schemas/frontmatter.ts').ArticleFields | null;
	export default articleFields;
}

declare module 'virtual:pavilion/locale-pages' {
	/** Pages every locale has that the features which are on add (features/<name>/feature.ts): their paths after the locale's. */
	const localePages: string[];
	export default localePages;
}

declare module 'virtual:pavilion/build' {
	const build: import('./integrations/virtual-modules.ts').BuildInfo;
	export default build;
}

declare module 'virtual:pavilion/build-run' {
	/** The build's instant (ISO 8601), pinned by SOURCE_DATE_EPOCH. */
	export const instant: string;
	/** Different for each start of the integration (runtime/build-run.ts). */
	export const start: string;
}

declare module 'virtual:pavilion/user-css' {}

declare module 'virtual:pavilion/components/Head' {
	const Component: typeof import('./components/Head.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/Header' {
	const Component: typeof import('./components/Header.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/Footer' {
	const Component: typeof import('./components/Footer.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/Hero' {
	const Component: typeof import('./components/Hero.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/ExpoInfo' {
	const Component: typeof import('./components/ExpoInfo.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/ArticleCard' {
	const Component: typeof import('./components/ArticleCard.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/ArticleMeta' {
	const Component: typeof import('./components/ArticleMeta.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/SourceLine' {
	const Component: typeof import('./components/SourceLine.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/ShareBar' {
	const Component: typeof import('./components/ShareBar.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/Search' {
	const Component: typeof import('./features/search/components/Search.astro').default;
	export default Component;
}
declare module 'virtual:pavilion/components/LanguageSwitch' {
	const Component: typeof import('./components/LanguageSwitch.astro').default;
	export default Component;
}

declare module 'virtual:pavilion/exhibitors' {
	/** Each hall's floor plan (the `exhibitors` option, features/exhibitors); there is no such module when the option is off. */
	export const floorPlans: Record<string, import('astro').ImageMetadata>;
}

declare module 'virtual:pavilion/directory' {
	/** Builds the exhibitor directory (features/exhibitors/runtime/model.ts); undefined when the `exhibitors` option is off. */
	export const directoryOf: typeof import('./features/exhibitors/runtime/model.ts').directoryOf | undefined;
	export type Directory = import('./features/exhibitors/runtime/directory.ts').Directory;
	export type ExhibitorEntry = import('./features/exhibitors/runtime/directory.ts').ExhibitorEntry;
}

declare module 'virtual:pavilion/article-exhibitors' {
	/** The cards of the exhibitors an article names (features/exhibitors); with the `exhibitors` option off, an article names none. */
	const Component: typeof import('./features/exhibitors/components/ArticleExhibitors.astro').default;
	export default Component;
}

declare module 'virtual:pavilion/programme' {
	/** Builds the programme (features/programme/runtime/model.ts); undefined when the `programme` option is off. */
	export const programmeOf: typeof import('./features/programme/runtime/model.ts').programmeOf | undefined;
	export type Programme = import('./features/programme/runtime/programme.ts').Programme;
	export type SessionEntry = import('./features/programme/runtime/programme.ts').SessionEntry;
	export type SpeakerEntry = import('./features/programme/runtime/programme.ts').SpeakerEntry;
}

declare module 'virtual:pavilion/article-sessions' {
	/** The sessions an article names (features/programme); with the `programme` option off, an article names none. */
	const Component: typeof import('./features/programme/components/ArticleSessions.astro').default;
	export default Component;
}
