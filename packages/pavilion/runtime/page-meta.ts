import { logo, socialImage as siteSocialImage } from 'virtual:pavilion/images';
import { expoSpan } from '../utils/expo-times.ts';
import { exhibitionEvent, organization, type JsonLd } from '../utils/json-ld.ts';
import { config, localeContext } from './site.ts';
import { socialImage, type SocialImage } from './social-image.ts';
import { homeUrl, logoIconUrl } from './urls.ts';

/** The image link previews show for pages without a cover: the `socialImage` option, else none. */
export function defaultSocialImage(): Promise<SocialImage> | undefined {
	return siteSocialImage && socialImage(siteSocialImage);
}

/** The organization that publishes the site, as structured data (publisher of every article). */
export function publisher(locale: string, site: URL): JsonLd {
	const { text } = localeContext(locale);
	const organizer = config.organizers.find((entry) => entry.role === 'organizer') ?? config.organizers[0];
	return organization({
		name: text(organizer?.name) || text(config.title),
		url: new URL(homeUrl(locale), site).href,
		logo: logo && new URL(logoIconUrl(512), site).href,
		email: config.contact.email,
		phones: config.contact.phones.map((phone) => ({ label: text(phone.label), number: phone.number })),
	});
}

/** The fair as an ExhibitionEvent in the language: on the home page whole, and pointed at by each exhibitor. */
export function fairEvent(locale: string, site: URL, image?: string): JsonLd {
	const { text, lang } = localeContext(locale);
	return exhibitionEvent({
		name: text(config.expo.name),
		description: text(config.description),
		expo: config.expo,
		span: expoSpan(config.expo),
		venue: { name: text(config.expo.venue.name), address: text(config.expo.venue.address) },
		organizers: config.organizers.map((organizer) => ({ name: text(organizer.name), url: organizer.url })),
		url: new URL(homeUrl(locale), site).href,
		image,
		lang,
	});
}
