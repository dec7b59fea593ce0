import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { z } from 'astro/zod';
import { configError } from './config-error.ts';
import { resolveProjectPath } from './project-path.ts';
import { ARTICLE_FIELDS_EXAMPLE, articleFieldsProblem, type ArticleFields, type ImageFunction } from '../schemas/frontmatter.ts';

const OPTION = 'articleFields';

/** A stand-in for astro:assets' image() while a module's fields are checked: any text. */
const anyImage = (() => z.string()) as unknown as ImageFunction;

/**
 * The fields a site adds to its articles, read from the module `pavilion({ articleFields })` names,
 * outside Astro: by the integration when the config loads (the editor's fields) and by the
 * importer and the new-article command (tools.ts). The content config reads the same module
 * through Vite (virtual:pavilion/article-fields), so the build, the editor and the commands all
 * check one description of them.
 *
 * The module is bundled with the TypeScript it imports and its packages left to Node, then loaded
 * with require(): installed from npm the theme itself runs in Vite's module runner, which is closed
 * by the time the integration's hooks run (integrations/load-later.ts), and Node strips types only
 * in newer versions. A new file each time, so a restarted dev server reads the module as it is now.
 */
export async function loadArticleFields(path: string, root: URL): Promise<ArticleFields> {
	const file = resolveProjectPath(path, root, OPTION, ARTICLE_FIELDS_EXAMPLE);
	const refuse = (problem: string) => configError([`${OPTION}: "${path}" ${problem}`]);
	const bundled = await build({
		entryPoints: [file],
		bundle: true,
		packages: 'external',
		write: false,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		logLevel: 'silent',
	}).catch((error: unknown) => {
		const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(error);
		throw refuse(`could not be read (${first}); expected a module whose default export is z.object({ … })`);
	});
	// Beside the module (and removed at once), so that its packages resolve from where it lives.
	const copy = join(dirname(file), `.${basename(file)}.pavilion-${process.pid}-${Date.now()}.mjs`);
	writeFileSync(copy, bundled.outputFiles[0]!.text);
	let fields: unknown;
	try {
		fields = (createRequire(import.meta.url)(copy) as { default?: unknown }).default;
	} catch (error) {
		throw refuse(`could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
	} finally {
		rmSync(copy, { force: true });
	}
	const problem = articleFieldsProblem(fields, { image: anyImage });
	if (problem !== undefined) throw refuse(problem);
	return fields as ArticleFields;
}
