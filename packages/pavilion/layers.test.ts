import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Folders say where their code runs, and imports only go one way between them:
 * utils (pure, browser-safe) ← schemas ← runtime / config ← loaders ← integrations, and the .astro
 * folders on top. config/ is what runs when the config loads; loaders/ what runs inside Astro while
 * the content layer loads the articles. A file that breaks this is named with the import that breaks it.
 *
 * Each feature (features/<name>/) sits on top of the core: its files may import the core folders
 * as the core folder of the same kind may (its routes/ as routes/, its client/ as client/, its
 * other files as integrations/), and its own folder; never another feature. The core imports no
 * feature's file: only the registry's type (features/feature.ts) and, from the root index.ts
 * alone, the list (features/index.ts). Core pages reach a feature's component through
 * `virtual:pavilion/components/<Name>`, and the site model the exhibitor directory through
 * `virtual:pavilion/directory`: no import of a file, and empty modules when the feature is off.
 */
const root = dirname(fileURLToPath(import.meta.url));
const MAY_IMPORT: Record<string, string[]> = {
	utils: ['utils'],
	client: ['client', 'utils'],
	schemas: ['schemas', 'utils'],
	runtime: ['runtime', 'schemas', 'utils'],
	config: ['config', 'schemas', 'utils'],
	loaders: ['loaders', 'config', 'schemas', 'utils'],
	integrations: ['integrations', 'loaders', 'config', 'schemas', 'utils', 'features'],
	components: ['components', 'runtime', 'schemas', 'utils', 'client', 'styles'],
	layouts: ['components', 'layouts', 'runtime', 'schemas', 'utils', 'styles'],
	routes: ['components', 'layouts', 'routes', 'runtime', 'schemas', 'utils', 'client', 'styles'],
	'service-worker': ['service-worker'],
	/** The registry's type, features/feature.ts. */
	features: ['features', 'schemas', 'utils'],
};
/** The kind of a feature's file by its subfolder; files at the feature's top are integration code. */
const FEATURE_KINDS = new Set(['routes', 'components', 'layouts', 'runtime', 'client', 'service-worker']);
const FEATURES = join(root, 'features');
const FEATURE_LIST = join(FEATURES, 'index.ts');
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

/** The folder whose rules a file follows: a core folder, "features" (the registry) or "features/<name>". */
const folderOf = (file: string) => {
	const [top, name, kind] = relative(root, file).split('/');
	return top === 'features' && kind !== undefined ? `features/${name!}` : top!;
};
/** What a file may import: its core folder's list, or, in a feature, the list of its kind, its own folder and the registry's type. */
const allowedFor = (file: string): string[] => {
	const folder = folderOf(file);
	if (!folder.startsWith('features/')) return MAY_IMPORT[folder]!;
	const kind = relative(join(root, folder), file).split('/')[0]!;
	return [...MAY_IMPORT[FEATURE_KINDS.has(kind) ? kind : 'integrations']!, folder, 'features'];
};
const kindOf = (file: string) => {
	const folder = folderOf(file);
	return folder.startsWith('features/') ? relative(join(root, folder), file).split('/')[0]! : folder;
};
const featureFiles = readdirSync(FEATURES, { withFileTypes: true }).flatMap((entry) =>
	entry.isDirectory() ? sources(join(FEATURES, entry.name)) : [],
);

describe('where code runs', () => {
	const files = [
		...Object.keys(MAY_IMPORT)
			.filter((folder) => folder !== 'features' && existsSync(join(root, folder)))
			.flatMap((folder) => sources(join(root, folder))),
		join(FEATURES, 'feature.ts'),
		...featureFiles,
	];

	it('finds the theme folders', () => {
		expect(files.length).toBeGreaterThan(80);
		expect(featureFiles.map(folderOf)).toEqual(expect.arrayContaining(['features/editor', 'features/search', 'features/offline']));
	});

	it('imports only from the folders each folder may use', () => {
		const broken = files.flatMap((file) =>
			importsOf(file)
				.filter((specifier) => specifier.startsWith('.'))
				.map((specifier) => resolve(dirname(file), specifier))
				.filter((target) => target === FEATURE_LIST || !allowedFor(file).includes(folderOf(target)))
				.map(
					(target) =>
						`${relative(root, file)} imports from ${relative(root, target) === 'features/index.ts' ? 'features/index.ts' : `${folderOf(target)}/`}`,
				),
		);
		expect(broken).toEqual([]);
	});

	it('keeps the list of features for the root index.ts alone', () => {
		const readers = readdirSync(root, { withFileTypes: true })
			.filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
			.map((entry) => join(root, entry.name))
			.filter((file) => importsOf(file).some((specifier) => resolve(root, specifier) === FEATURE_LIST));
		expect(readers.map((file) => relative(root, file))).toEqual(['index.ts']);
		const listed = importsOf(FEATURE_LIST).filter((specifier) => specifier.startsWith('.'));
		expect(listed.every((specifier) => resolve(FEATURES, specifier).startsWith(`${FEATURES}/`))).toBe(true);
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
				.filter((specifier) => /^(virtual|astro):/.test(specifier) && !ASTRO_RUNTIME.has(kindOf(file)))
				.map((specifier) => `${relative(root, file)} imports ${specifier}`),
		);
		expect(broken).toEqual([]);
	});

	it('keeps Node built-ins out of pure helpers, schemas and browser code', () => {
		const broken = files.flatMap((file) =>
			['utils', 'schemas', 'client'].includes(kindOf(file))
				? importsOf(file)
						.filter((specifier) => specifier.startsWith('node:'))
						.map((specifier) => `${relative(root, file)} imports ${specifier}`)
				: [],
		);
		expect(broken).toEqual([]);
	});
});
