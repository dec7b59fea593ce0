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
];
