import { z } from 'astro/zod';
import type { ImageFunction } from './frontmatter.ts';
import { localizedText } from './localized.ts';

/** A speaker of the programme (issue 24), as `site/speakers/<name>.yaml` holds it. */
export function speakerSchema({
	image,
	localeKeys,
	defaultLocale,
}: {
	image: ImageFunction;
	localeKeys: readonly string[];
	defaultLocale: string;
}) {
	const text = localizedText(localeKeys, defaultLocale);
	return z.strictObject({
		name: text.describe('The speaker’s name: one text, or one per language ({ zh: "林思远", en: "Lin Siyuan" }).'),
		organization: text.optional().describe('Where they work, one text or one per language.'),
		role: text.optional().describe('Their position there, one text or one per language.'),
		photo: image().optional().describe('A portrait, a file beside the entry or under site/images/.'),
		bio: text.optional().describe('A short biography, one text or one per language.'),
	});
}
