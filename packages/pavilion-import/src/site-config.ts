import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { siteOptions, type PavilionConfig } from 'astro-pavilion/tools';

const SKIP = Symbol('resolving');

/**
 * Node strips types only outside node_modules, and the theme ships TypeScript: bundle the config with
 * the TypeScript it imports (as Vite bundles a config file), and leave every JavaScript module to Node
 * by its absolute URL, so that each resolves from where it lives.
 */
const bundleTypeScriptOnly: Plugin = {
	name: 'bundle-typescript-only',
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
			if (resolved.errors.length > 0) return { errors: resolved.errors };
			if (resolved.external) return { path: args.path, external: true };
			if (/\.[cm]?tsx?$/.test(resolved.path)) return { path: resolved.path };
			return { path: pathToFileURL(resolved.path).href, external: true };
		});
	},
};

/** The site's astro.config.mjs, loaded the way Astro loads it: its default export. */
async function loadAstroConfig(file: string): Promise<{ integrations?: unknown[] }> {
	const bundle = build({
		entryPoints: [file],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		logLevel: 'silent',
		plugins: [bundleTypeScriptOnly],
	});
	const { outputFiles } = await bundle.catch((error: unknown) => {
		const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(error);
		throw new Error(`${file} could not be read: ${first}`);
	});
	// Next to the config (and removed at once), so that import.meta.url in the bundle stays inside the site.
	const bundled = join(dirname(file), `${basename(file)}.pavilion-import-${process.pid}-${Date.now()}.mjs`);
	writeFileSync(bundled, outputFiles[0]!.text);
	try {
		return ((await import(pathToFileURL(bundled).href)) as { default: { integrations?: unknown[] } }).default;
	} finally {
		rmSync(bundled, { force: true });
	}
}

/**
 * The site's pavilion() options, validated the way a build validates them; undefined when the root
 * has no astro.config.mjs. A config without pavilion() stops with one line.
 */
export async function siteConfig(root: string): Promise<PavilionConfig | undefined> {
	const file = join(root, 'astro.config.mjs');
	if (!existsSync(file)) return undefined;
	const config = siteOptions(await loadAstroConfig(file));
	if (!config) throw new Error(`${file} does not use pavilion(): run this in a Pavilion site.`);
	return config;
}
