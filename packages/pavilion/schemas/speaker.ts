import { z } from 'astro/zod';
import type { ImageFunction } from './frontmatter.ts';
import { localizedText } from './localized.ts';
import { SPEAKER_TEXT } from './programme-text.ts';

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
		name: text.describe(SPEAKER_TEXT.name.hint.en),
		organization: text.optional().describe(SPEAKER_TEXT.organization.hint.en),
		role: text.optional().describe(SPEAKER_TEXT.role.hint.en),
		photo: image().optional().describe(SPEAKER_TEXT.photo.hint.en),
		bio: text.optional().describe(SPEAKER_TEXT.bio.hint.en),
	});
}
