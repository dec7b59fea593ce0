import { z } from 'astro/zod';
import { KNOWN_SOCIAL_PLATFORMS } from '../utils/social-platforms.ts';
import { localizedText } from './localized.ts';
import { contactUrl } from './links.ts';

export const phoneNumber = z
	.string()
	.regex(
		/^\+?[0-9][0-9 ()-]{4,}[0-9]$/,
		'expected a phone number of digits, spaces, dashes and brackets, such as "+86 28 8888 6666" or "400-800-1234"',
	);

export function contactSchema(localeKeys: readonly string[], defaultLocale: string) {
	const text = localizedText(localeKeys, defaultLocale);
	return z
		.object({
			phones: z
				.array(
					z
						.object({
							label: text.describe('Who answers, e.g. { zh: "展商服务", en: "Exhibitor services" }.'),
							number: phoneNumber.describe('The number as it should be dialled and shown.'),
						})
						.strict(),
				)
				.default([])
				.describe('Phone lines shown in the footer as tap-to-call links.'),
			email: z.email().optional().describe('A contact e-mail address.'),
			address: text.optional().describe("The organizers' postal address."),
		})
		.strict()
		.default({ phones: [] })
		.describe('How readers reach the organizers; shown in the footer.');
}

export function socialSchema(localeKeys: readonly string[], defaultLocale: string) {
	return z
		.array(
			z
				.object({
					platform: z
						.string()
						.trim()
						.min(1)
						.describe(
							`The platform, in any case: picks the icon, and the link text when there is no label. Known: ${KNOWN_SOCIAL_PLATFORMS.map((id) => `"${id}"`).join(', ')} ("twitter" is "x"); any other platform gets a generic link icon and shows as written.`,
						),
					label: localizedText(localeKeys, defaultLocale)
						.optional()
						.describe(
							'Text of the link, or under the QR code, e.g. { zh: "扫码关注我们", en: "Follow us on WeChat" }. Defaults to the platform\'s name in the page\'s language ("微信" or "WeChat" for "wechat"), or to the platform as written when it is not a known one.',
						),
					url: contactUrl().optional().describe("The account's page: https://…, or mailto: for an e-mail account."),
					qr: z
						.string()
						.min(1)
						.optional()
						.describe('Path, from the project root, of a QR code image to scan (WeChat official accounts have no web page).'),
				})
				.strict()
				.refine((account) => account.url || account.qr, {
					error: 'has neither url nor qr; expected a link to the account, a QR code image, or both',
				}),
		)
		.default([])
		.describe('Social accounts, shown in the footer; a `qr` image becomes a "scan to follow" block.');
}
