import { logo, socialImage as siteSocialImage } from 'virtual:pavilion/images';
import { organization, type JsonLd } from '../utils/json-ld.ts';
import { logoIconPath } from './logo-icons.ts';
import { config, localeContext, urlContext } from './site.ts';
import { socialImage, type SocialImage } from './social-image.ts';
import { homeUrl } from '../utils/urls.ts';

/** The image link previews show for pages without a cover: the `socialImage` option, else none. */
export function defaultSocialImage(): Promise<SocialImage> | undefined {
	return siteSocialImage && socialImage(siteSocialImage);
}

/** The organization that publishes the site, as structured data (publisher of every article). */
export async function publisher(locale: string, site: URL): Promise<JsonLd> {
	const { text } = localeContext(locale);
	const organizer = config.organizers.find((entry) => entry.role === 'organizer') ?? config.organizers[0];
	return organization({
		name: text(organizer?.name) || text(config.title),
		url: new URL(homeUrl(urlContext, locale), site).href,
		logo: logo && new URL(logoIconPath(512), site).href,
		email: config.contact.email,
		phones: config.contact.phones.map((phone) => ({ label: text(phone.label), number: phone.number })),
	});
}
