/**
 * The 来源 (source) block of a reprinted article, as data: the page, the feed and the structured
 * data all render this one structure, so they say the same thing.
 */
export interface ArticleSource {
	/** The original publisher. */
	name: string;
	url?: string | undefined;
	/** The original headline. */
	title?: string | undefined;
	author?: string | undefined;
}

export interface AttributionLine {
	kind: 'source' | 'originalTitle' | 'originalAuthor' | 'editor';
	/** "来源：", "原标题：" …; the editor line has none (its text is a whole sentence). */
	label?: string | undefined;
	text: string;
	/** The link to the original: on its title when the title is known, else on the publisher's name. */
	href?: string | undefined;
	/** The text is the title of a work (rendered in <cite>). */
	cite: boolean;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function attributionLines(source: ArticleSource | undefined, editor: string | undefined, t: Translate): AttributionLine[] {
	const lines: AttributionLine[] = [];
	if (source) {
		const linkOnTitle = Boolean(source.url && source.title);
		lines.push({ kind: 'source', label: t('article.source'), text: source.name, href: linkOnTitle ? undefined : source.url, cite: false });
		if (source.title)
			lines.push({ kind: 'originalTitle', label: t('article.originalTitle'), text: source.title, href: source.url, cite: true });
		if (source.author) lines.push({ kind: 'originalAuthor', label: t('article.originalAuthor'), text: source.author, cite: false });
	}
	if (editor) lines.push({ kind: 'editor', text: t('article.editor', { name: editor }), cite: false });
	return lines;
}
