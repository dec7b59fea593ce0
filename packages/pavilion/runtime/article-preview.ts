/**
 * The link-preview image of an article without a cover: what it shows (the title in the
 * article's language, the fair's name, dates and venue, the brand colour) and where it is served.
 * The file is drawn after the pages are rendered (features/previews/previews.ts), from these facts.
 */
import { createHash } from 'node:crypto';
import { accentTokens } from '../utils/color.ts';
import { cached } from '../utils/cached.ts';
import { formatDateRange } from '../utils/dates.ts';
import type { PreviewContent } from '../utils/site-facts.ts';
import { SEGMENTS, withBase } from '../utils/urls.ts';
import { config, localeContext, urlContext } from './site.ts';
import { SOCIAL_IMAGE, type SocialImage } from './social-image.ts';

/** Raise it when the drawing changes, so cached images are drawn again. 3: Takumi and palette PNGs instead of satori and sharp; 4: sixteen colours. */
const PREVIEW_VERSION = 4;
const DEFAULT_ACCENT = '#0f5c6e';

type FairLines = Omit<PreviewContent, 'title' | 'category'>;
const fairLinesByLocale = new Map<string, FairLines>();

/** What every preview of a locale shows: worked out once per locale, not per article. */
function fairLines(locale: string): FairLines {
	return cached(fairLinesByLocale, locale, () => {
		const { text, lang } = localeContext(locale);
		const brand = config.accentColor ? accentTokens(config.accentColor).light['--pv-accent'] : undefined;
		return {
			lang,
			fair: text(config.expo.name),
			dates: formatDateRange(config.expo.startDate, config.expo.endDate, lang),
			venue: text(config.expo.venue.name),
			site: text(config.title),
			// White text sits on it: the accent as the light scheme adjusts it for contrast.
			background: brand ?? DEFAULT_ACCENT,
		};
	});
}

export function previewContent(locale: string, title: string, category: string): PreviewContent {
	return { ...fairLines(locale), title, category };
}

/** The same content always gives the same file name, so an unchanged preview keeps its address (and link-preview caches stay valid). */
export function previewImage(content: PreviewContent): SocialImage & { type: 'image/png' } {
	const hash = createHash('sha256')
		.update(JSON.stringify([PREVIEW_VERSION, content]))
		.digest('base64url')
		.slice(0, 16);
	return { src: withBase(`/${SEGMENTS.previews}/${hash}.png`, urlContext.base), ...SOCIAL_IMAGE, type: 'image/png' };
}
