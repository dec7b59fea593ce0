import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { KNOWN_SOCIAL_PLATFORMS, socialAccountHtml, socialPlatform } from './social-platforms.ts';

describe('socialPlatform', () => {
	it('names a known platform in the page language, whatever its case', () => {
		expect(socialPlatform('wechat', 'zh-CN')).toMatchObject({ id: 'wechat', label: '微信' });
		expect(socialPlatform('WeChat', 'en')).toMatchObject({ id: 'wechat', label: 'WeChat' });
		expect(socialPlatform(' Weibo ', 'zh-Hant-TW').label).toBe('微博');
		expect(socialPlatform('DOUYIN', 'zh').label).toBe('抖音');
		expect(socialPlatform('xiaohongshu', 'zh-CN').label).toBe('小红书');
		expect(socialPlatform('linkedin', 'zh-CN').label).toBe('领英');
		expect(socialPlatform('LinkedIn', 'en-GB').label).toBe('LinkedIn');
	});
	it('falls back to the English name in other languages', () => {
		expect(socialPlatform('bilibili', 'ja').label).toBe('Bilibili');
		expect(socialPlatform('wechat', 'de').label).toBe('WeChat');
	});
	it('knows other spellings of the same platform', () => {
		expect(socialPlatform('Twitter', 'en')).toEqual(socialPlatform('x', 'en'));
		expect(socialPlatform('weixin', 'zh-CN')).toEqual(socialPlatform('wechat', 'zh-CN'));
		expect(socialPlatform('RedNote', 'en')).toMatchObject({ id: 'xiaohongshu', label: 'RedNote' });
	});
	it('gives an unknown platform a generic link icon and its own name, as written', () => {
		const unknown = socialPlatform(' Mastodon ', 'zh-CN');
		expect(unknown).toMatchObject({ id: undefined, label: 'Mastodon' });
		expect(unknown.icon).toBe(socialPlatform('threads', 'en').icon);
		for (const id of KNOWN_SOCIAL_PLATFORMS) expect(socialPlatform(id, 'en').icon, id).not.toBe(unknown.icon);
	});
	it('draws every icon as decorative, well-formed SVG in the text colour, with no text of its own', () => {
		for (const id of [...KNOWN_SOCIAL_PLATFORMS, 'unknown']) {
			const { icon } = socialPlatform(id, 'en');
			expect(() => SyntaxValidator.validate(icon), id).not.toThrow();
			expect(icon).toMatch(/^<svg [^>]*aria-hidden="true"[^>]*viewBox="0 0 20 20"|^<svg [^>]*viewBox="0 0 20 20"[^>]*aria-hidden="true"/);
			expect(icon).toContain('currentColor');
			expect(icon).not.toMatch(/#[0-9a-f]{3,6}\b|<text|<title/i);
			// Any text inside would join the link's accessible name, which must be the label alone.
			expect(icon.replace(/<[^>]*>/g, '')).toBe('');
		}
	});
	it('covers the platforms the options reference names', () => {
		for (const id of [
			'wechat',
			'weibo',
			'douyin',
			'bilibili',
			'xiaohongshu',
			'toutiao',
			'linkedin',
			'x',
			'facebook',
			'youtube',
			'instagram',
		]) {
			expect(KNOWN_SOCIAL_PLATFORMS).toContain(id);
		}
	});
});

describe('socialAccountHtml', () => {
	/** What assistive technology reads as the link's name: text outside aria-hidden elements. */
	const accessibleName = (html: string) => html.replace(/<svg[^>]*aria-hidden="true"[^>]*>.*?<\/svg>/g, '').replace(/<[^>]*>/g, '');

	it("shows the platform's icon, then the organizer's label, which alone names the link", () => {
		const html = socialAccountHtml('weibo', '官方微博', 'zh-CN');
		expect(html.startsWith(socialPlatform('weibo', 'zh-CN').icon)).toBe(true);
		expect(accessibleName(html)).toBe('官方微博');
	});
	it("names the platform in the page's language when the account has no label", () => {
		expect(accessibleName(socialAccountHtml('WeChat', undefined, 'zh-CN'))).toBe('微信');
		expect(accessibleName(socialAccountHtml('WeChat', '', 'en'))).toBe('WeChat');
		expect(accessibleName(socialAccountHtml('Mastodon', undefined, 'en'))).toBe('Mastodon');
		expect(socialAccountHtml('Mastodon', undefined, 'en')).toContain(socialPlatform('other', 'en').icon);
	});
	it('escapes the label', () => {
		expect(socialAccountHtml('x', 'R&D <news>', 'en')).toContain('<span>R&amp;D &lt;news&gt;</span>');
	});
	it('leaves no whitespace between icon and label', () => {
		expect(socialAccountHtml('linkedin', 'LinkedIn', 'en')).toMatch(/<\/svg><span>LinkedIn<\/span>$/);
	});
});
