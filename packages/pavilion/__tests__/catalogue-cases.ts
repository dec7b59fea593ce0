import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect } from 'vitest';
import * as adapters from './catalogue/adapters.ts';
import * as attack from './catalogue/attack.ts';
import * as bodies from './catalogue/bodies.ts';
import * as cjk from './catalogue/cjk.ts';
import * as crashes from './catalogue/crashes.ts';
import * as csp from './catalogue/csp.ts';
import * as exhibitors from './catalogue/exhibitors.ts';
import * as fields from './catalogue/fields.ts';
import * as files from './catalogue/files.ts';
import * as hidden from './catalogue/hidden.ts';
import * as programme from './catalogue/programme.ts';
import * as styles from './catalogue/styles.ts';
import * as validity from './catalogue/validity.ts';
import { article, metaOf, picture, zh, zhMessage, type HandledCase, type RefusedCase } from './catalogue-kit.ts';
import options from './fixtures/basic/options.mjs';
import { indexedPages, jsonLdOf, withOptions, writeFile } from './test-utils.ts';

export { article, type HandledCase, type RefusedCase } from './catalogue-kit.ts';

/** Areas kept in their own files under catalogue/, so that each reads as one subject. */
const AREAS = [adapters, attack, bodies, cjk, crashes, csp, exhibitors, fields, files, hidden, programme, styles, validity];

const CORE_REFUSED: RefusedCase[] = [
	// Front matter
	{
		name: 'missing title',
		why: 'Every page, card and feed item needs a headline.',
		area: 'Articles',
		setup: (root) => zh(root, 'no-title.md', 'date: 2026-09-01'),
		message: [zhMessage('no-title.md', 'title is missing; expected the headline as text')],
	},
	{
		name: 'a date in another form',
		why: 'Dates are read one way only, so 03/04 never means two different days.',
		area: 'Articles',
		setup: (root) => zh(root, 'bad-date.md', 'title: 日期错误\ndate: 2026年9月1日'),
		message: [zhMessage('bad-date.md', 'date "2026年9月1日" was given; expected a date written YYYY-MM-DD')],
	},
	{
		name: 'an impossible date, unquoted',
		why: 'YAML would roll 2024-13-45 over to 2025-02-14 and publish the article on a day nobody chose.',
		area: 'Articles',
		setup: (root) => zh(root, 'impossible.md', 'title: 不存在的日期\ndate: 2024-13-45'),
		message: [zhMessage('impossible.md', 'date "2024-13-45" was given; expected a date written YYYY-MM-DD')],
	},
	{
		name: 'an impossible date, quoted',
		why: 'February has no 30th: the date is a typo, not March 1st.',
		area: 'Articles',
		setup: (root) => zh(root, 'february.md', "title: 二月三十日\ndate: '2024-02-30'"),
		message: [zhMessage('february.md', 'date "2024-02-30" was given; expected a date written YYYY-MM-DD')],
	},
	{
		name: 'an impossible date with a time and an offset',
		why: 'The same rule holds for date-times.',
		area: 'Articles',
		setup: (root) => zh(root, 'february-time.md', 'title: 二月三十日上午\ndate: 2024-02-30T08:00:00+08:00'),
		message: [zhMessage('february-time.md', 'date "2024-02-30T08:00:00+08:00" was given; expected a date written YYYY-MM-DD')],
	},
	{
		name: 'an updated date before the publication date',
		why: 'A correction cannot come before the article.',
		area: 'Articles',
		setup: (root) => zh(root, 'updated.md', 'title: 更新\ndate: 2026-09-02\nupdated: 2026-09-01'),
		message: [zhMessage('updated.md', 'updated '), 'is before date', 'expected the date of a change made after publication'],
	},
	{
		name: 'an unknown category',
		why: 'A typo would otherwise file the article in no section.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/en/typo.md', article('title: Typo\ndate: 2026-09-01\ncategory: nwes')),
		message: ['site/articles/en/typo.md: category "nwes" was given; expected one of news, press, industry, exhibitors'],
	},
	{
		name: 'tags that are not a list',
		why: 'Each tag gets a page; a sentence is not a tag.',
		area: 'Articles',
		setup: (root) => zh(root, 'tags.md', 'title: 标签\ndate: 2026-09-01\ntags: 42'),
		message: [zhMessage('tags.md', 'tags 42 was given; expected a list of tags, such as [机器人, 展商报名]')],
	},
	{
		name: 'featured that is not true or false',
		why: 'A switch is on or off.',
		area: 'Articles',
		setup: (root) => zh(root, 'featured.md', 'title: 推荐\ndate: 2026-09-01\nfeatured: maybe'),
		message: [zhMessage('featured.md', 'featured "maybe" was given; expected true or false')],
	},
	{
		name: 'a slug with spaces and capitals',
		why: 'The slug is the address readers share; it must be one form only.',
		area: 'Articles',
		setup: (root) => zh(root, 'slug.md', 'title: 地址\ndate: 2026-09-01\nslug: Expo Opens'),
		message: [zhMessage('slug.md', 'slug "Expo Opens" expected lower-case letters, digits and single dashes, such as "expo-opens"')],
	},
	{
		name: 'a slug the news section uses',
		why: 'An article at /news/archive/ would hide the archive.',
		area: 'Articles',
		setup: (root) => zh(root, 'archive-slug.md', 'title: 归档\ndate: 2026-09-01\nslug: archive'),
		message: [zhMessage('archive-slug.md', 'slug "archive" is reserved for the news section\'s own pages')],
	},
	{
		name: 'a slug of digits only',
		why: '/news/2/ is the second page of the news list.',
		area: 'Articles',
		setup: (root) => zh(root, 'digits.md', "title: 数字\ndate: 2026-09-01\nslug: '2'"),
		message: [zhMessage('digits.md', 'slug "2" is only digits, which would collide with the list page numbers')],
	},
	{
		name: 'two articles with one slug in one locale',
		why: 'One would overwrite the other.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/zh/2026/copy.md', article('title: 复制的文章\ndate: 2026-09-01\nslug: expo-opens')),
		message: ['site/articles/zh/2026/copy.md: slug "expo-opens" is already the slug of site/articles/zh/expo-opens.md in locale "zh"'],
	},
	{
		name: 'two articles with one translationKey in one locale',
		why: 'A key pairs one article per language; two would leave the language switch guessing.',
		area: 'Articles',
		setup: (root) => zh(root, 'opens-again.md', 'title: 又一篇\ndate: 2026-09-01\ntranslationKey: opens'),
		message: [
			'site/articles/zh/opens-again.md: translationKey "opens" is already the translationKey of site/articles/zh/expo-opens.md in locale "zh"',
		],
	},
	{
		name: 'an article folder for an undeclared locale',
		why: 'A folder named after a language the site does not have would never be published.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/ja/konnichiwa.md', article('title: こんにちは\ndate: 2026-09-01')),
		message: [
			'site/articles/ja/konnichiwa.md: locale folder "ja" is not a configured locale; expected the article under one of site/articles/zh/, site/articles/en/',
		],
	},
	{
		name: 'an article outside any locale folder',
		why: 'The folder says the language.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/lost.md', article('title: 迷路\ndate: 2026-09-01')),
		message: ['site/articles/lost.md: locale folder is missing: the file sits directly in the articles folder'],
	},
	{
		name: 'a source link that runs script',
		why: 'A javascript: link runs when a reader clicks the 来源 line, on the page and in feed readers.',
		area: 'Articles',
		setup: (root) => zh(root, 'js-source.md', 'title: 来源\ndate: 2026-09-01\nsource:\n  name: 某报\n  url: "javascript:alert(1)"'),
		message: [
			zhMessage('js-source.md', 'source.url "javascript:alert(1)" was given; expected the full https:// address of the original article'),
		],
	},
	{
		name: 'a source link with a data: address',
		why: 'data: addresses can carry a whole page of script.',
		area: 'Articles',
		setup: (root) =>
			zh(root, 'data-source.md', "title: 来源\ndate: 2026-09-01\nsource: { name: 某报, url: 'data:text/html,<script>alert(1)</script>' }"),
		message: [
			zhMessage('data-source.md', 'source.url "data:text/html,<script>alert(1)</script>" was given; expected the full https:// address'),
		],
	},
	// Files
	{
		name: 'front matter that is not valid YAML',
		why: 'Astro would report the reason without the file in the same line.',
		area: 'Files',
		setup: (root) => zh(root, 'yaml.md', 'title: 冒号: 太多\ndate: 2026-09-01\ntags: [a, b'),
		message: [
			zhMessage('yaml.md', 'front matter is not valid YAML at line'),
			'expected one "field: value" per line between the two --- lines',
		],
	},
	{
		name: 'a file that is not UTF-8',
		why: 'A GBK file would be read as replacement characters: the text would be silently changed.',
		area: 'Files',
		setup: (root) =>
			writeFileSync(
				join(root, 'site/articles/zh/gbk.md'),
				Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xb1, 0xea, 0xcc, 0xe2]), Buffer.from('\ndate: 2026-09-01\n---\n\n')]),
			),
		message: [zhMessage('gbk.md', 'file is not UTF-8 text'), 'expected the file saved as UTF-8'],
	},
	{
		name: 'an upper-case extension',
		why: 'Astro matches ".md" exactly: "Notice.MD" would never be published, without a word.',
		area: 'Files',
		setup: (root) => writeFile(root, 'site/articles/zh/Notice.MD', article('title: 通知\ndate: 2026-09-01')),
		message: [zhMessage('Notice.MD', 'file name ends in ".MD"; expected ".md" or ".mdx" in lower case')],
	},
	// Article bodies
	{
		name: 'a script in an article body',
		why: 'Articles never run script on readers’ phones (embed codes pasted from other sites do).',
		area: 'Article bodies',
		setup: (root) => zh(root, 'script.md', 'title: 脚本\ndate: 2026-09-01', '正文。\n\n<script>alert(1)</script>\n'),
		message: [zhMessage('script.md', 'body <script> was given; expected no <script>')],
	},
	{
		name: 'an event handler in raw HTML',
		why: 'onerror= and the like run script just as <script> does.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'onerror.md', 'title: 事件\ndate: 2026-09-01', '<img src="/x.png" onerror="alert(1)">\n'),
		message: [zhMessage('onerror.md', 'body the onerror attribute on <img> was given; expected none: it runs script')],
	},
	{
		name: 'a javascript: link in Markdown',
		why: 'Markdown links accept any address; this one runs script when clicked.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'js-link.md', 'title: 链接\ndate: 2026-09-01', '[点我](javascript:alert(1))\n'),
		message: [
			zhMessage('js-link.md', 'body href="javascript:alert(1)" on <a> was given; expected an http(s), mailto: or tel: address or a path'),
		],
	},
	{
		name: 'an embedded page of another site',
		why: 'An <iframe> loads another site into the page, which readers in mainland China may not reach.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'iframe.md', 'title: 嵌入\ndate: 2026-09-01', '<iframe src="https://video.example.com/embed/1"></iframe>\n'),
		message: [zhMessage('iframe.md', 'body <iframe> was given; expected no <iframe>')],
	},
	{
		name: 'an image from another site in the body',
		why: 'No third-party assets: readers load nothing from other hosts.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'remote-image.md', 'title: 外链图片\ndate: 2026-09-01', '![外链](https://images.example.com/a.png)\n'),
		message: [
			zhMessage(
				'remote-image.md',
				'body an image from another site ("https://images.example.com/a.png") was given; expected an image file of this site',
			),
		],
	},
	{
		name: 'a body image that does not exist',
		why: 'Astro would fail without naming the article.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'missing-image.md', 'title: 缺图\ndate: 2026-09-01', '![缺图](../../images/nowhere.png)\n'),
		message: [
			zhMessage('missing-image.md', 'body the image "../../images/nowhere.png" was given, but there is no file at site/images/nowhere.png'),
		],
	},
	{
		name: 'a body image outside the project',
		why: 'An article may only publish files of the project.',
		area: 'Article bodies',
		setup: (root) => zh(root, 'outside-image.md', 'title: 越界\ndate: 2026-09-01', '![越界](../../../../../../outside.png)\n'),
		message: [zhMessage('outside-image.md', 'body the image "../../../../../../outside.png" leads outside the project')],
	},
	{
		name: 'a script in an MDX article',
		why: 'The same rules hold for MDX.',
		area: 'Article bodies',
		setup: (root) =>
			writeFile(root, 'site/articles/zh/script.mdx', article('title: 脚本\ndate: 2026-09-01', '<script>{"alert(1)"}</script>\n')),
		message: ['script.mdx', '<script> was given; expected no <script>'],
	},
	// Images
	{
		name: 'a cover file that does not exist',
		why: 'Astro would fail without naming the article.',
		area: 'Images',
		setup: (root) => zh(root, 'no-cover.md', 'title: 封面缺失\ndate: 2026-09-01\ncover: ../../images/nowhere.jpg\ncoverAlt: 一张图'),
		message: [zhMessage('no-cover.md', 'cover "../../images/nowhere.jpg" was given, but there is no file at site/images/nowhere.jpg')],
	},
	{
		name: 'a cover without coverAlt',
		why: 'Readers who cannot see the picture are told what it shows.',
		area: 'Images',
		setup: (root) => zh(root, 'no-alt.md', 'title: 无替代文本\ndate: 2026-09-01\ncover: ../../images/cover.jpg'),
		message: [zhMessage('no-alt.md', 'coverAlt is missing; an article with a cover needs coverAlt')],
	},
	{
		name: 'an SVG cover',
		why: 'Covers are made into photos of several sizes (page, cards, search, link previews); Astro does not rasterize SVG.',
		area: 'Images',
		setup: (root) => zh(root, 'svg-cover.md', 'title: 矢量封面\ndate: 2026-09-01\ncover: ../../images/logo.svg\ncoverAlt: 标志'),
		message: [zhMessage('svg-cover.md', 'cover "../../images/logo.svg" is an SVG drawing; expected a PNG, JPEG or WebP picture')],
	},
	{
		name: 'a cover from another address',
		why: 'A remote cover cannot be resized at build time and readers would load it from another host.',
		area: 'Images',
		setup: (root) =>
			zh(root, 'remote-cover.md', 'title: 外链封面\ndate: 2026-09-01\ncover: https://images.example.com/a.jpg\ncoverAlt: 外链'),
		message: [zhMessage('remote-cover.md', 'cover "https://images.example.com/a.jpg" was given; expected an image file of this site')],
	},
	{
		name: 'a cover outside the project',
		why: 'An article may only publish files of the project.',
		area: 'Images',
		setup: (root) =>
			zh(root, 'outside-cover.md', 'title: 越界封面\ndate: 2026-09-01\ncover: ../../../../../../../etc/hosts.jpg\ncoverAlt: 越界'),
		message: [zhMessage('outside-cover.md', 'cover "../../../../../../../etc/hosts.jpg" leads outside the project')],
	},
	{
		name: 'an empty cover file',
		why: 'An empty file is no picture.',
		area: 'Images',
		setup: (root) => {
			writeFile(root, 'site/images/empty.jpg', '');
			zh(root, 'empty-cover.md', 'title: 空封面\ndate: 2026-09-01\ncover: ../../images/empty.jpg\ncoverAlt: 空');
		},
		message: [zhMessage('empty-cover.md', 'cover "../../images/empty.jpg" is an empty file')],
	},
	{
		name: 'a damaged cover file',
		why: 'A damaged file would fail later, in the image service, without naming the article.',
		area: 'Images',
		setup: (root) => {
			writeFile(root, 'site/images/damaged.jpg', 'this is not a picture');
			zh(root, 'damaged-cover.md', 'title: 损坏封面\ndate: 2026-09-01\ncover: ../../images/damaged.jpg\ncoverAlt: 损坏');
		},
		message: [zhMessage('damaged-cover.md', 'cover "../../images/damaged.jpg" is not a picture that can be read')],
	},
	// Options
	{
		name: 'an option of the wrong type',
		why: 'Each option says what it takes.',
		area: 'Options',
		setup: (root) => withOptions(root, { pageSize: 'twelve' }),
		message: ['Invalid pavilion() options in astro.config.mjs', 'pageSize: "twelve" was given; expected a number'],
	},
	{
		name: 'a misspelt option',
		why: 'An option the theme does not know would otherwise be ignored.',
		area: 'Options',
		setup: (root) => withOptions(root, { pagesize: 10 }),
		message: ['pagesize: is not an option; did you mean "pageSize"?'],
	},
	{
		name: 'an unknown time zone',
		why: 'Every date and opening time is read in it.',
		area: 'Options',
		setup: (root) => withOptions(root, { expo: { ...options.expo, timezone: 'Asia/Qingtan' } }),
		message: ['expo.timezone: "Asia/Qingtan" was given; expected an IANA time zone name such as "Asia/Shanghai"'],
	},
	{
		name: 'an end date before the start date',
		why: 'The countdown, the calendar file and the structured data would disagree.',
		area: 'Options',
		setup: (root) => withOptions(root, { expo: { ...options.expo, endDate: '2027-04-20' } }),
		message: ['expo.endDate: "2027-04-20" is before startDate "2027-04-21"; expected the last day of the fair, on or after its first day'],
	},
	{
		name: 'a registration link that runs script',
		why: 'The registration button would run it.',
		area: 'Options',
		setup: (root) => withOptions(root, { expo: { ...options.expo, registrationUrl: 'javascript:alert(1)' } }),
		message: ['expo.registrationUrl: "javascript:alert(1)" was given; expected a full web address starting with https://'],
	},
	{
		name: 'an organizer link with a data: address',
		why: 'The footer links every organizer.',
		area: 'Options',
		setup: (root) =>
			withOptions(root, { organizers: [{ role: 'organizer', name: { zh: '主办', en: 'Host' }, url: 'data:text/html,<b>x</b>' }] }),
		message: ['organizers[0].url: "data:text/html,<b>x</b>" was given; expected a full web address starting with https://'],
	},
	{
		name: 'a social account link that runs script',
		why: 'The footer links every account.',
		area: 'Options',
		setup: (root) => withOptions(root, { social: [{ platform: 'weibo', url: 'javascript:alert(1)' }] }),
		message: [
			'social[0].url: "javascript:alert(1)" was given; expected a web address starting with https://, or a mailto: or tel: address',
		],
	},
	{
		name: 'articlesBase on a page of the theme',
		why: 'The news section would silently replace the search page.',
		area: 'Options',
		setup: (root) => withOptions(root, { articlesBase: 'search' }),
		message: ['articlesBase: "search" was given; expected a segment that neither a page of the theme'],
	},
	{
		name: 'articlesBase equal to a locale',
		why: 'The news section would silently replace the English home page.',
		area: 'Options',
		setup: (root) => withOptions(root, { articlesBase: 'en' }),
		message: ['articlesBase: "en" was given; expected a segment that neither a page of the theme', 'nor a locale (zh, en) uses'],
	},
	{
		name: 'a locale key in capitals',
		why: 'The key is the URL prefix.',
		area: 'Options',
		setup: (root) => withOptions(root, { locales: { zh: options.locales.zh, EN: options.locales.en } }),
		message: ['locales.EN: "EN" cannot be a key here; expected a short lower-case URL prefix such as "zh", "en" or "zh-tw"'],
	},
	{
		name: 'a category key with symbols',
		why: 'The key is the URL of the section.',
		area: 'Options',
		setup: (root) => withOptions(root, { categories: { 'News!': { zh: '新闻', en: 'News' } } }),
		message: ['categories.News!: "News!" cannot be a key here; expected a lower-case key of letters, digits and dashes'],
	},
	{
		name: 'a logo file that does not exist',
		why: 'The header, icons and feeds need it.',
		area: 'Options',
		setup: (root) => withOptions(root, { logo: 'site/images/missing-logo.svg' }),
		message: ['logo: "site/images/missing-logo.svg" was given, but there is no file at site/images/missing-logo.svg'],
	},
	{
		name: 'a path option outside the project',
		why: 'An option never makes the build read (or print) a file elsewhere on the machine.',
		area: 'Options',
		setup: (root) => withOptions(root, { socialImage: '../../../../../../../etc/passwd' }),
		message: ['socialImage: "../../../../../../../etc/passwd" leads outside the project; expected a path inside it'],
	},
	{
		name: 'an image option naming a file that is not an image',
		why: 'The file would be read as a picture, and its text printed in the error.',
		area: 'Options',
		setup: (root) => withOptions(root, { socialImage: 'site/articles/zh/expo-opens.md' }),
		message: ['socialImage: "site/articles/zh/expo-opens.md" was given; expected an image file (PNG, JPEG, WebP, AVIF, GIF or SVG)'],
	},
	{
		name: 'customCss outside the project',
		why: 'The same rule holds for style sheets.',
		area: 'Options',
		setup: (root) => withOptions(root, { customCss: ['../../../../../../../etc/brand.css'] }),
		message: ['customCss: "../../../../../../../etc/brand.css" leads outside the project'],
	},
];

const CORE_HANDLED: HandledCase[] = [
	{
		name: 'an unquoted date-time with an offset keeps its instant',
		why: 'YAML would keep only the instant, and the day would then be read as midnight in the fair’s zone: eight hours early.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/en/timed.md', article('title: Timed\ndate: 2026-09-03T08:00:00+08:00')),
		check: (site) => {
			expect(site.page('/en/news/timed/').querySelector('.article-meta time')?.getAttribute('datetime')).toBe('2026-09-03T08:00:00+08:00');
			expect(metaOf(site, '/en/news/timed/', 'article:published_time')).toBe('2026-09-03T08:00:00+08:00');
			expect(jsonLdOf(site.page('/en/news/timed/'))[0]).toMatchObject({ datePublished: '2026-09-03T08:00:00+08:00' });
			expect(site.text('/en/rss.xml')).toContain('<pubDate>Thu, 03 Sep 2026 00:00:00 GMT</pubDate>');
		},
	},
	{
		name: 'a date without a time is that day in the fair’s time zone',
		why: 'Press staff write the day; readers in the fair’s city see that day.',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/en/dated.md', article('title: Dated\ndate: 2026-09-04')),
		check: (site) => {
			expect(site.page('/en/news/dated/').querySelector('.article-meta time')?.getAttribute('datetime')).toBe('2026-09-04T00:00:00+08:00');
			expect(site.text('/en/rss.xml')).toContain('<pubDate>Thu, 03 Sep 2026 16:00:00 GMT</pubDate>');
		},
	},
	{
		name: 'drafts and future articles leave nothing in dist/',
		why: 'A press embargo holds: no page, no text, no search record and no image of an unpublished article ships.',
		area: 'Publishing',
		setup: async (root) => {
			await picture(root, 'site/images/embargo-cover.jpg', 640, 360);
			await picture(root, 'site/images/embargo-body.jpg', 320, 200);
			zh(
				root,
				'embargoed.md',
				'title: 禁发稿件\ndate: 2099-01-01\ncover: ../../images/embargo-cover.jpg\ncoverAlt: 禁发',
				'![禁发](../../images/embargo-body.jpg)\n\n保密正文EMBARGOED。\n',
			);
			zh(
				root,
				'secret-draft.md',
				'title: 草稿稿件\ndate: 2026-01-01\ndraft: true\ncover: ../../images/embargo-cover.jpg\ncoverAlt: 草稿',
				'草稿正文DRAFTED。\n',
			);
		},
		check: (site) => {
			const files = site.files();
			expect(files.filter((file) => /embargo-(cover|body)/.test(file))).toEqual([]);
			for (const file of files.filter((name) => /\.(html|xml|json|txt)$/.test(name)))
				expect(site.text(file), file).not.toMatch(/EMBARGOED|DRAFTED|禁发稿件|草稿稿件/);
		},
	},
	{
		name: 'a tag of emoji only gets a working page',
		why: 'It crashed the build with "Missing parameter: tag".',
		area: 'Articles',
		setup: (root) => writeFile(root, 'site/articles/en/launch.md', article('title: Launch\ndate: 2026-09-01\ntags: ["🚀"]')),
		check: (site) => {
			expect(site.page('/en/news/launch/').querySelector('.tags a')?.getAttribute('href')).toBe('/en/news/tag/tag-1f680/');
			expect(site.page('/en/news/tag/tag-1f680/').querySelector('h1')?.text).toContain('🚀');
		},
	},
	{
		name: 'distinct tags that make the same slug get pages of their own',
		why: '"C++" and "C#" both slugify to "c"; they are not one tag.',
		area: 'Articles',
		setup: (root) => {
			writeFile(root, 'site/articles/en/cpp.md', article('title: Cpp\ndate: 2026-09-01\ntags: ["C++"]'));
			writeFile(root, 'site/articles/en/csharp.md', article('title: Csharp\ndate: 2026-09-02\ntags: ["C#"]'));
		},
		check: (site) => {
			const cpp = site.page('/en/news/cpp/').querySelector('.tags a')?.getAttribute('href');
			const csharp = site.page('/en/news/csharp/').querySelector('.tags a')?.getAttribute('href');
			expect(cpp).not.toBe(csharp);
			expect(
				site
					.page(cpp!)
					.querySelectorAll('.pv-grid li')
					.map((card) => card.text),
			).toEqual([expect.stringContaining('Cpp')]);
			expect(
				site
					.page(csharp!)
					.querySelectorAll('.pv-grid li')
					.map((card) => card.text),
			).toEqual([expect.stringContaining('Csharp')]);
		},
	},
	{
		name: 'a social account may be an e-mail address',
		why: 'mailto: is a safe link where a contact is meant.',
		area: 'Options',
		setup: (root) => withOptions(root, { social: [{ platform: 'email', url: 'mailto:press@expo.example.com' }] }),
		check: (site) => {
			expect(site.page('/').querySelector('footer a[href="mailto:press@expo.example.com"]')).not.toBeNull();
		},
	},
	{
		name: 'harmless raw HTML stays as written',
		why: 'Tables, <details> and <sup> are structure, not script: the policy refuses only what runs script or loads other hosts.',
		area: 'Article bodies',
		setup: (root) =>
			writeFile(
				root,
				'site/articles/en/table.md',
				article(
					'title: Table\ndate: 2026-09-01',
					'<details><summary>Hall sizes</summary>\n\n<table><tr><td>Hall 1</td><td>10,000 m<sup>2</sup></td></tr></table>\n\n</details>\n',
				),
			),
		check: (site) => {
			const prose = site.page('/en/news/table/').querySelector('.pv-prose')!;
			expect(prose.querySelector('details summary')?.text).toBe('Hall sizes');
			expect(prose.querySelector('td sup')?.text).toBe('2');
		},
	},
	{
		name: 'a large picture is never served larger than its slot needs',
		why: 'Readers on phones download no more pixels than the layout shows (twice the widest slot at most).',
		area: 'Images',
		setup: async (root) => {
			await picture(root, 'site/images/huge.jpg', 4000, 2250);
			writeFile(
				root,
				'site/articles/en/huge.md',
				article(
					'title: Huge\ndate: 2026-09-05\ncover: ../../images/huge.jpg\ncoverAlt: A very large picture',
					'![Also huge](../../images/huge.jpg)\n',
				),
			);
			writeFile(
				root,
				'site/articles/en/huge-mdx.mdx',
				article('title: Huge MDX\ndate: 2026-09-04', '![Huge in MDX](../../images/huge.jpg)\n'),
			);
		},
		check: async (site) => {
			const widestFile = async (path: string, selector = 'img.cover') => {
				const img = site.page(path).querySelector(selector)!;
				const files = [
					img.getAttribute('src')!,
					...(img.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
				];
				const widths = await Promise.all(files.map(async (file) => (await sharp(join(site.outDir, file)).metadata()).width));
				return Math.max(...widths);
			};
			// The text column is 46rem (736px) wide, a card 320px.
			expect(await widestFile('/en/news/huge/')).toBeLessThanOrEqual(2 * 736);
			expect(await widestFile('/en/news/')).toBeLessThanOrEqual(2 * 320);
			expect(await widestFile('/en/news/huge/', '.pv-prose img')).toBeLessThanOrEqual(2 * 736);
			expect(await widestFile('/en/news/huge-mdx/', '.pv-prose img')).toBeLessThanOrEqual(2 * 736);
			expect(site.page('/en/news/huge-mdx/').querySelector('.pv-prose img')?.getAttribute('srcset')).toContain('800w');
		},
	},
];

export const REFUSED: RefusedCase[] = [...CORE_REFUSED, ...AREAS.flatMap((area) => area.REFUSED)];
export const HANDLED: HandledCase[] = [...CORE_HANDLED, ...AREAS.flatMap((area) => area.HANDLED)];

export const SEARCH_CASES: HandledCase[] = [
	{
		name: 'search holds only articles, with their own cover or no picture',
		why: 'The 404, offline, search and list pages are no answers to a search, and a result without a cover showed the footer’s QR code.',
		area: 'Search',
		setup: () => undefined,
		check: (site) => {
			const pages = indexedPages(site);
			expect(pages.length).toBeGreaterThan(0);
			for (const page of pages) expect(page.url, page.url).toMatch(/^\/(en\/)?news\/[^/]+\/$/);
			for (const page of pages) expect(page.meta.image ?? '', page.url).toMatch(/^(|\/_astro\/cover\.[^"]+\.webp)$/);
		},
	},
	{
		name: 'a language without articles gets no index of its other pages',
		why: 'Each language is indexed on its own; one without articles would have its lists and footers indexed whole.',
		area: 'Search',
		setup: (root) => rmSync(join(root, 'site/articles/en'), { recursive: true }),
		check: (site) => {
			expect(Object.keys((JSON.parse(site.text('/pagefind/pagefind-entry.json')) as { languages: object }).languages)).toEqual(['zh-cn']);
			const pages = indexedPages(site);
			expect(pages.length).toBeGreaterThan(0);
			for (const page of pages) expect(page.url, page.url).toMatch(/^\/news\/[^/]+\/$/);
		},
	},
	{
		name: 'a site without articles finds nothing',
		why: 'With no article, Pagefind would index every page of the site, footer text included.',
		area: 'Search',
		setup: (root) => {
			for (const locale of readdirSync(join(root, 'site/articles'))) rmSync(join(root, 'site/articles', locale), { recursive: true });
		},
		check: (site) => {
			expect(site.exists('/news/')).toBe(true);
			expect(JSON.parse(site.text('/pagefind/pagefind-entry.json'))).toMatchObject({ languages: {} });
			expect(indexedPages(site)).toEqual([]);
		},
	},
];
