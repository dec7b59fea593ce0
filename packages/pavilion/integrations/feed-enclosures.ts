import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeXML } from 'entities';
import { outputPathOf } from '../utils/urls.ts';

/**
 * RSS enclosures must state their byte length, but Astro writes optimized images only at the end
 * of the build, after the feeds. Once they exist, fill the lengths in.
 * Returns the enclosure URLs that point to no file, so the caller can report them. The feeds are
 * the site model's list; this is XML the theme wrote itself, rewritten in place, not HTML read back.
 */
export function fillEnclosureLengths(feeds: readonly string[], outDir: URL, site: URL, base: string): string[] {
	const missing: string[] = [];
	for (const feed of feeds) {
		const file = new URL(outputPathOf(feed, base), outDir);
		const xml = readFileSync(file, 'utf8');
		const filled = xml.replace(/<enclosure url="([^"]+)" length="\d+" type="([^"]+)"\/>/g, (whole, url: string, type: string) => {
			const local = localFile(decodeXML(url), outDir, site, base);
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

/** The written file behind an enclosure URL of this site, or undefined for another host. */
function localFile(url: string, outDir: URL, site: URL, base: string): string | undefined {
	const parsed = new URL(url);
	return parsed.origin === site.origin ? fileURLToPath(new URL(outputPathOf(parsed.pathname, base), outDir)) : undefined;
}
