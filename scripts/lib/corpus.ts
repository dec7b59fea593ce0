import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root folder. */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** The generated site of `count` articles under .bench/, generated first when it is not there. */
export function corpusOf(count: string): string {
	const corpus = join(repoRoot, '.bench', `corpus-${count}`);
	if (!existsSync(corpus))
		spawnSync(process.execPath, [join(repoRoot, 'scripts/generate-corpus.ts'), '--count', count], { stdio: 'inherit' });
	return corpus;
}
