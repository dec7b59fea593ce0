import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarEvent } from './calendar-events.ts';
import { feedProblems, xmlProblem } from './feed-rules.ts';
import { buildSite, fixturePath, jsonLdOf, type BuiltSite } from './test-utils.ts';

/** What feed readers, crawlers, link previews and calendars receive from the basic fixture. */
let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(fixturePath('basic'));
});

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	trimValues: false,
	isArray: (_name, path) => ['rss.channel.item', 'rss.channel.item.category', 'urlset.url', 'urlset.url.xhtml:link'].includes(String(path)),
});
const SITE = 'https://expo.example.com';
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

interface FeedItem {
	title: string;
	link: string;
	guid: { '#text': string; '@isPermaLink': string };
	pubDate: string;
	description: string;
	'content:encoded': string;
	category: string[];
	'dc:creator'?: string;
	enclosure?: { '@url': string; '@length': string; '@type': string };
}

interface FeedChannel {
	title: string;
	description: string;
	link: string;
	language: string;
	lastBuildDate: string;
	'atom:link': Record<string, string>;
	image: Record<string, string>;
	'xhtml:div': unknown;
	item?: FeedItem[];
}

function feed(path: string) {
	const xml = site.text(path);
	expect(xmlProblem(xml), path).toBeUndefined();
	const { channel } = (parser.parse(xml) as { rss: { channel: FeedChannel } }).rss;
	return { xml, channel, items: channel.item ?? [] };
}

const htmlOf = (item: FeedItem) => item['content:encoded'];

describe('RSS feeds', () => {
	it('passes the feed validator rules, every one of them', () => {
		for (const path of site.files().filter((file) => file.endsWith('rss.xml'))) {
			expect(feedProblems(site.text(path), `${SITE}${path}`, site.outDir), path).toEqual([]);
		}
	});

	it('has one feed per language and one per category and language', () => {
		for (const path of [
			'/rss.xml',
			'/en/rss.xml',
			...['news', 'press', 'industry', 'exhibitors'].flatMap((c) => [`/news/category/${c}/rss.xml`, `/en/news/category/${c}/rss.xml`]),
		]) {
			expect(site.exists(path), path).toBe(true);
		}
	});

	it('describes the channel: localized title, language, self link, image, last change from the content', () => {
		const { xml, channel, items } = feed('/rss.xml');
		// A CSS stylesheet, not XSLT, which browsers are removing.
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss.css"\?>/);
		expect(xml).not.toMatch(/xsl/i);
		expect(channel.title).toBe('测试博览会');
		expect(channel.description).toBe('测试站点。');
		expect(channel.link).toBe(`${SITE}/`);
		expect(channel.language).toBe('zh-cn');
		expect(channel['atom:link']).toMatchObject({ '@href': `${SITE}/rss.xml`, '@rel': 'self', '@type': 'application/rss+xml' });
		expect(channel.image).toMatchObject({
			url: `${SITE}/icons/logo-144.png`,
			title: channel.title,
			link: channel.link,
			width: '144',
			height: '144',
		});
		expect(site.exists('/icons/logo-144.png')).toBe(true);
		expect(channel.lastBuildDate).toBe(items[0]!.pubDate);
		expect(feed('/en/rss.xml').channel).toMatchObject({ title: 'Test Expo', language: 'en', link: `${SITE}/en/` });
	});

	it('carries the newest articles first, up to feed.limit, without drafts or future articles', () => {
		const { xml, items } = feed('/rss.xml');
		expect(items.map((item) => item.link)).toEqual([
			`${SITE}/news/expo-opens/`,
			`${SITE}/news/robot-launch/`,
			`${SITE}/news/policy-notes/`,
		]);
		expect(xml).not.toMatch(/DRAFTSECRETTEXT|FUTURESECRETTEXT|unpublished-draft|from-the-future/);
	});

	it('gives every item a permalink guid, an RFC 822 date, and the summary before the full text', () => {
		const { xml, items } = feed('/rss.xml');
		for (const item of items) {
			expect(item.guid).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
			expect(item.pubDate).toMatch(RFC822);
			expect(item.description.length).toBeGreaterThan(0);
		}
		for (const block of xml.split('<item>').slice(1))
			expect(block.indexOf('<description>')).toBeLessThan(block.indexOf('<content:encoded>'));
	});

	it('keeps titles and text exactly as written, escaped', () => {
		const [item] = feed('/rss.xml').items;
		expect(item!.title).toBe('<script>alert("x")</script> & “开幕”倒计时');
		// <description> is HTML to readers: what they display is its text, which must be the summary as written.
		expect(parseHtml(item!.description).text).toBe('摘要里有 <b>标签</b> & "引号"。');
		expect(parseHtml(item!.description).querySelectorAll('b')).toHaveLength(0);
		expect(feed('/en/rss.xml').items[0]!.title).toBe('The expo opens in April 🎉 — "Hall 8" & more');
	});

	it('holds the whole article: cover first, body, source at the end; no script, style or iframe; absolute URLs', () => {
		const html = htmlOf(feed('/rss.xml').items[0]!);
		expect(html).toMatch(
			new RegExp(`^<figure><img src="${SITE}/_astro/cover\\.[^"]+\\.jpeg" alt="橙色圆形与蓝色背景" width="1200" height="630" /></figure>`),
		);
		expect(html).toContain('全文最后一段：欢迎 😀 参观 &amp; 洽谈。');
		// Bold next to Chinese punctuation, as on the page (CJK-friendly emphasis).
		expect(html).toContain('<p><strong>重要：</strong>请提前在线预约参观。</p>');
		expect(html).not.toMatch(/<script|<style|<iframe/);
		expect(html).toContain(`<a href="${SITE}/news/robot-launch/">展馆分布</a>`);
		expect(html).toMatch(
			new RegExp(`<figure><img [^>]*src="${SITE}/_astro/chart\\.[^"]+"[^>]*/><figcaption>历届展商数量</figcaption></figure>`),
		);
		for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) expect(url, url).toMatch(/^https:\/\//);
		expect(html.trim()).toMatch(
			/<p>来源：测试日报 &amp; &lt;晚报><br \/>原标题：<cite><a href="https:\/\/www\.example\.com\/daily\/opens\.html">原标题：博览会即将开幕<\/a><\/cite><br \/>原作者：李静<br \/>责任编辑：陈默<\/p>$/,
		);
	});

	it('attributes a reprint in the feed exactly as on the page: same lines, same link on the same text', () => {
		const describe = (line: HTMLElement) => [
			line.text.trim(),
			line.querySelector('a')?.getAttribute('href'),
			line.querySelector('a')?.text,
		];
		const onPage = site.page('/news/expo-opens/').querySelectorAll('.source-line p').map(describe);
		const feedBlock = parseHtml(htmlOf(feed('/rss.xml').items[0]!))
			.querySelectorAll('p')
			.at(-1)!;
		const inFeed = feedBlock.innerHTML.split(/<br\s*\/?>/).map((line) => describe(parseHtml(line)));
		expect(onPage).toHaveLength(4);
		expect(inFeed).toEqual(onPage);
	});

	it('renders MDX components instead of printing their source', () => {
		const html = htmlOf(feed('/rss.xml').items[1]!);
		expect(html).toContain('参观提示');
		expect(html).toContain('<dt>展馆</dt>');
		expect(html).not.toMatch(/Callout|KeyFacts|import /);
	});

	it('lists the category label and tags as categories, the author as dc:creator', () => {
		const [item] = feed('/rss.xml').items;
		expect(item!.category).toEqual(['展会新闻', '机器人', '开幕']);
		expect(feed('/en/rss.xml').items[0]!['dc:creator']).toBe('Jane Doe');
	});

	it('encloses the cover with its real byte length and type', () => {
		const { enclosure } = feed('/rss.xml').items[0]!;
		const file = join(site.outDir, new URL(enclosure!['@url']).pathname);
		expect(enclosure!['@type']).toBe('image/jpeg');
		expect(Number(enclosure!['@length'])).toBe(statSync(file).size);
		expect(Number(enclosure!['@length'])).toBeGreaterThan(0);
	});

	it('gives each category its own articles only', () => {
		const { channel, items } = feed('/news/category/industry/rss.xml');
		expect(channel.title).toBe('测试博览会 · 行业动态');
		expect(channel['atom:link']['@href']).toBe(`${SITE}/news/category/industry/rss.xml`);
		expect(items.map((item) => item.link)).toEqual([`${SITE}/news/policy-notes/`]);
	});

	it('explains itself, in its language, to a reader who opens it in a browser', () => {
		for (const [path, heading, subscribe] of [
			['/rss.xml', '这是一个 RSS 订阅源', `${SITE}/subscribe/`],
			['/en/rss.xml', 'This is an RSS feed', `${SITE}/en/subscribe/`],
			['/news/category/press/rss.xml', '这是一个 RSS 订阅源', `${SITE}/subscribe/`],
		] as const) {
			const { channel, items } = feed(path);
			const [about, list] = channel['xhtml:div'] as Record<string, unknown>[];
			if (!about || !list) throw new Error(`${path}: expected the explanation and the article list`);
			expect(about['xhtml:h1'], path).toBe(heading);
			expect(about['xhtml:code'], path).toBe(channel['atom:link']['@href']);
			const links = (about['xhtml:ul'] as { 'xhtml:li': { 'xhtml:a': { '@href': string } }[] })['xhtml:li'].map(
				(li) => li['xhtml:a']['@href'],
			);
			expect(links, path).toEqual([subscribe, channel.link]);
			// Each article is a link a browser can follow, in the channel (XHTML in an item is "misplaced"
			// for the W3C Feed Validator); feed readers skip the XHTML namespace.
			const entries = [(list['xhtml:ol'] as { 'xhtml:li': unknown })['xhtml:li']].flat() as {
				'xhtml:a': { '@href': string; '#text': string };
				'xhtml:time': { '@datetime': string };
			}[];
			expect(
				entries.map((entry) => [entry['xhtml:a']['@href'], entry['xhtml:a']['#text']]),
				path,
			).toEqual(items.map((item) => [item.link, item.title]));
			for (const [index, item] of items.entries())
				expect(new Date(entries[index]!['xhtml:time']['@datetime']).toUTCString(), path).toBe(item.pubDate);
		}
		expect(feed('/rss.xml').xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
	});

	it("ships one stylesheet that shows the explanation and the articles, in the site's colours", () => {
		const css = site.text('/rss.css');
		expect(css).toContain('@namespace xhtml url(http://www.w3.org/1999/xhtml);');
		expect(css).toContain('--pv-accent:');
		// Everything in the channel is hidden (the items too) but the explanation, the title and the article list.
		expect(css).toMatch(/channel > \* \{ display: none; \}/);
		expect(css).toMatch(/xhtml\|div\.pavilion-feed-articles \{ display: block; \}/);
		expect(site.exists('/en/rss.css')).toBe(false);
	});

	it('is byte-identical when nothing changed', async () => {
		const before = site.text('/rss.xml');
		const again = await buildSite(fixturePath('basic'));
		expect(again.text('/rss.xml')).toBe(before);
		site = again;
	});
});

describe('links to the feeds', () => {
	it('announces the language feed in every head and the category feed on category pages', () => {
		const feedsOf = (path: string) =>
			site
				.page(path)
				.querySelectorAll('link[type="application/rss+xml"]')
				.map((link) => link.getAttribute('href'));
		expect(feedsOf('/news/expo-opens/')).toEqual([`${SITE}/rss.xml`]);
		expect(feedsOf('/en/')).toEqual([`${SITE}/en/rss.xml`]);
		expect(feedsOf('/news/category/press/')).toEqual([`${SITE}/rss.xml`, `${SITE}/news/category/press/rss.xml`]);
	});
	it("links the subscribe page from the footer, and each list's feed from the list", () => {
		expect(site.page('/').querySelector('footer .pv-feed-link')?.getAttribute('href')).toBe('/subscribe/');
		expect(site.page('/en/news/').querySelector('footer .pv-feed-link')?.getAttribute('href')).toBe('/en/subscribe/');
		expect(site.page('/en/news/').querySelector('main .pv-feed-link')?.getAttribute('href')).toBe('/en/rss.xml');
		expect(site.page('/news/category/press/').querySelector('main .pv-feed-link')?.getAttribute('href')).toBe(
			'/news/category/press/rss.xml',
		);
	});
});

describe('the subscribe page', () => {
	const CATEGORIES = ['news', 'press', 'industry', 'exhibitors'];

	it('lists every feed of its language with its address and a copy button', () => {
		for (const [path, prefix, heading] of [
			['/subscribe/', '', '订阅'],
			['/en/subscribe/', '/en', 'Subscribe'],
		] as const) {
			const page = site.page(path);
			expect(page.querySelector('h1')?.textContent).toBe(heading);
			const feeds = [`${SITE}${prefix}/rss.xml`, ...CATEGORIES.map((c) => `${SITE}${prefix}/news/category/${c}/rss.xml`)];
			expect(page.querySelectorAll('.feeds code').map((code) => code.textContent)).toEqual(feeds);
			expect(page.querySelectorAll('.feeds [data-copy-text]').map((button) => button.getAttribute('data-copy-text'))).toEqual(feeds);
			for (const href of page.querySelectorAll('.feeds a[type="application/rss+xml"]').map((a) => a.getAttribute('href')!))
				expect(site.exists(href), href).toBe(true);
		}
	});

	it('announces every feed to browsers and feed readers', () => {
		const announced = site
			.page('/en/subscribe/')
			.querySelectorAll('link[type="application/rss+xml"]')
			.map((link) => link.getAttribute('href'));
		expect(announced).toEqual([`${SITE}/en/rss.xml`, ...CATEGORIES.map((c) => `${SITE}/en/news/category/${c}/rss.xml`)]);
	});

	it('is paired with its translation in the sitemap', () => {
		const xml = site.text('/sitemap-0.xml');
		expect(xml).toContain(`<loc>${SITE}/subscribe/</loc>`);
		expect(site.page('/subscribe/').querySelector('link[hreflang="en"]')?.getAttribute('href')).toBe(`${SITE}/en/subscribe/`);
	});
});

describe('sitemap and robots', () => {
	const urls = () => {
		const xml = site.text('/sitemap-0.xml');
		expect(xmlProblem(xml)).toBeUndefined();
		return (parser.parse(xml) as { urlset: { url: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] } }).urlset
			.url;
	};

	it('pairs translations with different slugs through translationKey, with x-default', () => {
		const entry = urls().find((url) => url.loc === `${SITE}/news/expo-opens/`)!;
		expect(entry['xhtml:link']!.map((link) => [link['@hreflang'], link['@href']])).toEqual([
			['zh-CN', `${SITE}/news/expo-opens/`],
			['en', `${SITE}/en/news/the-expo-opens/`],
			['x-default', `${SITE}/news/expo-opens/`],
		]);
		expect(urls().find((url) => url.loc === `${SITE}/en/news/the-expo-opens/`)!['xhtml:link']).toHaveLength(3);
	});
	it('leaves out untranslated pairs, 404 pages, drafts and future articles', () => {
		const all = urls();
		expect(all.find((url) => url.loc === `${SITE}/news/policy-notes/`)!['xhtml:link']).toBeUndefined();
		expect(all.map((url) => url.loc).filter((loc) => /404|unpublished-draft|from-the-future/.test(loc))).toEqual([]);
		expect(all.find((url) => url.loc === `${SITE}/news/2/`)!['xhtml:link']).toBeUndefined();
	});
	it('names the sitemap in robots.txt', () => {
		expect(site.text('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
		expect(site.exists('/sitemap-index.xml')).toBe(true);
	});
	it('ships none of the facts the build handed to the sitemap, and lists them nowhere', () => {
		expect(site.exists('/pavilion-site-facts.json')).toBe(false);
		expect(site.text('/sitemap-0.xml')).not.toContain('pavilion-site-facts');
	});
});

describe('head metadata for search engines and link previews', () => {
	const meta = (path: string, property: string) =>
		site.page(path).querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

	it('gives articles a canonical URL, hreflang alternates with x-default, and Open Graph article tags', () => {
		const page = site.page('/news/expo-opens/');
		expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE}/news/expo-opens/`);
		expect(
			page.querySelectorAll('link[rel=alternate][hreflang]').map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`),
		).toEqual([`zh-CN ${SITE}/news/expo-opens/`, `en ${SITE}/en/news/the-expo-opens/`, `x-default ${SITE}/news/expo-opens/`]);
		expect(meta('/news/expo-opens/', 'og:type')).toBe('article');
		expect(meta('/news/expo-opens/', 'og:locale')).toBe('zh_CN');
		expect(meta('/news/expo-opens/', 'og:locale:alternate')).toBe('en');
		expect(meta('/news/expo-opens/', 'article:published_time')).toBe('2026-09-15T00:00:00+08:00');
		expect(meta('/news/expo-opens/', 'twitter:card')).toBe('summary_large_image');
		// X reads og:title, og:description and og:image when its own tags are absent: no second copy.
		for (const name of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta('/news/expo-opens/', name)).toBeUndefined();
	});
	it('points og:image at a 1200×630 rendering of the cover, or of the site image', () => {
		for (const path of ['/news/expo-opens/', '/']) {
			const image = meta(path, 'og:image')!;
			expect(image).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpeg$`));
			expect(site.exists(new URL(image).pathname)).toBe(true);
			expect([meta(path, 'og:image:width'), meta(path, 'og:image:height')]).toEqual(['1200', '630']);
		}
		expect(meta('/news/policy-notes/', 'og:type')).toBe('article');
	});
	it('draws a 1200×630 preview with the title for an article without a cover, the same file for the same title', async () => {
		for (const path of ['/news/policy-notes/', '/en/news/hello-exhibitors/']) {
			const image = meta(path, 'og:image')!;
			expect(image, path).toMatch(new RegExp(`^${SITE}/previews/[\\w-]{16}\\.png$`));
			expect(meta(path, 'og:image:alt')).toBe(site.page(path).querySelector('h1')?.text);
			const file = join(site.outDir, new URL(image).pathname);
			const { width, height, format } = await sharp(file).metadata();
			expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
		}
		// Drawn once, kept in Astro's cache folder, and copied by the next build (the byte-identical build above).
		const cached = readdirSync(join(fixturePath('basic'), 'node_modules/.astro/pavilion-previews'));
		expect(cached).toContain(meta('/news/policy-notes/', 'og:image')!.replace(/^.*\//, ''));
	});
	it('marks list page 2 and on without hreflang, while the language switch still leads to the other list', () => {
		const page = site.page('/news/2/');
		expect(page.querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(0);
		expect(page.querySelector('.language-switch a[hreflang="en"]')?.getAttribute('href')).toBe('/en/news/');
	});
});

describe('structured data (JSON-LD)', () => {
	const jsonLd = (path: string) => jsonLdOf(site.page(path));

	it('describes an article as a NewsArticle with what Google requires and recommends', () => {
		const [article, crumbs] = jsonLd('/news/expo-opens/');
		expect(article).toMatchObject({
			'@type': 'NewsArticle',
			headline: '<script>alert("x")</script> & “开幕”倒计时',
			datePublished: '2026-09-15T00:00:00+08:00',
			dateModified: '2026-09-15T00:00:00+08:00',
			author: [{ '@type': 'Person', name: '王晓岚' }],
			publisher: { '@type': 'Organization', name: '测试会展集团', logo: { '@type': 'ImageObject', url: `${SITE}/icons/logo-512.png` } },
			inLanguage: 'zh-CN',
			mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/news/expo-opens/` },
			isBasedOn: { url: 'https://www.example.com/daily/opens.html', headline: '原标题：博览会即将开幕', author: { name: '李静' } },
			sourceOrganization: { name: '测试日报 & <晚报>' },
		});
		expect((article!.image as string[])[0]).toMatch(new RegExp(`^${SITE}/_astro/cover\\..+\\.jpeg$`));
		expect(crumbs).toMatchObject({
			'@type': 'BreadcrumbList',
			itemListElement: [{ position: 1, name: '首页' }, { position: 2 }, { position: 3, name: '展会新闻' }, { position: 4 }],
		});
	});
	it('cannot be cut short by </script> in a title', () => {
		const html = site.text('/news/expo-opens/');
		const scripts = html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)!;
		expect(scripts).toHaveLength(2);
		for (const script of scripts) expect(script.slice(0, -'</script>'.length)).not.toMatch(/<\/script/i);
	});
	it('describes the fair on the home page as an ExhibitionEvent, with its organizer', () => {
		const [event, organization] = jsonLd('/en/');
		expect(event).toMatchObject({
			'@type': 'ExhibitionEvent',
			name: 'Test Expo',
			startDate: '2027-04-21T09:00:00+08:00',
			endDate: '2027-04-24T15:00:00+08:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: { '@type': 'Place', name: 'Test Expo Centre', address: { '@type': 'PostalAddress', streetAddress: '1 Test Avenue' } },
			organizer: [{ name: 'Test City Government' }, { name: 'Test Exhibition Group', url: 'https://group.example.com/' }],
			url: `${SITE}/en/`,
			offers: { url: 'https://expo.example.com/register' },
		});
		expect((event!.image as string[])[0]).toMatch(/\.jpeg$/);
		expect(organization).toMatchObject({ '@type': 'Organization', name: 'Test Exhibition Group', email: 'info@expo.example.com' });
	});
	it('leaves drafts and future articles out of structured data everywhere', () => {
		const pages = site.files().filter((file) => file.endsWith('.html'));
		const leaks = pages.filter((file) =>
			/草稿文章|未来文章/.test((site.text(file).match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? []).join('')),
		);
		expect(leaks).toEqual([]);
	});
});

describe('add to calendar', () => {
	it('serves an iCalendar file per language whose times round-trip in the fair time zone', () => {
		for (const [path, summary] of [
			['/expo.ics', '第七届测试博览会'],
			['/en/expo.ics', 'Test Expo'],
		] as const) {
			const event = parseCalendarEvent(site.text(path));
			expect(event.summary).toBe(summary);
			expect(event.uid).toBe('expo-2027-04-21@expo.example.com');
			expect(event.startDate.toJSDate().toISOString()).toBe('2027-04-21T01:00:00.000Z');
			expect(event.endDate.toJSDate().toISOString()).toBe('2027-04-24T07:00:00.000Z');
			expect(event.location).toContain(summary === 'Test Expo' ? '1 Test Avenue' : '测试大道1号');
		}
	});
	it('offers the file and a Google Calendar link on the home page', () => {
		const links = site.page('/').querySelectorAll('.add-to-calendar a');
		expect(links.map((link) => link.getAttribute('href'))[0]).toBe('/expo.ics');
		expect(new URL(links[1]!.getAttribute('href')!).searchParams.get('dates')).toBe('20270421T010000Z/20270424T070000Z');
	});
});
