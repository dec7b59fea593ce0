import type { PreviewContent } from '../utils/site-facts.ts';

/** A node of the tree satori lays out: an element with inline styles, or text. */
export interface LayoutNode {
	type: 'div';
	props: { style: Record<string, string | number>; lang?: string; children?: (LayoutNode | string)[] | LayoutNode | string };
}

const div = (style: Record<string, string | number>, children: (LayoutNode | string)[] | string): LayoutNode => ({
	type: 'div',
	props: { style, children },
});

/**
 * 1200×630, as link previews crop it: the fair on top, the article's title large in the middle
 * (three lines at most), the dates, venue and site at the bottom, white on the brand colour.
 * Titles are text from the organizer, laid out as text: nothing in them is read as markup.
 */
export function previewLayout(content: PreviewContent, fontFamily: string): LayoutNode {
	const muted = 'rgba(255, 255, 255, 0.82)';
	return {
		type: 'div',
		props: {
			lang: content.lang,
			style: {
				// Satori adds the padding to the size: 1056 + 2 × 72 by 502 + 2 × 64 makes 1200 × 630.
				width: 1056,
				height: 502,
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'space-between',
				padding: '64px 72px',
				background: content.background,
				color: '#ffffff',
				fontFamily,
			},
			children: [
				div({ display: 'flex', fontSize: 30, fontWeight: 700, color: muted }, content.fair),
				div({ display: 'flex', flexDirection: 'column', width: 1056 }, [
					div({ display: 'flex', fontSize: 26, fontWeight: 400, color: muted, marginBottom: 16 }, content.category),
					div({ display: 'block', width: 1056, fontSize: 60, fontWeight: 700, lineHeight: 1.3, lineClamp: 3 }, content.title),
				]),
				div({ display: 'flex', justifyContent: 'space-between', width: 1056, fontSize: 26, fontWeight: 400, color: muted }, [
					div({ display: 'flex' }, `${content.dates} · ${content.venue}`),
					div({ display: 'flex' }, content.site),
				]),
			],
		},
	};
}

/** Every character a preview draws, for cutting the font down. */
export function previewText(content: PreviewContent): string {
	return [content.fair, content.category, content.title, content.dates, content.venue, content.site, ' ·…'].join('');
}
