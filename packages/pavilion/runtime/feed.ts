import { getRssString } from '@astrojs/rss';
import { logo } from 'virtual:pavilion/images';
import type { AttributionLine } from '../utils/attribution.ts';
import { escapeMarkup } from '../utils/escape.ts';
import { feedHtml } from '../utils/feed-html.ts';
import { renderArticleHtml } from './feed-body.ts';
import type { SiteArticle } from './site-model.ts';
import { config, localeContext } from './site.ts';
import { feedStylesheetUrl, logoIconUrl, subscribeUrl } from './urls.ts';

export interface FeedChannel {
	locale: string;
	title: string;
	description: string;
	/** Site-relative URL of the feed itself (for atom:link rel="self"). */
	selfPath: string;
	/** Site-relative URL of the page the feed mirrors. */
	pagePath: string;
}

const NAMESPACES = {
	atom: 'http://www.w3.org/2005/Atom',
	dc: 'http://purl.org/dc/elements/1.1/',
	// What a browser shows (see aboutFeed and articleList); feed readers skip elements of namespaces they do not know.
	xhtml: 'http://www.w3.org/1999/xhtml',
};

/** An RSS 2.0 response with the newest articles in full (the rules it keeps are in __tests__/feed-rules.ts). */
export async function feedResponse(channel: FeedChannel, articles: readonly SiteArticle[], site: URL): Promise<Response> {
	const limit = config.feed === false ? 0 : config.feed.limit;
	const newest = articles.slice(0, limit);
	const absolute = (path: string) => new URL(path, site).href;
	const { lang } = localeContext(channel.locale);
	const lastChange = newest.map((article) => article.data.updated ?? article.data.date).sort((a, b) => b.getTime() - a.getTime())[0];
	// RSS 2.0 channel images are at most 144 pixels wide, in PNG, GIF or JPEG.
	const image = logo && { src: logoIconUrl(144), width: 144, height: 144 };
	const channelData = [
		`<language>${lang.toLowerCase()}</language>`,
		// From the content, not the clock: an unchanged site gives a byte-identical feed.
		lastChange && `<lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>`,
		`<atom:link href="${escapeMarkup(absolute(channel.selfPath))}" rel="self" type="application/rss+xml"/>`,
		image &&
			`<image><url>${escapeMarkup(absolute(image.src))}</url><title>${escapeMarkup(channel.title)}</title><link>${escapeMarkup(absolute(channel.pagePath))}</link><width>${image.width}</width><height>${image.height}</height></image>`,
		'<generator>Pavilion for Astro</generator>',
		aboutFeed(channel, absolute),
		articleList(newest, lang, absolute),
	];
	const verbatim = new VerbatimXml();
	const items = await Promise.all(newest.map((article) => feedItem(article, absolute)));
	const xml = await getRssString({
		title: channel.title,
		description: channel.description,
		site: absolute(channel.pagePath),
		xmlns: NAMESPACES,
		stylesheet: feedStylesheetUrl(),
		customData: verbatim.slot(channelData.filter(Boolean).join('')),
		items: items.map(({ customData, ...item }) => ({ ...item, customData: customData && verbatim.slot(customData) })),
	});
	return new Response(verbatim.fill(xml), { headers: { 'Content-Type': 'application/xml' } });
}

/**
 * @astrojs/rss parses custom data into an object and builds it back, reading numbers on the way:
 * an author "007" came out as 7 and a title "1.50" as 1.5, and text beside elements was reordered.
 * Each piece goes in as an empty placeholder element instead, and the finished feed gets the
 * pieces back exactly as written.
 */
class VerbatimXml {
	readonly #pieces: string[] = [];
	slot(xml: string): string {
		this.#pieces.push(xml);
		return `<pavilion-verbatim-${this.#pieces.length - 1}/>`;
	}
	fill(feed: string): string {
		return feed.replace(/<pavilion-verbatim-(\d+)\/>/g, (_slot, index: string) => this.#pieces[Number(index)] ?? '');
	}
}

async function feedItem(article: SiteArticle, absolute: (path: string) => string) {
	const { data } = article;
	const link = absolute(article.url);
	const cover = article.cover?.preview;
	const body = await renderArticleHtml(article);
	const content = [
		cover &&
			`<figure><img src="${escapeMarkup(absolute(cover.src))}" alt="${escapeMarkup(data.coverAlt ?? '')}" width="${cover.width}" height="${cover.height}" /></figure>`,
		body,
		attributionHtml(article.attribution),
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
		categories: [article.category.label, ...data.tags],
		customData: data.author ? `<dc:creator>${escapeMarkup(data.author)}</dc:creator>` : undefined,
		// The byte length is filled in once the image exists (integrations/feed-enclosures.ts).
		enclosure: cover ? { url: absolute(cover.src), length: 0, type: cover.type } : undefined,
	};
}

/**
 * Browsers are dropping XSLT, so a feed opened in one is styled with CSS (routes/rss.css.ts), and
 * the words that explain it travel in the feed as XHTML, in the feed's language: what the feed is,
 * its address to copy, and links to the subscribe page and the site.
 */
function aboutFeed(channel: FeedChannel, absolute: (path: string) => string): string {
	const { t, lang } = localeContext(channel.locale);
	const text = (tag: string, value: string) => `<xhtml:${tag}>${escapeMarkup(value)}</xhtml:${tag}>`;
	const link = (href: string, label: string) =>
		`<xhtml:li><xhtml:a href="${escapeMarkup(href)}">${escapeMarkup(label)}</xhtml:a></xhtml:li>`;
	return [
		`<xhtml:div class="pavilion-feed-about" lang="${escapeMarkup(lang)}">`,
		text('h1', t('feed.pageTitle')),
		text('p', t('feed.pageExplain')),
		text('p', t('feed.pageHowTo')),
		text('code', absolute(channel.selfPath)),
		'<xhtml:ul>',
		link(absolute(subscribeUrl(channel.locale)), t('feed.pageAllFeeds')),
		link(absolute(channel.pagePath), t('feed.pageVisit')),
		'</xhtml:ul>',
		'</xhtml:div>',
	].join('');
}

/**
 * The articles as a browser shows them: a link to each (an item's <title> and <link> are plain text
 * there), its date and its summary. They sit in the channel, not in the items, because the W3C Feed
 * Validator allows XHTML in an RSS 2.0 channel (a div) but warns "Misplaced XHTML content" on
 * every item that holds some; routes/rss.css.ts hides the items themselves.
 */
function articleList(articles: readonly SiteArticle[], lang: string, absolute: (path: string) => string): string {
	const entry = (article: SiteArticle) =>
		[
			'<xhtml:li>',
			`<xhtml:a href="${escapeMarkup(absolute(article.url))}">${escapeMarkup(article.data.title)}</xhtml:a>`,
			`<xhtml:time datetime="${escapeMarkup(article.published.iso)}">${escapeMarkup(article.published.text)}</xhtml:time>`,
			article.summary && `<xhtml:p>${escapeMarkup(article.summary)}</xhtml:p>`,
			'</xhtml:li>',
		].join('');
	return `<xhtml:div class="pavilion-feed-articles" lang="${escapeMarkup(lang)}"><xhtml:ol>${articles.map(entry).join('')}</xhtml:ol></xhtml:div>`;
}

/** The 来源 block at the end of the item: the same lines, labels and link as on the page. */
function attributionHtml(lines: readonly AttributionLine[]): string {
	const html = lines.map((line) => {
		const text = line.href ? `<a href="${escapeMarkup(line.href)}">${escapeMarkup(line.text)}</a>` : escapeMarkup(line.text);
		return `${line.label ? escapeMarkup(line.label) : ''}${line.cite ? `<cite>${text}</cite>` : text}`;
	});
	return html.length ? `<p>${html.join('<br />')}</p>` : '';
}

export function requireSite(site: URL | undefined): URL {
	if (!site)
		throw new Error(
			'Pavilion feeds need the address of the site: set `site` in astro.config.mjs, for example site: "https://expo.example.com".',
		);
	return site;
}
