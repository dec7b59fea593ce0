import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { articleProblemRecord } from './article-problems.ts';
import { addMarkdownPlugins } from './markdown-plugins.ts';

/** The theme's Markdown plugins, in the order the theme registers them. */
function themeMdastPlugins() {
	const processor = satteri();
	addMarkdownPlugins(
		{ processor } as unknown as AstroConfig['markdown'],
		new URL('file:///site/'),
		new URL('file:///site/public/'),
		articleProblemRecord(),
	);
	return processor.options.mdastPlugins;
}

const processors = new Map<boolean, ReturnType<typeof createSatteriMarkdownProcessor>>();
/** Markdown through Sätteri as Astro runs it, with the theme's mdast plugins or with none. */
async function render(markdown: string, withPlugins = true): Promise<string> {
	let processor = processors.get(withPlugins);
	if (!processor) {
		processor = createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: withPlugins ? themeMdastPlugins() : [] });
		processors.set(withPlugins, processor);
	}
	return (await (await processor).render(markdown)).code.trim();
}

describe('strikethrough by double tildes only', () => {
	it.each([
		['a range in a paragraph', '展期4月21日~24日，票价20~30元', '<p>展期4月21日~24日，票价20~30元</p>'],
		[
			'two ranges on one line, next to bold',
			'**展期：**4月21日~24日，**票价：**20~30元',
			'<p><strong>展期：</strong>4月21日~24日，<strong>票价：</strong>20~30元</p>',
		],
		// Digits on both sides: no CJK emphasis re-parse touches these, only this plugin.
		['a range of times in a paragraph', '开放时间9:00~17:00，票价20~30元', '<p>开放时间9:00~17:00，票价20~30元</p>'],
		['ranges inside bold', '**开放9:00~17:00，票价20~30元**', '<p><strong>开放9:00~17:00，票价20~30元</strong></p>'],
		['CJK ranges inside bold', '**4月21日~24日开放，9~17时**', '<p><strong>4月21日~24日开放，9~17时</strong></p>'],
		['bold between the tildes', '展期21~24日**免费**，25~26日收费', '<p>展期21~24日<strong>免费</strong>，25~26日收费</p>'],
		['English with spaces', 'Open 9 ~ 17, tickets 20~30 CNY~ish', '<p>Open 9 ~ 17, tickets 20~30 CNY~ish</p>'],
		['a single-tilde pair around a real deletion', '~原定~~五月~~改期~', '<p>~原定<del>五月</del>改期~</p>'],
	])('keeps the tildes of %s', async (_, markdown, html) => {
		expect(await render(markdown, false)).toContain('<del>');
		expect(await render(markdown)).toBe(html);
	});

	it('keeps the tildes in a heading, a table cell and a list item', async () => {
		const markdown = [
			'## 会期4月21日~24日，9~17时',
			'| 日期 | 票价 |\n| --- | --- |\n| 4月21日~24日 | 20~30元 |',
			'- 4月21日~24日，9~17时\n- 票价20~30元，学生5~10元',
		].join('\n\n');
		const html = await render(markdown);
		for (const part of [
			'>会期4月21日~24日，9~17时</h2>',
			'<td>4月21日~24日</td>\n<td>20~30元</td>',
			'<li>4月21日~24日，9~17时</li>\n<li>票价20~30元，学生5~10元</li>',
		])
			expect(html).toContain(part);
		expect(html).not.toContain('<del>');
		expect(await render(markdown, false)).toContain('<del>');
	});

	it('still strikes through between double tildes, next to Chinese too', async () => {
		expect(await render('~~真的删除~~，展期5~6日')).toBe('<p><del>真的删除</del>，展期5~6日</p>');
		expect(await render('原定~~4月1日~3日~~改期')).toBe('<p>原定<del>4月1日~3日</del>改期</p>');
		expect(await render('~~已取消：~~改期至五月')).toBe('<p><del>已取消：</del>改期至五月</p>');
	});

	it('leaves documents without a tilde, and full-width tildes, as Sätteri wrote them', async () => {
		for (const markdown of ['展期4月21日至24日', '票价20～30元，展期21日～24日'])
			expect(await render(markdown), markdown).toBe(await render(markdown, false));
	});

	it('works in MDX, inside a component too', async () => {
		const renderer = await satteri({ mdastPlugins: themeMdastPlugins() }).createMdxRenderer?.(
			{ syntaxHighlight: false },
			{ optimize: false },
		);
		const { code } =
			(await renderer?.process('<Note>\n展期4月21日~24日，票价20~30元\n</Note>\n\n~~真的删除~~与5~6日', '/site/x.mdx', {})) ?? {};
		expect(code).toMatch(/"展期4月21日",\s*"~",\s*"24日，票价20",\s*"~",\s*"30元"/);
		expect(code).toContain('_jsx(_components.del, { children: "真的删除" })');
		expect(code).not.toContain('children: "24日，票价20"');
	});
});
