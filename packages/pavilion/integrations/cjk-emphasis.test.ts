import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { cjkEmphasisPlugin } from './cjk-emphasis.ts';

/** Markdown through the processor Astro uses (Sätteri), with or without the plugin. */
async function render(markdown: string, withPlugin = true): Promise<string> {
	const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: withPlugin ? [cjkEmphasisPlugin] : [] });
	return (await processor.render(markdown)).code.trim();
}

describe('CJK-friendly emphasis', () => {
	it.each([
		['**重要：**请提前预约', '<p><strong>重要：</strong>请提前预约</p>'],
		['观众须知**（务必携带证件）**请留意', '<p>观众须知<strong>（务必携带证件）</strong>请留意</p>'],
		['*注：*以现场公布为准', '<p><em>注：</em>以现场公布为准</p>'],
		['~~已取消：~~改期至五月', '<p><del>已取消：</del>改期至五月</p>'],
		// Japanese and Korean, where the same rules apply.
		['**会期は四日間です。**入場は無料です。', '<p><strong>会期は四日間です。</strong>入場は無料です。</p>'],
		['**박람회 기간(4일간)**동안 입장은 무료입니다.', '<p><strong>박람회 기간(4일간)</strong>동안 입장은 무료입니다.</p>'],
	])('renders %s', async (markdown, html) => {
		expect(await render(markdown, false)).not.toBe(html);
		expect(await render(markdown)).toBe(html);
	});

	it('works in headings, list items and around links', async () => {
		expect(await render('## **议程：**第一天')).toBe('<h2 id="议程第一天"><strong>议程：</strong>第一天</h2>');
		expect(await render('- **时间：**4月21日\n- **地点：**一号馆')).toBe(
			'<ul>\n<li><strong>时间：</strong>4月21日</li>\n<li><strong>地点：</strong>一号馆</li>\n</ul>',
		);
		expect(await render('**报名：**见[官网](https://expo.example.com/)')).toBe(
			'<p><strong>报名：</strong>见<a href="https://expo.example.com/">官网</a></p>',
		);
	});

	it('leaves what CommonMark already renders, tilde ranges and English alone', async () => {
		for (const markdown of ['**重要**：请提前预约', '展期5~10日，票价20~30元', '**Hall 8:**open', 'a * b 中文', 'file_name_中文'])
			expect(await render(markdown), markdown).toBe(await render(markdown, false));
	});

	it('never loses what cannot be parsed alone: a link defined elsewhere keeps its link', async () => {
		const html = await render('**注意：**见[说明][ref]\n\n[ref]: https://expo.example.com/rules');
		expect(html).toContain('<a href="https://expo.example.com/rules">说明</a>');
	});
});
