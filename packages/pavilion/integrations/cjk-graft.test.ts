import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { graftedChildren } from './cjk-graft.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });

describe('grafting the CJK-friendly parse onto Sätteri’s', () => {
	it('takes the emphasis of the re-parse and the typographic characters Sätteri wrote', () => {
		const written = [text('请注意**“安全第一”…**的原则')];
		const reparsed = [text('请注意'), strong(text('"安全第一"...')), text('的原则')];
		expect(graftedChildren(written, reparsed)).toEqual([text('请注意'), strong(text('“安全第一”…')), text('的原则')]);
	});

	it('takes dashes and apostrophes, and keeps delimiters the CJK-friendly rules leave as text', () => {
		const written = [text('**John’s 展位–A：**三号馆 *')];
		const reparsed = [strong(text("John's 展位--A：")), text('三号馆 *')];
		expect(graftedChildren(written, reparsed)).toEqual([strong(text('John’s 展位–A：')), text('三号馆 *')]);
	});

	it('changes nothing when the two already agree', () => {
		expect(graftedChildren([strong(text('重要')), text('：请')], [strong(text('重要')), text('：请')])).toBeUndefined();
	});

	it('changes nothing when the two differ in more than emphasis: a link, code, a character', () => {
		const written = [text('**注意：**见'), link('https://expo.example.com/a', text('官网'))];
		expect(
			graftedChildren(written, [strong(text('注意：')), text('见'), link('https://expo.example.com/b', text('官网'))]),
		).toBeUndefined();
		expect(graftedChildren([text('**注意：**请')], [strong(text('注意：')), { type: 'inlineCode', value: '请' }])).toBeUndefined();
		expect(graftedChildren([text('**注意：**请')], [strong(text('注意：')), text('靖')])).toBeUndefined();
		// An ellipsis in code is code: smart punctuation never wrote it.
		expect(
			graftedChildren(
				[text('**注意：**'), { type: 'inlineCode', value: '…' }],
				[strong(text('注意：')), { type: 'inlineCode', value: '...' }],
			),
		).toBeUndefined();
	});

	it('changes nothing in content it does not know (inline MDX)', () => {
		const jsx = { type: 'mdxJsxTextElement', name: 'Badge', attributes: [], children: [] } as unknown as PhrasingContent;
		expect(graftedChildren([text('**注意：**'), jsx], [strong(text('注意：')), { type: 'html', value: '<Badge />' }])).toBeUndefined();
	});
});
