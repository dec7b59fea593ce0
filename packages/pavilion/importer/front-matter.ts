import { Document, isSeq } from 'yaml';
import { IMPORTED_FROM } from './existing.ts';

/**
 * The front matter of an imported article, written by the YAML library: a title with quotes,
 * colons or a leading "【" comes back exactly as the old site wrote it, which hand-made YAML would
 * not guarantee. Dates are written as text: a day ("2026-08-12") or a time with the fair's
 * offset ("2026-08-12T09:30:00+08:00"). The first line records where the article came from.
 */
export interface ImportedFrontMatter {
	title: string;
	date: string;
	updated?: string | undefined;
	category: string;
	tags: string[];
	cover?: string | undefined;
	coverAlt?: string | undefined;
	author?: string | undefined;
	editor?: string | undefined;
	source?: { name: string; url?: string | undefined; title?: string | undefined } | undefined;
	draft: boolean;
}

export function frontMatterSource(data: ImportedFrontMatter, origin: string): string {
	const fields: Record<string, unknown> = {
		title: data.title,
		date: data.date,
		updated: data.updated,
		category: data.category,
		tags: data.tags.length ? data.tags : undefined,
		cover: data.cover,
		coverAlt: data.coverAlt,
		author: data.author,
		editor: data.editor,
		source: data.source && Object.fromEntries(Object.entries(data.source).filter(([, value]) => value !== undefined)),
		draft: data.draft || undefined,
	};
	const document = new Document(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
	const tags = document.get('tags', true);
	// Tags on one line, as the theme's own articles write them: tags: [展商报名, 机器人].
	if (isSeq(tags)) tags.flow = true;
	// A comment line cannot hold a line break: an address with one would end the comment early.
	const from = origin.replace(/[\r\n]+/g, ' ');
	return `---\n${IMPORTED_FROM}${from}\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
