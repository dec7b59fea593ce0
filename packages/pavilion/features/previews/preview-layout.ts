import type { PreviewContent } from '../../utils/site-facts.ts';

type Style = Record<string, string | number>;

/** A node of the tree Takumi lays out and draws: a box of boxes, or a run of text (never markup). */
export type LayoutNode = BoxNode | { type: 'text'; text: string; style: Style };
interface BoxNode {
	type: 'container';
	lang?: string;
	style: Style;
	children: LayoutNode[];
}

const box = (style: Style, children: LayoutNode[]): BoxNode => ({ type: 'container', style, children });
const text = (style: Style, content: string): LayoutNode => ({ type: 'text', text: content, style });

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
const PADDING = { x: 72, y: 64 };
const INNER_WIDTH = PREVIEW_SIZE.width - 2 * PADDING.x;
const TOP_BAR = 44;
const BOTTOM_BAR = 38;
/**
 * Where the category and title go: between the fair's name on top and the dates at the bottom.
 * Every preview of a language has the same frame around it, so the frame is drawn once and each
 * article draws only this box (features/previews/preview-png.mjs puts the two together): half the
 * pixels, and none of the frame's text laid out again.
 */
export const TITLE_BOX = {
	left: PADDING.x,
	top: PADDING.y + TOP_BAR,
	width: INNER_WIDTH,
	height: PREVIEW_SIZE.height - 2 * PADDING.y - TOP_BAR - BOTTOM_BAR,
} as const;

/**
 * The image is drawn as white ink on black, and features/previews/preview-png.mjs maps each
 * pixel's amount of white onto the way from the brand colour to white: one byte a pixel, a
 * palette of 256 colours, and the same picture as drawing white on the brand colour would give.
 */
const INK = '#ffffff';
const PAPER = '#000000';
const MUTED = 'rgba(255, 255, 255, 0.82)';

/**
 * Noto Sans SC has no thin or narrow spaces, which Intl puts into date ranges ("April 21 – 24"):
 * the image shows them as plain spaces. Characters that draw nothing (zero-width space, soft
 * hyphen, joiners, variation selectors: Unicode's default-ignorable code points) are left out.
 */
const drawable = (line: string) => line.replace(/[\u2009\u200A\u202F]/g, ' ').replace(/\p{Default_Ignorable_Code_Point}/gu, '');

/** The lines of a preview that are the same for every article of a language. */
export type FrameContent = Omit<PreviewContent, 'title' | 'category'>;

/**
 * 1200×630, as link previews crop it: the fair on top, the article's title large in the middle
 * (three lines at most, an ellipsis after), the dates, venue and site at the bottom, white on the
 * brand colour. Titles are text from the organizer, laid out as text: nothing in them is read as markup.
 */
export function previewLayout(content: PreviewContent, fontFamily: string): LayoutNode {
	return frameAround(content, fontFamily, titleBox(content));
}

/** The whole image with the title box left empty. */
export function previewFrame(content: FrameContent, fontFamily: string): LayoutNode {
	return frameAround(content, fontFamily, box({ width: TITLE_BOX.width, height: TITLE_BOX.height, flexShrink: 0 }, []));
}

/** The title box alone, to be drawn at TITLE_BOX's size and placed at its corner. */
export function previewTitle(content: Pick<PreviewContent, 'lang' | 'category' | 'title'>, fontFamily: string): LayoutNode {
	const title = titleBox(content);
	return { ...title, lang: content.lang, style: { ...title.style, backgroundColor: PAPER, color: INK, fontFamily } };
}

function frameAround(content: FrameContent, fontFamily: string, middle: BoxNode): BoxNode {
	return {
		type: 'container',
		// Line breaking follows the language: Chinese breaks between characters, English between words.
		lang: content.lang,
		style: {
			width: PREVIEW_SIZE.width,
			height: PREVIEW_SIZE.height,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			padding: `${PADDING.y}px ${PADDING.x}px`,
			backgroundColor: PAPER,
			color: INK,
			fontFamily,
		},
		children: [
			text(
				{ height: TOP_BAR, fontSize: 30, fontWeight: 700, color: MUTED, whiteSpace: 'nowrap', overflow: 'hidden' },
				drawable(content.fair),
			),
			middle,
			box(
				{
					display: 'flex',
					justifyContent: 'space-between',
					width: INNER_WIDTH,
					height: BOTTOM_BAR,
					fontSize: 26,
					fontWeight: 400,
					color: MUTED,
					whiteSpace: 'nowrap',
				},
				[text({}, drawable(`${content.dates} · ${content.venue}`)), text({}, drawable(content.site))],
			),
		],
	};
}

/** Category over title, centred in the box as a block. */
function titleBox(content: Pick<PreviewContent, 'category' | 'title'>): BoxNode {
	return box(
		{
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'center',
			width: TITLE_BOX.width,
			height: TITLE_BOX.height,
			flexShrink: 0,
			overflow: 'hidden',
		},
		[
			text({ fontSize: 26, fontWeight: 400, color: MUTED, marginBottom: 16 }, drawable(content.category)),
			text(
				{
					display: 'block',
					width: TITLE_BOX.width,
					fontSize: 60,
					fontWeight: 700,
					lineHeight: 1.3,
					lineClamp: 3,
					textOverflow: 'ellipsis',
					overflow: 'hidden',
					// A word wider than the box (a long name, or words joined by zero-width spaces, which are left out) wraps inside it.
					wordBreak: 'break-word',
				},
				drawable(content.title),
			),
		],
	);
}

/** Every character a preview draws, for choosing the font files. */
export function previewText(content: PreviewContent): string {
	return drawable([content.fair, content.category, content.title, content.dates, content.venue, content.site, ' ·…'].join(''));
}
