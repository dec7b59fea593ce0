import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Folders say where their code runs, and imports only go one way between them:
 * utils (pure, browser-safe) ← schemas ← runtime / config ← loaders ← integrations, and the .astro
 * folders on top. config/ is what runs when the config loads; loaders/ what runs inside Astro while
 * the content layer loads the articles. A file that breaks this is named with the import that breaks it.
 */
const root = dirname(fileURLToPath(import.meta.url));
const MAY_IMPORT: Record<string, string[]> = {
	utils: ['utils'],
	client: ['client', 'utils'],
	schemas: ['schemas', 'utils'],
	runtime: ['runtime', 'schemas', 'utils'],
	config: ['config', 'schemas', 'utils'],
	loaders: ['loaders', 'config', 'schemas', 'utils'],
	integrations: ['integrations', 'loaders', 'config', 'schemas', 'utils'],
	components: ['components', 'runtime', 'schemas', 'utils', 'client', 'styles'],
	layouts: ['components', 'layouts', 'runtime', 'schemas', 'utils', 'styles'],
	routes: ['components', 'layouts', 'routes', 'runtime', 'schemas', 'utils', 'client', 'styles'],
	'service-worker': ['service-worker'],
};
/** Only code that Astro or Vite runs may read the virtual modules and astro:* modules. */
const ASTRO_RUNTIME = new Set(['runtime', 'components', 'layouts', 'routes']);

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return /^(node_modules|__tests__)$/.test(entry.name) ? [] : sources(path);
		return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map(
		([, from, bare]) => (from ?? bare)!,
	);
}

const folderOf = (file: string) => relative(root, file).split('/')[0]!;

describe('where code runs', () => {
	const files = Object.keys(MAY_IMPORT).flatMap((folder) => sources(join(root, folder)));

	it('finds the theme folders', () => {
		expect(files.length).toBeGreaterThan(80);
	});

	it('imports only from the folders each folder may use', () => {
		const broken = files.flatMap((file) =>
			importsOf(file)
				.filter((specifier) => specifier.startsWith('.'))
				.map((specifier) => folderOf(resolve(dirname(file), specifier)))
				.filter((target) => !MAY_IMPORT[folderOf(file)]!.includes(target))
				.map((target) => `${relative(root, file)} imports from ${target}/`),
		);
		expect(broken).toEqual([]);
	});

	it('has no cycle between folders: the allowed imports form a hierarchy', () => {
		const visiting = new Set<string>();
		const cycle = (folder: string): boolean => {
			if (visiting.has(folder)) return true;
			visiting.add(folder);
			const found = MAY_IMPORT[folder]!.some((target) => target !== folder && target in MAY_IMPORT && cycle(target));
			visiting.delete(folder);
			return found;
		};
		expect(Object.keys(MAY_IMPORT).filter(cycle)).toEqual([]);
	});

	it('reads virtual modules and astro:* modules only in code Astro runs', () => {
		const broken = files.flatMap((file) =>
			importsOf(file)
				.filter((specifier) => /^(virtual|astro):/.test(specifier) && !ASTRO_RUNTIME.has(folderOf(file)))
				.map((specifier) => `${relative(root, file)} imports ${specifier}`),
		);
		expect(broken).toEqual([]);
	});

	it('keeps Node built-ins out of pure helpers, schemas and browser code', () => {
		const broken = files.flatMap((file) =>
			['utils', 'schemas', 'client'].includes(folderOf(file))
				? importsOf(file)
						.filter((specifier) => specifier.startsWith('node:'))
						.map((specifier) => `${relative(root, file)} imports ${specifier}`)
				: [],
		);
		expect(broken).toEqual([]);
	});
});
