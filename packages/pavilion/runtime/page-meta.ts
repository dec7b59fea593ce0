import { logo, socialImage as siteSocialImage } from 'virtual:pavilion/images';
import { organization, type JsonLd } from '../utils/json-ld.ts';
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
