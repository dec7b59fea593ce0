import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { configError } from '../config/config-error.ts';
import { checkCustomCss } from '../config/custom-css.ts';
import { pictureFileProblem } from '../config/picture-file.ts';
import { resolveProjectPath, resolveProjectPathOrPackage } from '../config/project-path.ts';
import { OVERRIDABLE_COMPONENTS, type OverridableComponent } from '../schemas/components.ts';
import { ARTICLE_FIELDS_EXAMPLE } from '../schemas/frontmatter.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import type { TranslationsByLocale } from '../utils/strings.ts';

type VitePlugin = NonNullable<NonNullable<AstroConfig['vite']['plugins']>[number]>;

/**
 * The theme's .astro files read the organizer's settings through `virtual:pavilion/*` modules,
 * as Starlight does: the integration decides their contents once, at config time.
 */
export interface BuildInfo {
	/** Only `astro build` leaves out drafts and future articles; dev and check show them. */
	production: boolean;
}

/** This start of the integration (runtime/build-run.ts). */
export interface BuildRun {
	/** The build's instant (config/build-instant.ts). */
	instant: Date;
	/** Unique to this start. */
	start: string;
}

/**
 * Astro's incremental build hashes the code of every module a page imports, and the instant (with
 * no SOURCE_DATE_EPOCH) and the start change with every build: marked as content data, as Astro
 * marks its own data modules, this module is left out of that hash. The pages that show what the
 * instant decides carry it in their cache keys instead (runtime/cache-keys.ts: the build's day).
 */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

/** What the features that are on add (features/index.ts). */
export interface FeatureModules {
	/** `virtual:pavilion/*` modules of the features that are on: id → code. */
	modules: Record<string, string>;
	/** The theme's own file of a replaceable component that lives in a feature's folder. */
	components: Partial<Record<OverridableComponent, URL>>;
	/** Pages every locale has, of the features that are on: their paths after the locale's (virtual:pavilion/locale-pages). */
	localePages: string[];
}

export function vitePluginPavilion(
	config: PavilionConfig,
	translations: TranslationsByLocale,
	build: BuildInfo,
	run: BuildRun,
	astroConfig: Pick<AstroConfig, 'root'>,
	features: FeatureModules,
): VitePlugin {
	const modules: Record<string, string> = {
		'virtual:pavilion/build': `export default ${JSON.stringify(build)};`,
		'virtual:pavilion/build-run': '',
		'virtual:pavilion/config': `export default ${JSON.stringify(config)};`,
		'virtual:pavilion/translations': `export default ${JSON.stringify(translations)};`,
		'virtual:pavilion/images': imagesModule(config, astroConfig.root),
		'virtual:pavilion/article-fields': articleFieldsModule(config.articleFields, astroConfig.root),
		'virtual:pavilion/user-css': userCssModule(config.customCss, astroConfig.root),
		'virtual:pavilion/locale-pages': `export default ${JSON.stringify(features.localePages)};`,
		// The exhibitor directory's way into the core (features/exhibitors/feature.ts replaces them when it is on).
		'virtual:pavilion/directory': 'export const directoryOf = undefined;',
		'virtual:pavilion/programme': 'export const programmeOf = undefined;',
		'virtual:pavilion/article-sessions': `export { default } from ${JSON.stringify(fileURLToPath(new URL('../components/Nothing.astro', import.meta.url)))};`,
		'virtual:pavilion/article-exhibitors': `export { default } from ${JSON.stringify(fileURLToPath(new URL('../components/Nothing.astro', import.meta.url)))};`,
		...componentModules(config, astroConfig.root, features.components),
		...features.modules,
	};
	const resolved = new Map(Object.keys(modules).map((id) => [`\0${id}`, id]));
	return {
		name: 'vite-plugin-pavilion',
		resolveId(id: string) {
			return id in modules ? `\0${id}` : undefined;
		},
		load(id: string) {
			if (id === '\0virtual:pavilion/build-run')
				return {
					code: `export const instant = ${JSON.stringify(run.instant.toISOString())};\nexport const start = ${JSON.stringify(run.start)};`,
					meta: CONTENT_DATA,
				};
			const name = resolved.get(id);
			return name ? modules[name] : undefined;
		},
	};
}

/** The site's added fields (config/article-fields.ts read them at config time): the module itself, so Vite follows its edits. */
function articleFieldsModule(path: string | undefined, root: URL): string {
	if (path === undefined) return 'export default null;';
	return `export { default } from ${JSON.stringify(resolveProjectPath(path, root, 'articleFields', ARTICLE_FIELDS_EXAMPLE))};`;
}

function userCssModule(paths: readonly string[], root: URL): string {
	const resolved = paths.map((path) => resolveProjectPathOrPackage(path, root, 'customCss', './src/styles/custom.css'));
	checkCustomCss(paths, resolved, root);
	return resolved.map((file) => `import ${JSON.stringify(file)};`).join('\n');
}

/**
 * An image named in the options, as the module specifier of a real import, so astro:assets
 * optimizes it like any other: checked to be a picture of the project first.
 */
export function imageImport(path: string, root: URL, option: string, example = 'site/images/logo.svg'): string {
	const file = resolveProjectPath(path, root, option, example);
	// Anything else would be read as an image and its contents printed in the error.
	if (!/\.(png|jpe?g|webp|avif|gif|svg)$/i.test(file))
		throw configError([`${option}: ${JSON.stringify(path)} was given; expected an image file (PNG, JPEG, WebP, AVIF, GIF or SVG)`]);
	const problem = pictureFileProblem(file);
	if (problem !== undefined) throw configError([`${option}: ${JSON.stringify(path)} ${problem}`]);
	return JSON.stringify(file);
}

/** Images named in the options become real imports. */
function imagesModule(config: PavilionConfig, root: URL): string {
	const importOf = (path: string, option: string) => imageImport(path, root, option);
	const lines = [
		config.logo ? `import logo from ${importOf(config.logo.src, 'logo')};` : 'const logo = undefined;',
		config.socialImage ? `import socialImage from ${importOf(config.socialImage, 'socialImage')};` : 'const socialImage = undefined;',
	];
	const qrNames: string[] = [];
	config.social.forEach((account, index) => {
		if (account.qr) {
			lines.push(`import qr${index} from ${importOf(account.qr, `social[${index}].qr`)};`);
			qrNames.push(`${index}: qr${index}`);
		}
	});
	const logoFile = config.logo ? importOf(config.logo.src, 'logo') : 'undefined';
	lines.push(`export { logo, socialImage };`, `export const logoFile = ${logoFile};`, `export const socialQr = { ${qrNames.join(', ')} };`);
	return lines.join('\n');
}

/**
 * Each overridable component is `virtual:pavilion/components/<Name>`: the organizer's file when the
 * `components` option names one, the theme's own otherwise. The theme imports them only this way,
 * so an override reaches every page (Starlight's mechanism).
 */
function componentModules(config: PavilionConfig, root: URL, featureComponents: FeatureModules['components']): Record<string, string> {
	return Object.fromEntries(
		OVERRIDABLE_COMPONENTS.map((name) => {
			const override = config.components[name];
			const file = override
				? resolveProjectPathOrPackage(override, root, `components.${name}`, `./src/components/${name}.astro`)
				: fileURLToPath(featureComponents[name] ?? new URL(`../components/${name}.astro`, import.meta.url));
			return [`virtual:pavilion/components/${name}`, `export { default } from ${JSON.stringify(file)};`];
		}),
	);
}
