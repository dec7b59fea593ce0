/**
 * What each front-matter field is, in the two languages the theme ships. The schema's English
 * descriptions are taken from here, and so are the labels and hints of the browser editor (/admin/),
 * so the two can never say different things.
 */
export interface FieldText {
	label: { zh: string; en: string };
	hint: { zh: string; en: string };
}

export const FRONTMATTER_TEXT = {
	title: {
		label: { zh: '标题', en: 'Title' },
		hint: { zh: '文章标题，按原样显示。', en: 'Headline of the article.' },
	},
	date: {
		label: { zh: '发布时间', en: 'Published' },
		hint: {
			zh: '发布日期和时间。生产构建在此时间之前不会发布该文章。',
			en: 'Publication date. Articles dated in the future are left out of production builds until then.',
		},
	},
	updated: {
		label: { zh: '更新时间', en: 'Updated' },
		hint: { zh: '最近一次重要修改的时间，不能早于发布时间。', en: 'Date of the last significant change.' },
	},
	summary: {
		label: { zh: '摘要', en: 'Summary' },
		hint: {
			zh: '一两句话，显示在卡片、订阅源和页面描述中；不填则取正文开头。',
			en: 'Shown on cards, in feeds and as the page description; derived from the body when absent.',
		},
	},
	category: {
		label: { zh: '栏目', en: 'Section' },
		hint: { zh: '文章所属栏目；不选则为第一个栏目。', en: 'One of the configured category keys; defaults to the first one.' },
	},
	tags: {
		label: { zh: '标签', en: 'Tags' },
		hint: { zh: '关键词，每个标签都有自己的文章列表页。', en: 'Keywords; each gets a page listing its articles.' },
	},
	cover: {
		label: { zh: '封面图', en: 'Cover image' },
		hint: {
			zh: '文章封面图片，会自动缩放并转换为 WebP。',
			en: 'Path of the cover image relative to the article file, e.g. ../../images/cover.jpg.',
		},
	},
	coverAlt: {
		label: { zh: '封面图说明', en: 'Cover description' },
		hint: {
			zh: '为看不到图片的读者描述封面内容。有封面图时必须填写。',
			en: 'Describes the cover for readers who cannot see it. Required with cover.',
		},
	},
	author: {
		label: { zh: '作者', en: 'Author' },
		hint: { zh: '文章作者。', en: 'Who wrote the article.' },
	},
	editor: {
		label: { zh: '责任编辑', en: 'Editor' },
		hint: { zh: '责任编辑，显示在文末。', en: 'Editor in charge (责任编辑).' },
	},
	source: {
		label: { zh: '来源', en: 'Source' },
		hint: {
			zh: '转载文章的原发布方，显示为“来源：…”。可填写原文网址、原标题和原作者。',
			en: 'For reprinted news (转载): the original publisher, or { name, url, title, author }. Shown as "来源：…".',
		},
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
	},
	featured: {
		label: { zh: '首页推荐', en: 'Featured' },
		hint: { zh: '在首页的推荐文章中显示。', en: 'Show on the home page among the featured articles.' },
	},
	draft: {
		label: { zh: '草稿', en: 'Draft' },
		hint: { zh: '草稿不会发布到网站，只在本地预览中显示。', en: 'Drafts are shown by `astro dev` only.' },
	},
	slug: {
		label: { zh: '网址名', en: 'URL name' },
		hint: {
			zh: '文章网址的最后一段，如 expo-opens；只用小写字母、数字和连字符。',
			en: 'Last part of the URL; defaults to the file name.',
		},
	},
	body: {
		label: { zh: '正文', en: 'Body' },
		hint: { zh: '文章正文（Markdown）。', en: 'The article text (Markdown).' },
	},
} as const satisfies Record<string, FieldText>;

export type FrontmatterField = keyof typeof FRONTMATTER_TEXT;

/** The schema's description of a field: its English hint. */
export const describeField = (field: FrontmatterField): string => FRONTMATTER_TEXT[field].hint.en;
