import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What workbox-precaching's precacheAndRoute takes: a URL, and a revision that changes with the file's bytes. */
export interface PrecacheEntry {
	url: string;
	revision: string;
}

export interface PrecacheManifest {
	entries: PrecacheEntry[];
	/** The files' bytes together. */
	bytes: number;
}

/** Files larger than this would make every reader's first visit download them: the build stops instead. */
export const MAX_PRECACHED_BYTES = 8 * 1024 * 1024;

/**
 * Every file below `folder` of the build output (a path such as "_astro/", "" for the output
 * itself), as paths from the output, sorted. Names that start with a dot are left out, as globs do.
 */
export function filesUnder(outDir: URL, folder: string): string[] {
	const start = fileURLToPath(new URL(folder, outDir));
	if (!existsSync(start)) return [];
	return readdirSync(start, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `${folder}${relative(start, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
		.filter((path) => !path.split('/').some((segment) => segment.startsWith('.')))
		.sort();
}

/**
 * The precache manifest of the given files of the build output (paths from the output), each
 * served at `base` + path, with the MD5 of its bytes as its revision, as Workbox's getManifest
 * computes it.
 */
export function precacheManifest(outDir: URL, files: readonly string[], base: string): PrecacheManifest {
	let bytes = 0;
	const entries = files.map((path) => {
		const file = new URL(path, outDir);
		const size = statSync(file).size;
		if (size > MAX_PRECACHED_BYTES)
			throw new Error(
				`The offline cache could not be computed: ${path} is ${(size / 1024 / 1024).toFixed(1)} MiB; expected files of at most ${MAX_PRECACHED_BYTES / 1024 / 1024} MiB`,
			);
		bytes += size;
		return { url: `${base}${path}`, revision: createHash('md5').update(readFileSync(file)).digest('hex') };
	});
	return { entries, bytes };
}
