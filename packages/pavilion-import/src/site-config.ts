import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import * as bundledTools from 'astro-pavilion/tools';
import type { ArticleFields, PavilionConfig } from 'astro-pavilion/tools';
import { exhibitorsOptionsOf, type ExhibitorsOptions } from './exhibitor-options.ts';

const SKIP = Symbol('resolving');
const TOOLS = 'astro-pavilion/tools';
const ENTRY = 'pavilion-import-entry.mjs';

/**
 * Node strips types only outside node_modules, and the theme ships TypeScript: bundle the config with
 * the TypeScript it imports (as Vite bundles a config file), and leave every other JavaScript module
 * to Node by its absolute URL, so that each resolves from where it lives.
 */
const bundleTypeScriptAndConfig = (config: string): Plugin => ({
	name: 'bundle-typescript-and-config',
	setup(esbuild) {
		esbuild.onResolve({ filter: /.*/ }, async (args) => {
			if (args.kind === 'entry-point' || args.pluginData === SKIP) return undefined;
			// Node takes file: URLs in an import; esbuild only paths.
			const specifier = args.path.startsWith('file:') ? fileURLToPath(args.path) : args.path;
			const resolved = await esbuild.resolve(specifier, {
				kind: args.kind,
				resolveDir: args.resolveDir,
				importer: args.importer,
				pluginData: SKIP,
			});
			// A theme from before this package has no tools entry: the copy bundled here reads its options.
			if (resolved.errors.length > 0 && args.path === TOOLS && basename(args.importer) === ENTRY)
				return { path: TOOLS, namespace: 'missing' };
			if (resolved.errors.length > 0) return { errors: resolved.errors };
			if (resolved.external) return { path: args.path, external: true };
			if (resolved.path === config || /\.[cm]?tsx?$/.test(resolved.path)) return { path: resolved.path };
			return { path: pathToFileURL(resolved.path).href, external: true };
		});
		esbuild.onLoad({ filter: /.*/, namespace: 'missing' }, () => ({
			contents: 'export {};',
			loader: 'js',
		}));
	},
});

/** What the site's own copy of the theme says, so that options and articles are read by the version that builds them. */
type Tools = Pick<typeof bundledTools, 'siteOptions' | 'frontmatterSchema' | 'loadArticleFields' | 'fieldFacts'>;
interface SiteTheme extends Tools {
	default: { integrations?: unknown[] };
}

/**
 * The site's astro.config.mjs, loaded the way Astro loads it, with the public entry astro-pavilion/tools
 * of the theme it uses; the copy bundled in this package when the site has none.
 */
async function loadSite(file: string): Promise<SiteTheme> {
	const bundle = build({
		stdin: {
			contents: `export { default } from ${JSON.stringify(file)};\nexport * as tools from '${TOOLS}';\n`,
			resolveDir: dirname(file),
			sourcefile: ENTRY,
			loader: 'js',
		},
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		logLevel: 'silent',
		plugins: [bundleTypeScriptAndConfig(file)],
	});
	const { outputFiles } = await bundle.catch((error: unknown) => {
		const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(error);
		throw new Error(`${file} could not be read: ${first}`);
	});
	// Next to the config (and removed at once), so that import.meta.url in the bundle stays inside the site.
	const bundled = join(dirname(file), `${basename(file)}.pavilion-import-${process.pid}-${Date.now()}.mjs`);
	writeFileSync(bundled, outputFiles[0]!.text);
	try {
		const loaded = (await import(pathToFileURL(bundled).href)) as Pick<SiteTheme, 'default'> & { tools: Partial<Tools> };
		// A theme older than a tool reads the rest with its own copy, and that tool with the one bundled here.
		return {
			default: loaded.default,
			siteOptions: loaded.tools.siteOptions ?? bundledTools.siteOptions,
			frontmatterSchema: loaded.tools.frontmatterSchema ?? bundledTools.frontmatterSchema,
			loadArticleFields: loaded.tools.loadArticleFields ?? bundledTools.loadArticleFields,
			fieldFacts: loaded.tools.fieldFacts ?? bundledTools.fieldFacts,
		};
	} finally {
		rmSync(bundled, { force: true });
	}
}

export interface Site {
	/** The site's pavilion() options, validated the way its build validates them. */
	config: PavilionConfig;
	/** The front-matter schema of the theme version the site builds with. */
	frontmatterSchema: Tools['frontmatterSchema'];
	/** Its reading of a schema's fields, which knows the marks (a date, an image) that schema carries. */
	fieldFacts: Tools['fieldFacts'];
	/** The fields the site adds (pavilion({ articleFields })), read as its build reads them. */
	articleFields: ArticleFields | undefined;
	/** The exhibitor directory's sectors and halls (pavilion({ exhibitors })); undefined when it is off. */
	exhibitors: ExhibitorsOptions | undefined;
}

/** The site at `root`; undefined when it has no astro.config.mjs. A config without pavilion() stops with one line. */
export async function loadSiteAt(root: string): Promise<Site | undefined> {
	const file = join(root, 'astro.config.mjs');
	if (!existsSync(file)) return undefined;
	const theme = await loadSite(file);
	const config = theme.siteOptions(theme.default);
	if (!config) throw new Error(`${file} does not use pavilion(): run this in a Pavilion site.`);
	const articleFields =
		config.articleFields === undefined ? undefined : await theme.loadArticleFields(config.articleFields, pathToFileURL(`${root}/`));
	return {
		config,
		frontmatterSchema: theme.frontmatterSchema,
		fieldFacts: theme.fieldFacts,
		articleFields,
		exhibitors: exhibitorsOptionsOf(config),
	};
}
