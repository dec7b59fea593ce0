import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { cjkEmphasisPlugin } from './cjk-emphasis.ts';

/**
 * Every rule of markdown-cjk-friendly's specification
 * (https://github.com/tats-u/markdown-cjk-friendly/blob/main/specification.md), each with sentences
 * of our own, rendered by Sätteri as Astro runs it: with the plugin, and with smart punctuation on
 * (Astro's default, and the theme's and demo's setting) or off.
 */

type SmartPunctuation = boolean | { quotes?: boolean; dashes?: boolean; ellipses?: boolean };

const processors = new Map<string, ReturnType<typeof createSatteriMarkdownProcessor>>();
async function render(
	markdown: string,
	{ plugin = true, smart = true }: { plugin?: boolean; smart?: SmartPunctuation } = {},
): Promise<string> {
	const key = JSON.stringify([plugin, smart]);
	let processor = processors.get(key);
	if (!processor) {
		processor = createSatteriMarkdownProcessor({
			syntaxHighlight: false,
			mdastPlugins: plugin ? [cjkEmphasisPlugin] : [],
			features: { smartPunctuation: smart },
		});
		processors.set(key, processor);
	}
	return (await (await processor).render(markdown)).code.trim();
}

/** [rule of the specification, Markdown, HTML by the rule, whether CommonMark alone renders it otherwise] */
type Case = readonly [rule: string, markdown: string, html: string, commonMarkDiffers: boolean];

const definitions: Case[] = [
	['CJK character: Han, East Asian Width W', '展会**（第七届）**开幕', '<p>展会<strong>（第七届）</strong>开幕</p>', true],
	['CJK character: kana, East Asian Width W', '会場は**「青潭」**です', '<p>会場は<strong>「青潭」</strong>です</p>', true],
	['CJK character: fullwidth forms, East Asian Width F', 'ＱＴＳＥ**(2027)**ｂ', '<p>ＱＴＳＥ<strong>(2027)</strong>ｂ</p>', true],
	['CJK character: halfwidth katakana, East Asian Width H', 'ﾃﾝｼﾞ**(Expo)**ｶｲ', '<p>ﾃﾝｼﾞ<strong>(Expo)</strong>ｶｲ</p>', true],
	['CJK character: Hangul syllables', '**박람회(expo)**에서 만나요', '<p><strong>박람회(expo)</strong>에서 만나요</p>', true],
	['CJK character: Hangul jamo of East Asian Width N', 'ᅡ**(moeum)**', '<p>ᅡ<strong>(moeum)</strong></p>', true],
	['CJK character: outside the BMP (CJK Extension B)', '𠀋**(异体字)**为准', '<p>𠀋<strong>(异体字)</strong>为准</p>', true],
	['CJK character: a CJK symbol that is also an emoji (U+3297) is CJK', 'Hall A**㊗**B', '<p>Hall A<strong>㊗</strong>B</p>', true],
	['CJK character: a CJK symbol that is also an emoji (U+3299) is CJK', 'Hall A**㊙**B', '<p>Hall A<strong>㊙</strong>B</p>', true],
	['CJK character: a CJK symbol that is also an emoji (U+1F202) is CJK', 'Hall A**🈂**B', '<p>Hall A<strong>🈂</strong>B</p>', true],
	['CJK character: a CJK symbol that is also an emoji (U+1F237) is CJK', 'Hall A**🈷**B', '<p>Hall A<strong>🈷</strong>B</p>', true],
	['CJK character: U+303D and U+3030 are CJK', 'Hall A**〽**B**〰**C', '<p>Hall A<strong>〽</strong>B<strong>〰</strong>C</p>', true],
	['CJK character: a default emoji presentation character is not CJK', 'Hall A**🎉**B', '<p>Hall A**🎉**B</p>', false],
	['CJK punctuation character: a non-CJK punctuation character outside the BMP is not CJK', 'Hall a**𝜵b**c', '<p>Hall a**𝜵b**c</p>', false],
	[
		'CJK sequence: a CJK character and a non-emoji general-use variation selector',
		'展馆︀**(Hall 8)**开放',
		'<p>展馆︀<strong>(Hall 8)</strong>开放</p>',
		true,
	],
	[
		'Ideographic variation selector: counts as preceded by CJK (left-flanking 2bδ)',
		'葛󠄀**(正式写法)**城',
		'<p>葛󠄀<strong>(正式写法)</strong>城</p>',
		true,
	],
	[
		'Unicode punctuation sequence: a full stop and a variation selector before `_` lets it open',
		'展会简称。︀_QTSE._',
		'<p>展会简称。︀<em>QTSE.</em></p>',
		true,
	],
	[
		'CJK ambiguous punctuation sequence: a curly quote and U+FE01 is CJK punctuation',
		'**“︁青潭”︁**Expo',
		'<p><strong>“︁青潭”︁</strong>Expo</p>',
		false,
	],
	[
		'CJK ambiguous punctuation sequence: a curly quote and U+FE00 is not (a non-CJK punctuation sequence)',
		'**“︀青潭”︀**Expo',
		'<p>**“︀青潭”︀**Expo</p>',
		true,
	],
	[
		'Non-CJK punctuation sequence: straight punctuation and a variation selector before `**`',
		'入场!︀**(免费)**请排队',
		'<p>入场!︀<strong>(免费)</strong>请排队</p>',
		true,
	],
];

const flanking: Case[] = [
	[
		'left-flanking (2a): followed by CJK punctuation, not non-CJK punctuation',
		'本届展会**「智能制造」**主题馆开放',
		'<p>本届展会<strong>「智能制造」</strong>主题馆开放</p>',
		true,
	],
	[
		'left-flanking (2bα): followed by non-CJK punctuation and preceded by whitespace',
		'展商 **(约1200家)** 到场',
		'<p>展商 <strong>(约1200家)</strong> 到场</p>',
		false,
	],
	[
		'left-flanking (2bβ): followed by non-CJK punctuation and preceded by non-CJK punctuation',
		'门票:**(免费)**,凭证入场',
		'<p>门票:<strong>(免费)</strong>,凭证入场</p>',
		false,
	],
	[
		'left-flanking (2bγ): followed by non-CJK punctuation and preceded by a CJK character',
		'参展商**(约1200家)**到场',
		'<p>参展商<strong>(约1200家)</strong>到场</p>',
		true,
	],
	[
		'left-flanking (2bδ): preceded by an ideographic variation selector',
		'禰󠄀**(正式写法)**字',
		'<p>禰󠄀<strong>(正式写法)</strong>字</p>',
		true,
	],
	['right-flanking (2a): preceded by CJK punctuation', '**重要提示：**请提前预约', '<p><strong>重要提示：</strong>请提前预约</p>', true],
	[
		'right-flanking (2bα): preceded by non-CJK punctuation and followed by whitespace',
		'**开幕(上午)** 请入场',
		'<p><strong>开幕(上午)</strong> 请入场</p>',
		false,
	],
	[
		'right-flanking (2bβ): preceded by non-CJK punctuation and followed by non-CJK punctuation',
		'**开幕(上午)**,请入场',
		'<p><strong>开幕(上午)</strong>,请入场</p>',
		false,
	],
	[
		'right-flanking (2bγ): preceded by non-CJK punctuation and followed by a CJK character',
		'**开幕式(上午九点)**请准时入场',
		'<p><strong>开幕式(上午九点)</strong>请准时入场</p>',
		true,
	],
	[
		'right-flanking: not preceded by a non-CJK punctuation sequence when the punctuation carries a variation selector',
		'**Hall(8)︀**Expo',
		'<p>**Hall(8)︀**Expo</p>',
		true,
	],
	['a single `*` follows the same flanking rules', '*说明：*以现场公布为准', '<p><em>说明：</em>以现场公布为准</p>', true],
	[
		'rule 2: `_` opens when also right-flanking but preceded by a Unicode punctuation sequence',
		'简体字。︀_Simplified._',
		'<p>简体字。︀<em>Simplified.</em></p>',
		true,
	],
	[
		'rule 6: `__` opens when also right-flanking but preceded by a Unicode punctuation sequence',
		'繁體字。︁__Traditional.__',
		'<p>繁體字。︁<strong>Traditional.</strong></p>',
		true,
	],
	['rules 2 and 6: a CJK character next to `_` changes nothing', '展会__开幕__了', '<p>展会__开幕__了</p>', false],
	[
		'rules 2 and 6: `__` closes before CJK punctuation as in CommonMark',
		'__注意__：请勿逆行',
		'<p><strong>注意</strong>：请勿逆行</p>',
		false,
	],
	['GFM strikethrough follows the same CJK-friendly flanking', '~~原定四月：~~改期至五月', '<p><del>原定四月：</del>改期至五月</p>', true],
	[
		'GFM strikethrough: punctuation and a variation selector before `~~` at the end of a line do not close it',
		'展期(~~四月)︁~~',
		'<p>展期(~~四月)︁~~</p>',
		true,
	],
];

describe('markdown-cjk-friendly specification, rule by rule', () => {
	it.each([...definitions, ...flanking])('%s', async (_rule, markdown, html, commonMarkDiffers) => {
		expect(await render(markdown)).toBe(html);
		expect(await render(markdown, { smart: false })).toBe(html);
		if (commonMarkDiffers) expect(await render(markdown, { plugin: false })).not.toBe(html);
		else expect(await render(markdown, { plugin: false })).toBe(html);
	});
});

describe('CJK-friendly emphasis with smart punctuation', () => {
	it.each([
		[
			'straight double quotes curled',
			'请注意**"安全第一"**的原则',
			'<p>请注意<strong>“安全第一”</strong>的原则</p>',
			'<p>请注意<strong>"安全第一"</strong>的原则</p>',
		],
		[
			'an apostrophe curled',
			"**John's 展位：**三号馆",
			'<p><strong>John’s 展位：</strong>三号馆</p>',
			"<p><strong>John's 展位：</strong>三号馆</p>",
		],
		[
			'three dots made an ellipsis',
			'**注意...**请勿拥挤',
			'<p><strong>注意…</strong>请勿拥挤</p>',
			'<p><strong>注意...</strong>请勿拥挤</p>',
		],
		[
			'two hyphens made an en dash',
			'**展期4--7日：**全天开放',
			'<p><strong>展期4–7日：</strong>全天开放</p>',
			'<p><strong>展期4--7日：</strong>全天开放</p>',
		],
		[
			'three hyphens made an em dash',
			'**开幕式---上午：**请入场',
			'<p><strong>开幕式—上午：</strong>请入场</p>',
			'<p><strong>开幕式---上午：</strong>请入场</p>',
		],
		[
			'a quote followed by a variation selector',
			'主办方强调**"绿色办展"︎**的理念',
			'<p>主办方强调<strong>“绿色办展”︎</strong>的理念</p>',
			'<p>主办方强调<strong>"绿色办展"︎</strong>的理念</p>',
		],
		[
			'single quotes around the emphasis',
			"嘉宾说**'欢迎'**大家",
			'<p>嘉宾说<strong>‘欢迎’</strong>大家</p>',
			"<p>嘉宾说<strong>'欢迎'</strong>大家</p>",
		],
		[
			'code left as written next to smartened text',
			'**展位号--A区：**`A--1`...请记好',
			'<p><strong>展位号–A区：</strong><code>A--1</code>…请记好</p>',
			'<p><strong>展位号--A区：</strong><code>A--1</code>...请记好</p>',
		],
	])('%s', async (_name, markdown, smartHtml, plainHtml) => {
		expect(await render(markdown)).toBe(smartHtml);
		expect(await render(markdown, { smart: false })).toBe(plainHtml);
	});

	it('follows the site’s choice of smart punctuation, part by part', async () => {
		expect(await render('**注意..."安全"--必读：**请', { smart: { quotes: false } })).toBe('<p><strong>注意…"安全"–必读：</strong>请</p>');
		expect(await render('**注意..."安全"--必读：**请', { smart: { ellipses: false, dashes: false } })).toBe(
			'<p><strong>注意...“安全”--必读：</strong>请</p>',
		);
	});
});

describe('CJK-friendly emphasis in every block that holds text', () => {
	it.each([
		[
			'a table cell',
			'| 项目 | 说明 |\n| --- | --- |\n| **时间：**4月21日 | **地点：**一号馆 |',
			'<td><strong>时间：</strong>4月21日</td>\n<td><strong>地点：</strong>一号馆</td>',
		],
		[
			'a table cell with an escaped pipe and quotes',
			'| 说明 |\n| --- |\n| **"通道"\\|A区：**请走东门 |',
			'<td><strong>“通道”|A区：</strong>请走东门</td>',
		],
		['a table header cell', '| **展区（一）**说明 | 备注 |\n| --- | --- |\n| 甲 | 乙 |', '<th><strong>展区（一）</strong>说明</th>'],
		[
			'a block quote continued lazily on the next line',
			'> **主办方：**青潭会展集团\n**承办方：**青潭市智能制造协会',
			'<blockquote>\n<p><strong>主办方：</strong>青潭会展集团\n<strong>承办方：</strong>青潭市智能制造协会</p>\n</blockquote>',
		],
		[
			'a block quote marked on every line',
			'> **主办方：**青潭会展集团\n> **承办方：**青潭市智能制造协会',
			'<blockquote>\n<p><strong>主办方：</strong>青潭会展集团\n<strong>承办方：</strong>青潭市智能制造协会</p>\n</blockquote>',
		],
		[
			'a list inside a block quote',
			'> - **时间：**4月21日\n>   **地点：**一号馆',
			'<blockquote>\n<ul>\n<li><strong>时间：</strong>4月21日\n<strong>地点：</strong>一号馆</li>\n</ul>\n</blockquote>',
		],
		[
			'a loose list item of two paragraphs',
			'1. **报名：**线上\n\n   **截止：**三月底',
			'<ol>\n<li>\n<p><strong>报名：</strong>线上</p>\n<p><strong>截止：</strong>三月底</p>\n</li>\n</ol>',
		],
		['an ATX heading', '## **议程：**第一天', '<h2 id="议程第一天"><strong>议程：</strong>第一天</h2>'],
		['a setext heading', '**议程：**第二天\n---', '<h2 id="议程第二天"><strong>议程：</strong>第二天</h2>'],
		[
			'a footnote definition',
			'见注释[^a]。\n\n[^a]: **说明：**以现场为准',
			'<p><strong>说明：</strong>以现场为准 <a href="#user-content-fnref-a"',
		],
	])('%s', async (_name, markdown, html) => {
		for (const smart of [true, false])
			expect(await render(markdown, { smart }), String(smart)).toContain(html.replace(/“|”/g, smart ? '$&' : '"'));
	});

	it('fixes several blocks of one document, parsed together without running into each other', async () => {
		const markdown = '- **甲：**一\n\n# **标题：**二\n\n  **乙：**三\n\n```\n**代码：**原样\n```\n\n> **丙：**四';
		expect(await render(markdown)).toBe(
			'<ul>\n<li><strong>甲：</strong>一</li>\n</ul>\n<h1 id="标题二"><strong>标题：</strong>二</h1>\n<p><strong>乙：</strong>三</p>\n<pre><code>**代码：**原样\n</code></pre>\n<blockquote>\n<p><strong>丙：</strong>四</p>\n</blockquote>',
		);
	});

	it('keeps links defined elsewhere, footnote references, images and inline HTML', async () => {
		const html = await render(
			'**注意：**见[参展须知][rules]和脚注[^1]，![展馆 "东"](hall.png)<br>**完**。\n\n[rules]: https://expo.example.com/rules\n[^1]: 详见官网',
		);
		for (const part of [
			'<p><strong>注意：</strong>见<a href="https://expo.example.com/rules">参展须知</a>和脚注<sup><a href="#user-content-fn-1"',
			'&quot;alt&quot;:&quot;展馆 “东”&quot;,&quot;src&quot;:&quot;hall.png&quot;',
			'<br><strong>完</strong>。</p>',
			'<li id="user-content-fn-1">',
		])
			expect(html).toContain(part);
	});

	it('strikes through by `~~` only, as the theme does (single-tilde.ts): a graft never strikes a range through again', async () => {
		const markdown = '**展期：**4月21日~24日，**票价：**20~30元';
		expect(await render(markdown, { plugin: false })).toContain('<del>');
		expect(await render(markdown)).toBe('<p><strong>展期：</strong>4月21日~24日，<strong>票价：</strong>20~30元</p>');
		expect(await render('**已取消：**~~原定~~五月')).toBe('<p><strong>已取消：</strong><del>原定</del>五月</p>');
	});

	it('fixes only the paragraphs that need it and leaves each other paragraph as Sätteri wrote it', async () => {
		const markdown = '第一段 *普通强调* 与 "引号"。\n\n**第二段：**需要修正\n\n第三段 **普通** 加粗';
		const [before, after] = await Promise.all([render(markdown, { plugin: false }), render(markdown)]);
		expect(after).toBe(before.replace('**第二段：**需要修正', '<strong>第二段：</strong>需要修正'));
	});

	it('works inside an MDX component, and leaves a paragraph holding one as Sätteri wrote it', async () => {
		const renderer = await satteri({ mdastPlugins: [cjkEmphasisPlugin] }).createMdxRenderer?.(
			{ syntaxHighlight: false },
			{ optimize: false },
		);
		const { code } =
			(await renderer?.process('<Note>\n**重要：**请携带证件\n</Note>\n\n**注意：**见 <Badge>新</Badge>', '/site/x.mdx', {})) ?? {};
		expect(code).toContain('_jsx(_components.strong, { children: "重要：" }), "请携带证件"');
		// Micromark without MDX reads `<Badge>` as HTML: the two parses differ in more than emphasis.
		expect(code).toContain('"**注意：**见 ", _jsx(Badge');
	});

	it('keeps inline HTML and braces as written', async () => {
		const markdown = '**注意：**请看<abbr>QTSE</abbr>{1+1}';
		expect(await render(markdown)).toBe('<p><strong>注意：</strong>请看<abbr>QTSE</abbr>{1+1}</p>');
	});
});
