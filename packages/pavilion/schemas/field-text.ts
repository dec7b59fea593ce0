/**
 * What each front-matter field is, in the two languages the theme ships: the one place a field is
 * described. The schema's English descriptions are taken from here, so are the labels and hints of
 * the browser editor (/admin/), and so is the field table of docs/front-matter.md, which
 * `pnpm docs:config` generates from the schema (scripts/lib/front-matter-reference.ts).
 */
export interface FieldText {
	label: { zh: string; en: string };
	/** One line under the field in the editor; in English, the schema's `.describe()` text. */
	hint: { zh: string; en: string };
	/** What docs/front-matter.md says of the field when it needs more than the hint (Markdown, English). */
	reference?: string;
}

export const FRONTMATTER_TEXT = {
	title: {
		label: { zh: '标题', en: 'Title' },
		hint: { zh: '文章标题，按原样显示。', en: 'Headline of the article.' },
		reference: 'Headline. It is text: quotes, `<` and `&` are shown as typed. It needs at least one visible character.',
	},
	date: {
		label: { zh: '发布时间', en: 'Published' },
		hint: {
			zh: '发布日期和时间。生产构建在此时间之前不会发布该文章。',
			en: 'Publication date. Articles dated in the future are left out of production builds until then.',
		},
		reference:
			"`2026-06-16`, or with a time: `2026-06-16T09:30:00+08:00`. A date without a time means that day in the fair's time zone, and is shown as that day, however old; a time without an offset is that time there, seconds included (`2024-03-18T10:30:45`); a time with an offset is that instant. Dates are read exactly as written, quoted or not: a day that does not exist (`2026-02-30`) stops the build. Articles dated after the build are left out of the site, with their images, until a build after that date.",
	},
	updated: {
		label: { zh: '更新时间', en: 'Updated' },
		hint: { zh: '最近一次重要修改的时间，不能早于发布时间。', en: 'Date of the last significant change.' },
		reference: 'Date of the last significant change, written as `date` is.',
	},
	summary: {
		label: { zh: '摘要', en: 'Summary' },
		hint: {
			zh: '一两句话，显示在卡片、订阅源和页面描述中；不填则取正文开头。',
			en: 'Shown on cards, in feeds and as the page description; derived from the body when absent.',
		},
		reference:
			'One or two sentences for cards, feeds and the page description. Without one, the opening of the body is used, cut at a sentence end (CJK-aware length).',
	},
	category: {
		label: { zh: '栏目', en: 'Section' },
		hint: { zh: '文章所属栏目；不选则为第一个栏目。', en: 'One of the configured category keys; defaults to the first one.' },
		reference: 'One of the configured category keys (by default `news`, `press`, `industry`, `exhibitors`). Defaults to the first one.',
	},
	tags: {
		label: { zh: '标签', en: 'Tags' },
		hint: { zh: '关键词，每个标签都有自己的文章列表页。', en: 'Keywords; each gets a page listing its articles.' },
		reference:
			'A list: `[机器人, 展商报名]`. Each tag gets a page at `/news/tag/<tag>/`, so a tag is at most 248 bytes as a URL part: 82 Chinese characters or 248 Latin letters (file systems hold names of 255 bytes, and two tags with one URL part get a 7-byte suffix).',
	},
	exhibitors: {
		label: { zh: '相关展商', en: 'Exhibitors' },
		hint: {
			zh: '文章报道的展商，填展商文件名（不含 .yaml），文末显示其展商卡片。',
			en: 'Exhibitors the article is about, by file name (without .yaml); their cards follow the article.',
		},
		reference:
			"A list of exhibitors of the directory by file name: `[lanqi-robotics]` for `site/exhibitors/lanqi-robotics.yaml`. The article shows their cards, and each exhibitor's page lists the article. A name that is no exhibitor stops the build. Needs the `exhibitors` option.",
	},
	sessions: {
		label: { zh: '相关活动', en: 'Sessions' },
		hint: {
			zh: '文章报道的同期活动，填活动文件名（不含 .yaml），文末显示活动时间和会场。',
			en: 'Programme sessions the article is about, by file name (without .yaml); they follow the article with their time and room.',
		},
		reference:
			"A list of sessions of the programme by file name: `[opening-ceremony]` for `site/programme/opening-ceremony.yaml`. They are listed after the article, and each session's page lists the article (in its language). A name that is no session stops the build. Needs the `programme` option.",
	},
	cover: {
		label: { zh: '封面图', en: 'Cover image' },
		hint: {
			zh: '文章封面图片，会自动缩放并转换为 WebP。',
			en: 'Path of the cover image relative to the article file, e.g. ../../images/cover.jpg.',
		},
		reference: 'Path of the cover image, relative to the article file. The image is resized and converted to WebP.',
	},
	coverAlt: {
		label: { zh: '封面图说明', en: 'Cover description' },
		hint: {
			zh: '为看不到图片的读者描述封面内容。有封面图时必须填写。',
			en: 'Describes the cover for readers who cannot see it. Required with cover.',
		},
		reference: 'What the cover shows, for readers who cannot see it.',
	},
	author: {
		label: { zh: '作者', en: 'Author' },
		hint: { zh: '文章作者。', en: 'Who wrote the article.' },
	},
	editor: {
		label: { zh: '责任编辑', en: 'Editor' },
		hint: { zh: '责任编辑，显示在文末。', en: 'Editor in charge (责任编辑).' },
		reference: 'Editor in charge (责任编辑), shown under the article.',
	},
	source: {
		label: { zh: '来源', en: 'Source' },
		hint: {
			zh: '转载文章的原发布方，显示为“来源：…”。可填写原文网址、原标题和原作者。',
			en: 'For reprinted news (转载): the original publisher, or { name, url, title, author }. Shown as "来源：…".',
		},
		reference:
			'For reprinted news (转载): the original publisher\'s name (`source: 青潭日报`), or a block with `name`, `url`, `title` and `author` (see below). It is shown as "来源：…" / "Source: …".',
	},
	'source.name': {
		label: { zh: '来源名称', en: 'Publisher' },
		hint: { zh: '原发布媒体或机构的名称。', en: 'The name of the original publisher.' },
	},
	'source.url': {
		label: { zh: '原文网址', en: 'Original address' },
		hint: { zh: '原文的完整 https:// 网址。', en: 'The full https:// address of the original article.' },
	},
	'source.title': {
		label: { zh: '原标题', en: 'Original headline' },
		hint: { zh: '原文的标题。', en: 'The original headline.' },
	},
	'source.author': {
		label: { zh: '原作者', en: 'Original author' },
		hint: { zh: '原文作者。', en: "The original author's name." },
	},
	translationKey: {
		label: { zh: '译文关联键', en: 'Translation key' },
		hint: {
			zh: '同一篇文章的各语言版本填写相同的关联键，语言切换即可在它们之间跳转。',
			en: 'The same key on the versions of one article in each language links them.',
		},
		reference:
			'The same key on the Chinese and English versions of one article links them: the language switch goes from one to the other.',
	},
	featured: {
		label: { zh: '首页推荐', en: 'Featured' },
		hint: { zh: '在首页的推荐文章中显示。', en: 'Show on the home page among the featured articles.' },
		reference: '`true` shows the article among the featured stories on the home page.',
	},
	draft: {
		label: { zh: '草稿', en: 'Draft' },
		hint: { zh: '草稿不会发布到网站，只在本地预览中显示。', en: 'Drafts are shown by `astro dev` only.' },
		reference: '`true` keeps the article out of production builds. It still shows in `pnpm dev`.',
	},
	slug: {
		label: { zh: '网址名', en: 'URL name' },
		hint: {
			zh: '文章网址的最后一段，如 expo-opens；只用小写字母、数字和连字符。',
			en: 'Last part of the URL; defaults to the file name.',
		},
		reference:
			'Overrides the URL part taken from the file name: lower-case letters, digits and dashes. It may not be only digits, nor `category`, `tag`, `archive`, `rss`, `page` or `search`, nor longer than 255 bytes (85 Chinese characters or 255 Latin letters): it names a folder of the built site.',
	},
	body: {
		label: { zh: '正文', en: 'Body' },
		hint: { zh: '文章正文（Markdown）。', en: 'The article text (Markdown).' },
	},
} as const satisfies Record<string, FieldText>;

export type FrontmatterField = keyof typeof FRONTMATTER_TEXT;

/** The schema's description of a field: its English hint. */
export const describeField = (field: FrontmatterField): string => FRONTMATTER_TEXT[field].hint.en;
