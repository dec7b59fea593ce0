import { expect } from 'vitest';
import { zh, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';

/** Chinese emphasis: bold and italics by the markdown-cjk-friendly rules, wherever press staff put them. */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [
	{
		name: 'bold next to Chinese punctuation, quotes, table cells and a block quote continued over lines',
		why: 'CommonMark leaves the asterisks of `**注意：**请` as typed; Pavilion renders them as bold by the markdown-cjk-friendly specification, with Astro’s typographic quotes and ellipses, in every block that holds text.',
		area: 'Article bodies',
		setup: (root) =>
			zh(
				root,
				'cjk-bold.md',
				'title: 加粗测试\ndate: 2026-09-01',
				[
					'请注意**"安全第一"**的原则，**入场须知...**请勿拥挤。',
					'> **主办方：**青潭会展集团\n**承办方：**青潭市智能制造协会',
					"| 项目 | 说明 |\n| --- | --- |\n| **时间：**4月21日 | **John's 展位：**三号馆 |",
					'服务台标识A**㊗**B',
				].join('\n\n'),
			),
		check: (site) => {
			const prose = site.page('/news/cjk-bold/').querySelector('.pv-prose')?.innerHTML ?? '';
			for (const html of [
				'请注意<strong>“安全第一”</strong>的原则，<strong>入场须知…</strong>请勿拥挤。',
				'<p><strong>主办方：</strong>青潭会展集团\n<strong>承办方：</strong>青潭市智能制造协会</p>',
				'<td><strong>时间：</strong>4月21日</td>',
				'<td><strong>John’s 展位：</strong>三号馆</td>',
				'A<strong>㊗</strong>B',
			])
				expect(prose).toContain(html);
			expect(prose).not.toContain('**');
		},
	},
	{
		name: 'a single tilde is a range sign, not strikethrough; only `~~` strikes through',
		why: 'GFM, and Sätteri with it, strikes through between single tildes, so `4月21日~24日，票价20~30元` lost `24日，票价20` to a line through it. In Chinese `~` is the everyday range sign: Pavilion keeps single tildes as written and strikes through only between `~~`.',
		area: 'Article bodies',
		setup: (root) => {
			zh(
				root,
				'tilde-range-mdx.mdx',
				'title: 展期（MDX）\ndate: 2026-09-01',
				'开放时间9:00~17:00，票价20~30元。\n\n~~原定三月~~，现改期。',
			);
			zh(
				root,
				'tilde-range.md',
				'title: 展期与票价\ndate: 2026-09-01',
				[
					'## 会期4月21日~24日，9~17时',
					'展期4月21日~24日，票价20~30元。',
					'开放时间9:00~17:00，学生票10~15元。',
					'| 日期 | 票价 |\n| --- | --- |\n| 4月21日~24日 | 20~30元 |',
					'- **展期：**4月21日~24日，票价20~30元',
					'~~原定三月举办~~，现改期。',
				].join('\n\n'),
			);
		},
		check: (site) => {
			const mdx = site.page('/news/tilde-range-mdx/').querySelector('.pv-prose')?.innerHTML ?? '';
			expect(mdx).toContain('<p>开放时间9:00~17:00，票价20~30元。</p>');
			expect(mdx).toContain('<p><del>原定三月</del>，现改期。</p>');
			const prose = site.page('/news/tilde-range/').querySelector('.pv-prose')?.innerHTML ?? '';
			for (const html of [
				'会期4月21日~24日，9~17时',
				'<p>展期4月21日~24日，票价20~30元。</p>',
				'<p>开放时间9:00~17:00，学生票10~15元。</p>',
				'<td>4月21日~24日</td>',
				'<td>20~30元</td>',
				'<li><strong>展期：</strong>4月21日~24日，票价20~30元</li>',
				'<del>原定三月举办</del>，现改期。',
			])
				expect(prose).toContain(html);
			expect(prose.match(/<del>/g)).toHaveLength(1);
		},
	},
];
