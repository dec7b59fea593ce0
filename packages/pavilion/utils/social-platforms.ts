import { escapeMarkup } from './escape.ts';

/**
 * The social platforms the footer knows by name: a label per language and a small icon.
 * The icons are simple glyphs drawn for this theme, not the platforms' trademarked logos: a
 * monochrome hint in the text colour beside a label that always names the platform or the account.
 */

interface PlatformEntry {
	/** Chinese and English names; other languages get the English one, as most sites write these names in Latin script. */
	label: { zh: string; en: string };
	/** SVG content in a 20×20 box, drawn with strokes of the current colour. */
	glyph: string;
	/** Other spellings organizers write for the same platform. */
	aliases?: readonly string[];
}

const dot = (cx: number, cy: number, r: number) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="currentColor" stroke="none"/>`;
const badge = '<rect x="2" y="2" width="16" height="16" rx="4"/>';
const note = '<path d="M11 3.5v9a3 3 0 1 1-3-3"/><path d="M11 3.5c.4 2.2 2 3.6 4.5 3.8"/>';

const PLATFORMS: Record<string, PlatformEntry> = {
	wechat: {
		label: { zh: '微信', en: 'WeChat' },
		glyph: `<ellipse cx="7.8" cy="7.8" rx="5.8" ry="4.6"/><path d="M4.6 11.6l-.8 2.4 2.6-1.4"/>${dot(5.8, 7.4, 0.9)}${dot(9.4, 7.4, 0.9)}<ellipse cx="13.4" cy="12.6" rx="4.6" ry="3.6" fill="currentColor" stroke="none"/>`,
		aliases: ['weixin'],
	},
	weibo: { label: { zh: '微博', en: 'Weibo' }, glyph: `${badge}<path d="M5.5 7l1.6 6 2.9-4.5 2.9 4.5 1.6-6"/>` },
	douyin: { label: { zh: '抖音', en: 'Douyin' }, glyph: note },
	tiktok: { label: { zh: 'TikTok', en: 'TikTok' }, glyph: note },
	bilibili: {
		label: { zh: '哔哩哔哩', en: 'Bilibili' },
		glyph: '<rect x="2.5" y="6" width="15" height="10.5" rx="3"/><path d="M6.5 2.5L9 6M13.5 2.5L11 6M7.5 10.5V12M12.5 10.5V12"/>',
	},
	xiaohongshu: {
		label: { zh: '小红书', en: 'RedNote' },
		glyph:
			'<path d="M10 5.5C8.4 4.4 5.9 4 3 4.4v10.2c2.9-.4 5.4 0 7 1.1 1.6-1.1 4.1-1.5 7-1.1V4.4c-2.9-.4-5.4 0-7 1.1z"/><path d="M10 5.5v10.2"/>',
		aliases: ['rednote', 'xhs'],
	},
	toutiao: {
		label: { zh: '今日头条', en: 'Toutiao' },
		glyph: '<rect x="3" y="3" width="14" height="14" rx="2"/><path d="M6 7h8M6 10h8M6 13h5"/>',
	},
	zhihu: { label: { zh: '知乎', en: 'Zhihu' }, glyph: `${badge}<path d="M6.5 6.5h7l-7 7h7"/>` },
	kuaishou: {
		label: { zh: '快手', en: 'Kuaishou' },
		glyph: '<rect x="2" y="6" width="11" height="9" rx="2"/><path d="M13 9.5l5-2.5v7l-5-2.5"/>',
	},
	linkedin: {
		label: { zh: '领英', en: 'LinkedIn' },
		glyph: `${badge}<path d="M6.5 9v5M9.5 14V9M9.5 11.5a2.5 2.5 0 0 1 5 0V14"/>${dot(6.5, 6.3, 1)}`,
	},
	x: { label: { zh: 'X', en: 'X' }, glyph: `${badge}<path d="M6.5 6.5l7 7M13.5 6.5l-7 7"/>`, aliases: ['twitter'] },
	facebook: { label: { zh: 'Facebook', en: 'Facebook' }, glyph: `${badge}<path d="M12.5 5.5h-1a2 2 0 0 0-2 2V15M7.5 10h4.5"/>` },
	youtube: {
		label: { zh: 'YouTube', en: 'YouTube' },
		glyph: '<rect x="2" y="4.5" width="16" height="11" rx="3.5"/><path d="M8.5 7.5v5l4.5-2.5z" fill="currentColor"/>',
	},
	instagram: {
		label: { zh: 'Instagram', en: 'Instagram' },
		glyph: `<rect x="3" y="3" width="14" height="14" rx="4"/><circle cx="10" cy="10" r="3.2"/>${dot(14, 6, 0.9)}`,
	},
	email: {
		label: { zh: '邮箱', en: 'E-mail' },
		glyph: '<rect x="2.5" y="4.5" width="15" height="11" rx="2"/><path d="M3 5.5l7 5.5 7-5.5"/>',
		aliases: ['e-mail', 'mail'],
	},
	rss: {
		label: { zh: 'RSS 订阅', en: 'RSS feed' },
		glyph: `<path d="M4.5 9a6.5 6.5 0 0 1 6.5 6.5M4.5 4.5a11 11 0 0 1 11 11"/>${dot(5.3, 14.7, 1.3)}`,
	},
};

/** A chain link, for platforms the table does not know. */
const GENERIC_GLYPH =
	'<path d="M8.6 11.4l2.8-2.8"/><path d="M10.5 6.3l1.3-1.3a3.2 3.2 0 0 1 4.5 4.5l-1.3 1.3"/><path d="M9.5 13.7l-1.3 1.3a3.2 3.2 0 0 1-4.5-4.5l1.3-1.3"/>';

/** The platform names the table knows, in the order the options reference lists them. */
export const KNOWN_SOCIAL_PLATFORMS: readonly string[] = Object.keys(PLATFORMS);

const byName = new Map<string, [string, PlatformEntry]>(
	Object.entries(PLATFORMS).flatMap(([id, entry]) => [id, ...(entry.aliases ?? [])].map((name) => [name, [id, entry]] as const)),
);

// Decorative: the label next to it is the link's accessible name, so screen readers must not announce the icon too.
const svg = (glyph: string) =>
	`<svg class="pv-social-icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${glyph}</svg>`;

export interface SocialPlatform {
	/** The table's name for the platform (aliases resolved), or undefined when the table does not know it. */
	id: string | undefined;
	/** The platform's name in `lang`; for an unknown platform, the platform as the options write it. */
	label: string;
	/** An inline, decorative SVG (aria-hidden) drawn in the current text colour. */
	icon: string;
}

/** The icon and name of `social[].platform`, matched without regard to case; `lang` is a BCP 47 tag such as "zh-CN". */
export function socialPlatform(platform: string, lang: string): SocialPlatform {
	const written = platform.trim();
	const known = byName.get(written.toLowerCase());
	if (!known) return { id: undefined, label: written, icon: svg(GENERIC_GLYPH) };
	const [id, entry] = known;
	const language = lang.toLowerCase().split('-')[0];
	return { id, label: language === 'zh' ? entry.label.zh : entry.label.en, icon: svg(entry.glyph) };
}

/**
 * The inside of a social account's link, or of its QR code caption: the icon, then the organizer's label or, without
 * one, the platform's name. The icon is hidden from assistive technology, so the label alone names the link. One
 * string, so that no whitespace from a template's line breaks comes between icon and label.
 */
export function socialAccountHtml(platform: string, label: string | undefined, lang: string): string {
	const { icon, label: platformLabel } = socialPlatform(platform, lang);
	return `${icon}<span>${escapeMarkup(label || platformLabel)}</span>`;
}
