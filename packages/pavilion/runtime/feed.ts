import rss from '@astrojs/rss';
import { logo } from 'virtual:pavilion/images';
import { escapeMarkup } from '../utils/escape.ts';
import { feedHtml } from '../utils/feed-html.ts';
import { renderArticleHtml } from './render-article.ts';
import { config, localeContext, urlContext, type SiteArticle } from './site.ts';
import { logoIconPath } from './logo-icons.ts';
import { socialImage } from './social-image.ts';
import { articleUrl, localePath } from '../utils/urls.ts';

export interface FeedChannel {
	locale: string;
	title: string;
	description: string;
	/** Site-relative URL of the feed itself (for atom:link rel="self"). */
	selfPath: string;
	/** Site-relative URL of the page the feed mirrors. */
	pagePath: string;
}

const NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

/** The stylesheet that turns a feed into a readable page when someone opens it in a browser. */
export const feedStylesheetPath = (locale: string) => localePath(urlContext, locale, 'rss.xsl').replace(/\/$/, '');
export const localeFeedPath = (locale: string) => localePath(urlContext, locale, 'rss.xml').replace(/\/$/, '');
export const categoryFeedPath = (locale: string, category: string) =>
	localePath(urlContext, locale, `${config.articlesBase}/category/${category}/rss.xml`).replace(/\/$/, '');

/** An RSS 2.0 response with the newest articles in full: see the checks in __tests__/feeds.test.ts. */
export async function feedResponse(channel: FeedChannel, articles: readonly SiteArticle[], site: URL): Promise<Response> {
	const limit = config.feed === false ? 0 : config.feed.limit;
	const newest = articles.slice(0, limit);
	const absolute = (path: string) => new URL(path, site).href;
	const { lang } = localeContext(channel.locale);
	const lastChange = newest.map((article) => article.data.updated ?? article.data.date).sort((a, b) => b.getTime() - a.getTime())[0];
	// RSS 2.0 channel images are at most 144 pixels wide, in PNG, GIF or JPEG.
	const image = logo && { src: logoIconPath(144), width: 144, height: 144 };
	const channelData = [
		`<language>${lang.toLowerCase()}</language>`,
		// From the content, not the clock: an unchanged site gives a byte-identical feed.
		lastChange && `<lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>`,
		`<atom:link href="${escapeMarkup(absolute(channel.selfPath))}" rel="self" type="application/rss+xml"/>`,
		image &&
			`<image><url>${escapeMarkup(absolute(image.src))}</url><title>${escapeMarkup(channel.title)}</title><link>${escapeMarkup(absolute(channel.pagePath))}</link><width>${image.width}</width><height>${image.height}</height></image>`,
		'<generator>Pavilion for Astro</generator>',
	];
	return rss({
		title: channel.title,
		description: channel.description,
		site: absolute(channel.pagePath),
		xmlns: NAMESPACES,
		stylesheet: feedStylesheetPath(channel.locale),
		customData: channelData.filter(Boolean).join(''),
		items: await Promise.all(newest.map((article) => feedItem(article, absolute))),
	});
}

async function feedItem(article: SiteArticle, absolute: (path: string) => string) {
	const { data, locale } = article;
	const { text } = localeContext(locale);
	const link = absolute(articleUrl(urlContext, locale, article.slug));
	const cover = data.cover && (await socialImage(data.cover));
	const body = await renderArticleHtml(article);
	const content = [
		cover &&
			`<figure><img src="${escapeMarkup(absolute(cover.src))}" alt="${escapeMarkup(data.coverAlt ?? '')}" width="${cover.width}" height="${cover.height}" /></figure>`,
		body,
		sourceAttribution(article),
	]
		.filter(Boolean)
		.join('\n');
	return {
		title: data.title,
		link,
		pubDate: data.date,
		// Readers render <description> as HTML: escape the summary so it reads exactly as written.
		description: escapeMarkup(article.summary),
		content: feedHtml(content, link),
		categories: [text(config.categories[data.category]), ...data.tags],
		customData: data.author ? `<dc:creator>${escapeMarkup(data.author)}</dc:creator>` : undefined,
		// The byte length is filled in once the image exists (integrations/feed-enclosures.ts).
		enclosure: cover ? { url: absolute(cover.src), length: 0, type: cover.type } : undefined,
	};
}

/** The 来源 block, as on the page, at the end of the item. */
function sourceAttribution({ data, locale }: SiteArticle): string {
	const { t } = localeContext(locale);
	const { source, editor } = data;
	const lines = [
		source &&
			`${escapeMarkup(t('article.source'))}${source.url ? `<a href="${escapeMarkup(source.url)}">${escapeMarkup(source.name)}</a>` : escapeMarkup(source.name)}`,
		source?.title && `${escapeMarkup(t('article.originalTitle'))}<cite>${escapeMarkup(source.title)}</cite>`,
		source?.author && `${escapeMarkup(t('article.originalAuthor'))}${escapeMarkup(source.author)}`,
		editor && escapeMarkup(t('article.editor', { name: editor })),
	].filter(Boolean);
	return lines.length ? `<p>${lines.join('<br />')}</p>` : '';
}
