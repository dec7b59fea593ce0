/** The headings Astro reports for a rendered article: depth, id and text. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocSection extends Heading {
	/** Its subsections (level 3 headings). */
	children: Heading[];
}

/** A table of contents is worth its space from this many sections on. */
export const TOC_MIN_SECTIONS = 3;

/**
 * Sections (level 2) with their subsections (level 3). Deeper headings are left out, and a level 3
 * heading before the first section has no section to sit in, so it is left out too.
 */
export function tableOfContents(headings: readonly Heading[]): TocSection[] {
	const sections: TocSection[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) sections.push({ ...heading, children: [] });
		else if (heading.depth === 3) sections.at(-1)?.children.push(heading);
	}
	return sections;
}

export function wantsTableOfContents(headings: readonly Heading[]): boolean {
	return headings.filter((heading) => heading.depth === 2).length >= TOC_MIN_SECTIONS;
}
