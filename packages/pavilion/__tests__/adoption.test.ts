import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import options from './fixtures/basic/options.mjs';
import { buildSite, copyFixture, withOptions, writeFile, type BuiltSite } from './test-utils.ts';

/**
 * An organizer adopting the theme without touching its code: a new brand colour and logo, their
 * own CSS, one component replaced by a wrapper of the original, a string changed, and a third
 * language added with configuration, content and strings only.
 */
let root: string;
let site: BuiltSite;
beforeAll(async () => {
	root = copyFixture('basic', 'adoption');
	withOptions(root, {
		accentColor: '#c8102e',
		logo: 'site/images/brand-logo.svg',
		customCss: ['./src/styles/brand.css'],
		components: { Footer: './src/components/BrandFooter.astro' },
		locales: { ...options.locales, ja: { label: '日本語', lang: 'ja' } },
	});
	writeFile(
		root,
		'site/images/brand-logo.svg',
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#c8102e"/></svg>',
	);
	writeFile(root, 'src/styles/brand.css', '.brand-note { letter-spacing: 0.31em; }\n:root { --pv-radius: 2px; }\n');
	writeFile(
		root,
		'src/components/BrandFooter.astro',
		`---
import Footer from 'astro-pavilion/components/Footer.astro';
import type { ComponentProps } from 'astro/types';
type Props = ComponentProps<typeof Footer>;
const { locale } = Astro.props;
---

<p class="brand-note">Brand footer ({locale})</p>
<Footer locale={locale} />
`,
	);
	writeFile(
		root,
		'site/articles/ja/kaimaku.md',
		'---\ntitle: 展示会は四月に開幕\ndate: 2026-09-15\ncategory: news\ntranslationKey: opens\ntags: [ロボット]\n---\n\n第七回テスト博覧会は来年四月に開幕します。\n',
	);
	writeFile(
		root,
		'site/translations/ja.json',
		JSON.stringify({ 'nav.home': 'ホーム', 'nav.news': 'ニュース', 'list.title': 'ニュース', 'notFound.title': 'ページが見つかりません' }),
	);
	writeFile(root, 'site/translations/zh-CN.json', JSON.stringify({ 'nav.news': '资讯' }));
	site = await buildSite(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('re-branding with one colour and a logo', () => {
	it('derives accessible accent tokens from the colour and uses the new logo', () => {
		const style = site
			.page('/')
			.querySelectorAll('head style')
			.map((element) => element.textContent)
			.find((css) => css.includes('--pv-accent'));
		expect(style).toMatch(/^:root\{--pv-accent:#c8102e;--pv-on-accent:#ffffff;/);
		expect(style).toContain(':root[data-scheme="dark"]{');
		expect(site.page('/').querySelector('.brand img')?.getAttribute('src')).toMatch(/brand-logo/);
	});
	it("adds the organizer's CSS after the theme's", () => {
		const css = site
			.files()
			.filter((file) => file.endsWith('.css'))
			.map((file) => site.text(file))
			.join('');
		expect(css).toMatch(/\.brand-note\{letter-spacing:\s*\.31em\}/);
		expect(css).toMatch(/--pv-radius:\s*2px/);
	});
});

describe('overriding a component', () => {
	it('renders the override on every page, and the wrapped original inside it', () => {
		for (const [path, locale] of [
			['/', 'zh'],
			['/en/news/the-expo-opens/', 'en'],
			['/news/archive/', 'zh'],
		] as const) {
			const page = site.page(path);
			expect(page.querySelector('.brand-note')?.text, path).toBe(`Brand footer (${locale})`);
			expect(page.querySelector('footer.site-footer'), path).not.toBeNull();
		}
	});
});

describe('strings and a third language', () => {
	it("uses the organizer's strings over the shipped ones", () => {
		expect(
			site
				.page('/')
				.querySelectorAll('.main-nav a')
				.map((link) => link.text),
		).toContain('资讯');
	});
	it('builds the new language from configuration, content and strings', () => {
		const home = site.page('/ja/');
		expect(home.querySelector('html')?.getAttribute('lang')).toBe('ja');
		expect(home.querySelectorAll('.main-nav a').map((link) => link.text)).toEqual(['ホーム', 'ニュース', 'Archive']);
		const article = site.page('/ja/news/kaimaku/');
		expect(article.querySelector('.article-meta time')?.text).toBe('2026年9月15日');
		expect(article.querySelector('.language-switch a[hreflang="zh-CN"]')?.getAttribute('href')).toBe('/news/expo-opens/');
		expect(site.page('/news/expo-opens/').querySelector('.language-switch a[hreflang="ja"]')?.getAttribute('href')).toBe(
			'/ja/news/kaimaku/',
		);
		expect(site.page('/ja/404/').querySelector('h1')?.text).toBe('ページが見つかりません');
	});
	it('gives the new language its feed, sitemap alternates, search index and offline pages', () => {
		expect(site.text('/ja/rss.xml')).toContain('<language>ja</language>');
		expect(site.text('/sitemap-0.xml')).toContain('hreflang="ja" href="https://expo.example.com/ja/news/kaimaku/"');
		expect(Object.keys((JSON.parse(site.text('/pagefind/pagefind-entry.json')) as { languages: object }).languages)).toContain('ja');
		for (const path of ['/ja/search/', '/ja/offline/', '/ja/news/category/news/', '/ja/news/tag/ロボット/'])
			expect(site.exists(path), path).toBe(true);
		expect(JSON.parse(site.text('/ja/manifest.webmanifest'))).toMatchObject({ lang: 'ja', start_url: '/ja/' });
	});
});
