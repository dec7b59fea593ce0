import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexLetter } from '../utils/index-letter.ts';
import { EXHIBITORS, withExhibitors } from './exhibitors-kit.ts';
import { htmlProblems } from './html-rules.ts';
import { buildSite, copyFixture, indexedPages, jsonLdOf, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * The exhibitor directory (issue 23) on a copy of the basic fixture: 13 exhibitors in two halls,
 * three sectors and five regions, with a page size of 12 so the directory has two pages.
 */
let site: BuiltSite;
beforeAll(async () => {
	const root = copyFixture('basic', 'exhibitors');
	await withExhibitors(root);
	writeFile(
		root,
		'site/articles/en/hello-exhibitors.md',
		'---\ntitle: Hello, exhibitors\ndate: 2026-08-01\ncategory: exhibitors\ntags: [Robotics]\nexhibitors: [lanqi-robotics, chiheng-logistics]\n---\n\nA short note for exhibitors.\n',
	);
	site = await buildSite(root);
});

interface Written {
	name: string | Record<string, string>;
	sortKey?: string;
	stand: { hall: string; number: string };
	sectors: string[];
	region: string;
}
const written = Object.fromEntries(Object.entries(EXHIBITORS).map(([slug, yaml]) => [slug, parse(yaml) as Written]));
const nameIn = (locale: string, { name }: Written) => (typeof name === 'string' ? name : (name[locale] ?? name.zh!));
const names = (path: string) =>
	site
		.page(path)
		.querySelectorAll('[data-directory-list] .pv-exhibitor [data-field="name"]')
		.map((link) => link.text.trim());
const slugsOn = (path: string) =>
	site
		.page(path)
		.querySelectorAll('[data-directory-list] .pv-exhibitor')
		.map((card) => card.getAttribute('data-exhibitor'));

describe('the directory', () => {
	it.each([
		{ locale: 'zh', lang: 'zh-CN', prefix: '' },
		{ locale: 'en', lang: 'en', prefix: '/en' },
	])('lists every exhibitor in $locale in the collation’s order, under A–Z headings, 12 a page', ({ locale, lang, prefix }) => {
		const shown = [...names(`${prefix}/exhibitors/`), ...names(`${prefix}/exhibitors/2/`)];
		const collator = new Intl.Collator(lang);
		// A pinyin sort key stands for the Chinese name where that name is shown (厦门 under X, not S).
		const keyOf = (exhibitor: Written) =>
			exhibitor.sortKey !== undefined && nameIn(locale, exhibitor) === nameIn('zh', exhibitor)
				? exhibitor.sortKey
				: nameIn(locale, exhibitor);
		const expected = Object.values(written).map((exhibitor) => ({ name: nameIn(locale, exhibitor), key: keyOf(exhibitor) }));
		// Grouped by heading (Intl.Collator's own index markers), each group in the collator's order.
		const heading = (name: string) => indexLetter(name, collator);
		const order = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ#';
		expected.sort((a, b) => order.indexOf(heading(a.key)) - order.indexOf(heading(b.key)) || collator.compare(a.key, b.key));
		expect(shown).toEqual(expected.map((exhibitor) => exhibitor.name));
		expect(names(`${prefix}/exhibitors/`)).toHaveLength(12);
		expect(site.exists(`${prefix}/exhibitors/3/`)).toBe(false);
		const headings = site
			.page(`${prefix}/exhibitors/`)
			.querySelectorAll('.pv-directory-letter')
			.map((h) => h.text.trim());
		expect(headings).toEqual([...new Set(expected.slice(0, 12).map((exhibitor) => heading(exhibitor.key)))]);
	});

	it('sorts Chinese names by pinyin: 阿 under A first, 重 (zhong) under Z, 厦门 under X by its key, a Latin name under its letter, markup under #', () => {
		expect(
			site.page('/exhibitors/2/').querySelector('#letter-X + ul')?.text ?? site.page('/exhibitors/').querySelector('#letter-X + ul')?.text,
		).toContain('厦门飞云无人机');
		const page = site.page('/exhibitors/');
		const first = page.querySelector('#letter-A + ul [data-field="name"]')?.text.trim();
		expect(first).toBe('阿尔法飞行器');
		expect(page.querySelector('#letter-Q + ul')?.text).toContain('QT智造');
		expect(site.page('/exhibitors/2/').querySelector('#letter-other + ul')?.text).toContain('<script>alert(1)</script>展商');
		expect(site.page('/exhibitors/2/').querySelector('#letter-Z + ul')?.text ?? page.querySelector('#letter-Z + ul')?.text).toContain(
			'重擎精机',
		);
	});

	it('links every letter to the page it starts on', () => {
		const links = site
			.page('/exhibitors/')
			.querySelectorAll('.pv-directory-letters a')
			.map((link) => link.getAttribute('href'));
		expect(links).toContain('#letter-A');
		expect(links).toContain('/exhibitors/2/#letter-other');
	});

	it('shows a name missing in English in Chinese, and the registered Chinese name beside an English one', () => {
		expect(names('/en/exhibitors/').concat(names('/en/exhibitors/2/'))).toContain('重擎精机');
		const card = site.page('/en/exhibitors/').querySelector('[data-exhibitor="lanqi-robotics"]')!;
		expect(card.querySelector('[data-field="legal"]')?.text.trim()).toBe('青潭澜启机器人有限公司');
		expect(card.querySelector('[data-field="legal"]')?.getAttribute('lang')).toBe('zh-CN');
	});
});

describe('the filtered lists work without script', () => {
	it.each([
		['hall', 'hall-1', (exhibitor: Written) => exhibitor.stand.hall === 'hall-1'],
		['hall', 'hall-2', (exhibitor: Written) => exhibitor.stand.hall === 'hall-2'],
		['sector', 'logistics', (exhibitor: Written) => exhibitor.sectors.includes('logistics')],
		['sector', 'drones', (exhibitor: Written) => exhibitor.sectors.includes('drones')],
		['region', 'de', (exhibitor: Written) => exhibitor.region === 'DE'],
		['region', 'cn', (exhibitor: Written) => exhibitor.region === 'CN'],
	] as const)('/exhibitors/%s/%s/ lists exactly its exhibitors, in both languages', (by, key, has) => {
		const expected = Object.keys(written)
			.filter((slug) => has(written[slug]!))
			.sort();
		const listed = (path: string) => [...slugsOn(path), ...(site.exists(`${path}2/`) ? slugsOn(`${path}2/`) : [])].sort();
		expect(listed(`/exhibitors/${by}/${key}/`)).toEqual(expected);
		expect(listed(`/en/exhibitors/${by}/${key}/`)).toEqual(expected);
	});

	it('links each filter from the directory, the current one marked', () => {
		const page = site.page('/exhibitors/hall/hall-2/');
		const current = page.querySelectorAll('.pv-directory-filters a[aria-current="page"]').map((link) => link.getAttribute('href'));
		expect(current).toEqual(['/exhibitors/hall/hall-2/']);
		const filters = site
			.page('/exhibitors/')
			.querySelectorAll('a[data-filter]')
			.map((link) => [link.getAttribute('data-filter'), link.getAttribute('href')]);
		expect(filters).toContainEqual(['sector:drones', '/exhibitors/sector/drones/']);
		expect(filters).toContainEqual(['region:jp', '/exhibitors/region/jp/']);
	});

	it('names regions in each language and shows a hall’s floor plan above its exhibitors', () => {
		expect(site.page('/exhibitors/region/de/').querySelector('h1')?.text).toBe('来自德国的展商');
		expect(site.page('/en/exhibitors/region/de/').querySelector('h1')?.text).toBe('Exhibitors from Germany');
		const plan = site.page('/en/exhibitors/hall/hall-1/').querySelector('figure#plan img')!;
		expect(plan.getAttribute('alt')).toBe('Floor plan of Hall 1');
		expect(site.exists(plan.getAttribute('src')!)).toBe(true);
	});
});

describe('an exhibitor’s page', () => {
	it('shows its logo, names, stand linked to the floor plan, sectors, region, website, contact, products and the news naming it', () => {
		const page = site.page('/exhibitors/lanqi-robotics/');
		expect(page.querySelector('h1')?.text).toBe('青潭澜启机器人有限公司');
		expect(page.querySelector('a[href="/exhibitors/hall/hall-1/#plan"]')?.text).toContain('1A05');
		expect(page.querySelector('a[href="/exhibitors/sector/robotics/"]')?.text).toBe('工业机器人');
		expect(page.querySelector('a[href="/exhibitors/region/cn/"]')?.text).toBe('中国');
		expect(page.querySelector('a[href="https://lanqi.example.com"]')?.getAttribute('rel')).toBe('external noopener');
		expect(page.querySelector('a[href="mailto:info@lanqi.example.com"]')).not.toBeNull();
		expect(page.querySelector('a[href="tel:+8683866551001"]')).not.toBeNull();
		expect(page.text).toContain('六轴协作机械臂');
		const logo = page.querySelector('img.logo')!;
		expect(logo.getAttribute('alt')).toBe('青潭澜启机器人有限公司标志');
		expect(site.exists(logo.getAttribute('src')!)).toBe(true);
		// The English article names it; the Chinese page lists only news in Chinese.
		expect(page.querySelector('.news')).toBeNull();
		const en = site.page('/en/exhibitors/lanqi-robotics/');
		expect(en.querySelector('.news a')?.getAttribute('href')).toBe('/en/news/hello-exhibitors/');
		expect(en.text).toContain('Six-axis collaborative arm');
	});

	it('is an Organization linked to the fair’s ExhibitionEvent, whose @id the home page gives', () => {
		const [organization, crumbs] = jsonLdOf(site.page('/en/exhibitors/lanqi-robotics/'));
		const event = jsonLdOf(site.page('/en/')).find((data) => data['@type'] === 'ExhibitionEvent')!;
		expect(organization).toMatchObject({
			'@type': 'Organization',
			name: 'Lanqi Robotics',
			legalName: '青潭澜启机器人有限公司',
			url: 'https://lanqi.example.com',
			sameAs: ['https://expo.example.com/en/exhibitors/lanqi-robotics/'],
			address: { '@type': 'PostalAddress', addressCountry: 'CN' },
			event: { '@type': 'ExhibitionEvent', '@id': event['@id'], url: 'https://expo.example.com/en/', startDate: '2027-04-21' },
		});
		expect(event['@id']).toBe('https://expo.example.com/en/#event');
		expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
	});

	it('has language versions at the same address after the locale, in the head and the sitemap', () => {
		const links = site
			.page('/exhibitors/lanqi-robotics/')
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
		expect(links).toContainEqual(['en', 'https://expo.example.com/en/exhibitors/lanqi-robotics/']);
		const sitemap = site.text('/sitemap-0.xml');
		const entry = /<url><loc>https:\/\/expo\.example\.com\/exhibitors\/hall\/hall-1\/<\/loc>.*?<\/url>/.exec(sitemap)?.[0] ?? '';
		expect(entry).toContain('hreflang="en" href="https://expo.example.com/en/exhibitors/hall/hall-1/"');
		expect(sitemap).toContain('<loc>https://expo.example.com/en/exhibitors/lanqi-robotics/</loc>');
	});

	it('and every page of the directory is valid HTML', async () => {
		const pages = site.files().filter((file) => file.includes('/exhibitors/') && file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(40);
		const problems = await Promise.all(pages.map((file) => htmlProblems(site.text(file), file)));
		expect(problems.flat()).toEqual([]);
	});
});

describe('everywhere else', () => {
	it('shows the cards of the exhibitors an article names, after it', () => {
		const cards = site
			.page('/en/news/hello-exhibitors/')
			.querySelectorAll('.pv-article-exhibitors .pv-exhibitor')
			.map((card) => card.getAttribute('data-exhibitor'));
		expect(cards).toEqual(['lanqi-robotics', 'chiheng-logistics']);
	});

	it('counts the exhibitors on the home page and links the directory from the header', () => {
		const home = site.page('/');
		expect(home.querySelector('.exhibitors')?.text).toContain('展商名录已收录 13 家展商');
		expect(home.querySelector('nav.main-nav a[href="/exhibitors/"]')?.text.trim()).toBe('展商名录');
	});

	it('indexes exhibitors for search as their own kind, and articles as news', () => {
		const pages = indexedPages(site);
		const exhibitor = pages.find((page) => page.url === '/exhibitors/lanqi-robotics/')!;
		expect(exhibitor.filters.kind).toEqual(['exhibitor']);
		expect(exhibitor.content).toContain('青潭澜启机器人有限公司');
		expect(exhibitor.content).toContain('1A05');
		expect(pages.find((page) => page.url === '/en/exhibitors/lanqi-robotics/')?.content).toContain('Lanqi Robotics');
		expect(pages.find((page) => page.url === '/news/expo-opens/')?.filters.kind).toEqual(['news']);
		// The directory's lists are not results of their own: each exhibitor is found once.
		expect(pages.some((page) => page.url.endsWith('/exhibitors/') || page.url.includes('/hall/'))).toBe(false);
	});

	it('writes the instant filters’ data: every exhibitor, in the directory’s order', () => {
		const data = JSON.parse(site.text('/exhibitors/directory.json')) as {
			halls: { key: string }[];
			exhibitors: { s: string; h: string }[];
		};
		expect(data.halls.map((hall) => hall.key)).toEqual(['hall-1', 'hall-2']);
		expect(data.exhibitors.map((exhibitor) => exhibitor.s)).toEqual([...slugsOn('/exhibitors/'), ...slugsOn('/exhibitors/2/')]);
		expect(data.exhibitors.find((exhibitor) => exhibitor.s === 'lanqi-robotics')?.h).toBe('hall-1');
	});

	it('lists every page, logo and floor plan of the directory for "save the directory", with their bytes', () => {
		const list = JSON.parse(site.text('/en/exhibitors/offline-directory.json')) as {
			pages: { url: string; bytes: number }[];
			images: string[];
			bytes: number;
		};
		const urls = list.pages.map((page) => page.url);
		expect(urls).toContain('/en/exhibitors/');
		expect(urls).toContain('/en/exhibitors/2/');
		expect(urls).toContain('/en/exhibitors/hall/hall-2/');
		expect(urls).toContain('/en/exhibitors/plan/');
		expect(urls.filter((url) => /^\/en\/exhibitors\/[^/]+\/$/.test(url) && !/\/\d+\/$|\/plan\/$/.test(url))).toHaveLength(13);
		expect(list.images.filter((image) => image.includes('hall-'))).toHaveLength(2);
		expect(list.images.filter((image) => image.includes('lanqi-robotics'))).toHaveLength(2);
		const sizes = [
			...urls.map((url) => statSync(join(site.outDir, url, 'index.html')).size),
			...list.images.map((image) => statSync(join(site.outDir, image)).size),
		];
		expect(list.bytes).toBe(sizes.reduce((total, size) => total + size, 0));
	});

	it('precaches the visit plan, which must open in the halls without a signal', () => {
		const worker = site.text('/sw.js');
		expect(worker).toContain('"/exhibitors/plan/index.html"');
		expect(worker).toContain('"/en/exhibitors/plan/index.html"');
	});
});
