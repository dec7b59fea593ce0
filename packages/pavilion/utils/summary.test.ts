import { describe, expect, it } from 'vitest';
import { displayWidth, markdownToText, summarize } from './summary.ts';

describe('markdownToText', () => {
	it('drops markup, imports, components, images and link targets', () => {
		const source = [
			"import Callout from 'astro-pavilion/components/Callout.astro';",
			'',
			'## 展会概况',
			'',
			'第七届**青潭智博会**将于[明年四月](/news/dates/)举办。',
			'',
			'![展馆](../../images/floorplan.png "展馆平面图")',
			'',
			'<KeyFacts items={[{ label: "展期", value: "4天" }]} />',
			'',
			'| a | b |',
			'| --- | --- |',
			'| 1 | 2 |',
		].join('\n');
		const text = markdownToText(source);
		expect(text).toContain('展会概况 第七届青潭智博会将于明年四月举办。');
		expect(text).not.toMatch(/import|\*\*|\]\(|KeyFacts|floorplan|---/);
	});
});

describe('markdownToText and raw HTML', () => {
	it('leaves out HTML comments, in blocks and inline, closed or running to the end', () => {
		const source = [
			'<!-- TODO 核实展商数量 -->',
			'',
			'开幕式<!-- 内部备注 -->今天举行。',
			'',
			'- 列表项 <!-- 列表备注 -->',
			'',
			'> 引文 <!-- 引文备注 -->',
			'',
			'结尾。',
			'',
			'<!-- 未闭合的备注',
			'',
			'其后全是备注',
		].join('\n');
		const text = markdownToText(source);
		expect(text).toBe('开幕式今天举行。 列表项 引文 结尾。');
	});
	it('reads raw HTML as a browser shows it: no <style>, <script> or hidden elements', () => {
		const text = markdownToText('<style>.x{color:red}</style>\n\n<div hidden>隐藏</div>\n\n<p>可见 &amp; 正文</p>\n');
		expect(text).toBe('可见 & 正文');
	});
	it('reads a line of inline HTML whole, so that hidden, template and noscript text stays out, code spans stay in', () => {
		expect(markdownToText('开幕<span hidden>甲</span>今天<template>乙</template><noscript>丙</noscript>举行 `a&b`。')).toBe(
			'开幕今天举行 a&b。',
		);
		expect(markdownToText('**<span style="display:none">丁</span>展位**已满。')).toBe('展位已满。');
	});
	it('drops an MDX comment whole, braces inside included', () => {
		expect(markdownToText('第一段。\n\n{/* 问 {客户} 价格 */}\n\n第二段。')).toBe('第一段。 第二段。');
	});
	it('keeps a comment written as code, since readers see it', () => {
		expect(markdownToText('写 `<!-- x -->` 即可。')).toBe('写 <!-- x --> 即可。');
	});
});

describe('summarize', () => {
	it('counts a CJK character as two columns', () => {
		expect(displayWidth('展会ab')).toBe(6);
	});
	it('ends Chinese summaries at a full stop when one fits', () => {
		const text = '第七届青潭国际智能装备博览会展商报名今天正式启动。'.repeat(3) + '其余内容。'.repeat(30);
		const summary = summarize(text, 120);
		expect(summary.endsWith('。')).toBe(true);
		expect(displayWidth(summary)).toBeLessThanOrEqual(120);
	});
	it('cuts English at a word boundary with an ellipsis when no sentence fits', () => {
		const summary = summarize('word '.repeat(100).trim(), 50);
		expect(summary).toMatch(/^(word )+word…$/);
		expect(displayWidth(summary)).toBeLessThanOrEqual(50);
	});
	it('returns short text unchanged', () => {
		expect(summarize('短。')).toBe('短。');
	});
});
