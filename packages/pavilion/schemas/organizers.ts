import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { webUrl } from './links.ts';

/** In the order they are shown; the translations name each role (主办, 承办, 协办, 支持). */
export const ORGANIZER_ROLES = ['host', 'organizer', 'co-organizer', 'supporter'] as const;
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];

export function organizersSchema(localeKeys: readonly string[], defaultLocale: string) {
	return z
		.array(
			z
				.object({
					role: z.enum(ORGANIZER_ROLES).describe('host (主办), organizer (承办), co-organizer (协办) or supporter (支持).'),
					name: localizedText(localeKeys, defaultLocale).describe("The organization's name."),
					url: webUrl().optional().describe("The organization's website."),
				})
				.strict(),
		)
		.default([])
		.describe('The organizations behind the fair, shown in the footer with their roles.');
}
