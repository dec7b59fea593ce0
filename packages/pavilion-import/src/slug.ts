import { slugify, slugProblem } from 'astro-pavilion/tools';

/**
 * The file name (and URL) of an imported article. The old address's last part is kept when it is
 * already a readable slug (/news/2026/robot-zone-doubles.html → robot-zone-doubles); CMS numbers
 * (art_1229_45678, t20260812_4567, show.aspx?id=88) are not, and an English headline gives one
 * instead. Otherwise the article is named by its date: article-20260812-1, -2…
 */

/** Last parts of addresses that name a script or a list, not the article. */
const GENERIC = new Set([
	'index',
	'default',
	'content',
	'detail',
	'details',
	'show',
	'view',
	'article',
	'articles',
	'news',
	'page',
	'post',
	'info',
	'list',
	'home',
]);
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function lastPart(address: string): string {
	let path = address;
	try {
		path = new URL(address).pathname;
	} catch {
		// A file path or a WordPress post_name: used as it is.
	}
	const parts = path.split(/[\\/]/).filter(Boolean);
	let part = parts.at(-1) ?? '';
	try {
		part = decodeURIComponent(part);
	} catch {
		// Kept encoded: it will not be a clean slug anyway.
	}
	return part.replace(/\.(s?html?|php\d?|aspx?|jsp|do|cfm|xml)$/i, '');
}

/** The address's last part when it is a readable ASCII slug; undefined for numbers, ids and non-ASCII names. */
export function cleanSlug(address: string): string | undefined {
	const part = lastPart(address);
	if (!/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(part)) return undefined;
	const slug = part.toLowerCase();
	const letters = slug.replace(/[^a-z]/g, '').length;
	const digits = slug.replace(/[^0-9]/g, '').length;
	// "t20260812", "art-1229-45678": more digits than letters is an id, not a name.
	if (letters < 3 || digits > letters || GENERIC.has(slug) || slugProblem(slug)) return undefined;
	return slug;
}

/** A slug of an English (or other Latin-script) headline, at most about 60 characters, cut between words. */
export function titleSlug(title: string): string | undefined {
	if (HAN.test(title)) return undefined;
	const slug = slugify(title.normalize('NFKD').replace(/\p{M}/gu, ''));
	if (!/^[a-z0-9-]+$/.test(slug)) return undefined;
	const cut = slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, '') : slug;
	return cut && !slugProblem(cut) ? cut : undefined;
}

/** The slugs to try for an article, best first; the date form is the last resort and is numbered by the caller. */
export function slugBase(
	hints: readonly string[],
	title: string | undefined,
): { base: string; numbered: boolean; from: string } | undefined {
	for (const hint of hints) {
		const slug = cleanSlug(hint);
		if (slug) return { base: slug, numbered: false, from: `the old address (${hint})` };
	}
	const fromTitle = title && titleSlug(title);
	if (fromTitle) return { base: fromTitle, numbered: false, from: 'the English title' };
	return undefined;
}
