import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Load a heavy dependency of a post-build step when the step runs, not when Astro loads the
 * integration: `astro dev` and every build start would otherwise pay for it, and a site with the
 * feature turned off never loads it. It is required, not imported: installed from npm, the theme
 * is loaded through Vite, whose module runner is closed by the time the build is done. Each module
 * it loads ships a CommonJS build, or is an ES module without top-level await (see loadLaterModule).
 */
export const loadLater = createRequire(import.meta.url);

/**
 * A package that ships only an ES module and names no `require` entry in its exports (Pagefind):
 * Node's require() loads an ES module (Node 22.12 and later), once given the file of its `import` entry.
 */
export function loadLaterModule(name: string): unknown {
	for (const folder of loadLater.resolve.paths(name) ?? []) {
		const manifest = join(folder, name, 'package.json');
		if (!existsSync(manifest)) continue;
		const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: { '.': { import: string } } };
		return loadLater(join(folder, name, exports['.'].import));
	}
	throw new Error(`Pavilion: the package ${name} is not installed.`);
}
