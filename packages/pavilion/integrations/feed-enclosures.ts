import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * RSS enclosures must state their byte length, but Astro writes optimized images only at the end
 * of the build, after the feeds. Once they exist, fill the lengths in.
 * Returns the enclosure URLs that point to no file, so the caller can report them.
 */
export function fillEnclosureLengths(feedFiles: readonly URL[], outDir: URL, site: URL): string[] {
	const missing: string[] = [];
	for (const file of feedFiles) {
		const xml = readFileSync(file, 'utf8');
		const filled = xml.replace(/<enclosure url="([^"]+)" length="\d+" type="([^"]+)"\/>/g, (whole, url: string, type: string) => {
			const local = localFile(url.replace(/&amp;/g, '&'), outDir, site);
			if (!local || !existsSync(local)) {
				missing.push(url);
				return whole;
			}
			return `<enclosure url="${url}" length="${statSync(local).size}" type="${type}"/>`;
		});
		if (filled !== xml) writeFileSync(file, filled);
	}
	return missing;
}

function localFile(url: string, outDir: URL, site: URL): string | undefined {
	const parsed = new URL(url);
	if (parsed.origin !== site.origin) return undefined;
	const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
	const path = parsed.pathname.startsWith(base) ? parsed.pathname.slice(base.length) : parsed.pathname.slice(1);
	return fileURLToPath(new URL(decodeURIComponent(path), outDir));
}

/** Every rss.xml below the output folder (the build hook's page list leaves endpoints out). */
export function findFeeds(outDir: URL): URL[] {
	return readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'rss.xml')
		.map((entry) => pathToFileURL(`${entry.parentPath}/${entry.name}`));
}
