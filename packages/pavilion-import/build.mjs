// `pnpm build` (and `prepare`, so a fresh `pnpm install` leaves runnable commands): the two commands
// as plain JavaScript in dist/, which Node runs from node_modules without a TypeScript loader. The
// theme ships TypeScript, so what the commands use of astro-pavilion/tools is bundled in; every other
// package stays an import, resolved from this package's dependencies.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const THEME = /^astro-pavilion(\/|$)/;

rmSync(new URL('./dist/', import.meta.url), { recursive: true, force: true });
await build({
	entryPoints: { cli: 'src/cli.ts', 'new-article': 'src/new-article.ts' },
	absWorkingDir: import.meta.dirname,
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	banner: { js: '#!/usr/bin/env node' },
	logLevel: 'warning',
	plugins: [
		{
			name: 'external-packages-but-the-theme',
			setup(esbuild) {
				esbuild.onResolve({ filter: /^[^./]/ }, (args) => (THEME.test(args.path) ? undefined : { path: args.path, external: true }));
			},
		},
	],
});
