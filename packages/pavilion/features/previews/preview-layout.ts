import type { PreviewContent } from '../../utils/site-facts.ts';

/** A node of the tree satori lays out: an element with inline styles, or text. */
export interface LayoutNode {
	type: 'div';
	props: { style: Record<string, string | number>; lang?: string; children?: (LayoutNode | string)[] | LayoutNode | string };
}

const div = (style: Record<string, string | number>, children: (LayoutNode | string)[] | string): LayoutNode => ({
	type: 'div',
	props: { style, children },
});

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
const PADDING = { x: 72, y: 64 };
const INNER_WIDTH = PREVIEW_SIZE.width - 2 * PADDING.x;
const TOP_BAR = 44;
const BOTTOM_BAR = 38;
/**
 * Where the category and title go: between the fair's name on top and the dates at the bottom.
 * Every preview of a language has the same frame around it, so the frame is laid out once and
 * each article lays out only this box (features/previews/preview-worker.mjs puts the two together).
 */
export const TITLE_BOX = {
	left: PADDING.x,
	top: PADDING.y + TOP_BAR,
	width: INNER_WIDTH,
	height: PREVIEW_SIZE.height - 2 * PADDING.y - TOP_BAR - BOTTOM_BAR,
} as const;

const MUTED = 'rgba(255, 255, 255, 0.82)';

/**
 * Noto Sans SC has no thin or narrow spaces, which Intl puts into date ranges ("April 21 – 24"),
 * and satori would draw each as a gap a whole em wide: the image shows them as plain spaces.
 * Characters that draw nothing (zero-width space, soft hyphen, joiners, variation selectors: Unicode's
 * default-ignorable code points) are left out: satori shapes a run of them alone, HarfBuzz removes
 * them, and satori fails on the empty result with "Unexpected end of JSON input".
 */
const drawable = (text: string) => text.replace(/[\u2009\u200A\u202F]/g, ' ').replace(/\p{Default_Ignorable_Code_Point}/gu, '');

/** The lines of a preview that are the same for every article of a language. */
export type FrameContent = Omit<PreviewContent, 'title' | 'category'>;

/**
 * 1200×630, as link previews crop it: the fair on top, the article's title large in the middle
 * (three lines at most), the dates, venue and site at the bottom, white on the brand colour.
 * Titles are text from the organizer, laid out as text: nothing in them is read as markup.
 */
export function previewLayout(content: PreviewContent, fontFamily: string): LayoutNode {
	return frameAround(content, fontFamily, titleBox(content));
}

/** The whole image with the title box left empty. */
export function previewFrame(content: FrameContent, fontFamily: string): LayoutNode {
	return frameAround(content, fontFamily, div({ display: 'flex', width: TITLE_BOX.width, height: TITLE_BOX.height }, []));
}

/** The title box alone, to be laid out at TITLE_BOX's size and placed at its corner. */
export function previewTitle(content: Pick<PreviewContent, 'lang' | 'category' | 'title'>, fontFamily: string): LayoutNode {
	const box = titleBox(content);
	return { ...box, props: { ...box.props, lang: content.lang, style: { ...box.props.style, fontFamily, color: '#ffffff' } } };
}

function frameAround(content: FrameContent, fontFamily: string, middle: LayoutNode): LayoutNode {
	return {
		type: 'div',
		props: {
			lang: content.lang,
			style: {
				// Satori adds the padding to the size: the inner width and height plus twice the padding make 1200 × 630.
				width: INNER_WIDTH,
				height: PREVIEW_SIZE.height - 2 * PADDING.y,
				display: 'flex',
				flexDirection: 'column',
				padding: `${PADDING.y}px ${PADDING.x}px`,
				background: content.background,
				color: '#ffffff',
				fontFamily,
			},
			children: [
				div({ display: 'flex', height: TOP_BAR, fontSize: 30, fontWeight: 700, color: MUTED }, drawable(content.fair)),
				middle,
				div(
					{
						display: 'flex',
						justifyContent: 'space-between',
						width: INNER_WIDTH,
						height: BOTTOM_BAR,
						fontSize: 26,
						fontWeight: 400,
						color: MUTED,
					},
					[div({ display: 'flex' }, drawable(`${content.dates} · ${content.venue}`)), div({ display: 'flex' }, drawable(content.site))],
				),
			],
		},
	};
}

/** Category over title, centred in the box as a block. */
function titleBox(content: Pick<PreviewContent, 'category' | 'title'>): LayoutNode {
	return div({ display: 'flex', flexDirection: 'column', justifyContent: 'center', width: TITLE_BOX.width, height: TITLE_BOX.height }, [
		div({ display: 'flex', fontSize: 26, fontWeight: 400, color: MUTED, marginBottom: 16 }, drawable(content.category)),
		div(
			{
				display: 'block',
				width: TITLE_BOX.width,
				fontSize: 60,
				fontWeight: 700,
				lineHeight: 1.3,
				lineClamp: 3,
				// A word wider than the box (a long name, or words joined by zero-width spaces, which are left out) wraps inside it.
				wordBreak: 'break-word',
			},
			drawable(content.title),
		),
	]);
}

/** Every character a preview draws, for cutting the font down. */
export function previewText(content: PreviewContent): string {
	return drawable([content.fair, content.category, content.title, content.dates, content.venue, content.site, ' ·…'].join(''));
}
