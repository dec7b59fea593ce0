/**
 * The file name of a new exhibitor's entry, which is also its URL name in every language: stable
 * from one sheet to the next and readable. The English name gives it ("Lanqi Robotics Co., Ltd." →
 * lanqi-robotics-co-ltd), else the registration system's id (exhibitor-qt-0012). A Chinese name
 * would give a URL of percent-escapes and pinyin is ambiguous (重庆, 长沙), so neither is used.
 * Once written, a file keeps its name: a later sheet finds it by this name or by the Chinese name.
 */
import { slugify } from 'astro-pavilion/tools';
import { titleSlug } from './slug.ts';

export interface ExhibitorSlug {
	slug: string;
	from: 'the English name' | 'the id';
}

export function exhibitorSlug(englishName: string | undefined, id: string | undefined): ExhibitorSlug | undefined {
	const fromName = englishName === undefined ? undefined : titleSlug(englishName);
	if (fromName) return { slug: fromName, from: 'the English name' };
	const fromId = id === undefined ? '' : slugify(id);
	if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fromId)) return { slug: `exhibitor-${fromId}`, from: 'the id' };
	return undefined;
}
