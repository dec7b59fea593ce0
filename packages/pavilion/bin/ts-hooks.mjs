// Module hooks for bin/pavilion-import.mjs: TypeScript files load as JavaScript compiled by esbuild
// (a dependency of the theme already), wherever they are, node_modules included.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
	if (!url.startsWith('file:') || !/\.[cm]?ts$/.test(url)) return nextLoad(url, context);
	const file = fileURLToPath(url);
	const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'node22', sourcefile: file });
	return { format: 'module', source: code, shortCircuit: true };
}
