import { describe, expect, it } from 'vitest';
import { mayHoldStyleAttributes } from './style-attributes.ts';

const markdown = (body: string) => ({ body, filePath: 'site/articles/zh/a.md' });

describe('mayHoldStyleAttributes', () => {
	it('finds a style attribute however the tag is written', () => {
		expect(mayHoldStyleAttributes(markdown('<p style="color: red">红</p>'))).toBe(true);
		expect(mayHoldStyleAttributes(markdown('<p title="a > b"\n  STYLE = "color: red">红</p>'))).toBe(true);
		// A slash separates attributes as a space does, for the HTML parser.
		expect(mayHoldStyleAttributes(markdown('<p/style="color: red">红</p>'))).toBe(true);
	});

	it('counts an MDX body, or one it cannot read, as styled', () => {
		expect(mayHoldStyleAttributes({ body: '正文。', filePath: 'site/articles/zh/a.mdx' })).toBe(true);
		expect(mayHoldStyleAttributes({ filePath: 'site/articles/zh/a.md' })).toBe(true);
	});

	it('leaves a Markdown body without one alone', () => {
		expect(mayHoldStyleAttributes(markdown('正文，**加粗**。\n\n<table class="wide"><tr><td>1</td></tr></table>'))).toBe(false);
	});
});
