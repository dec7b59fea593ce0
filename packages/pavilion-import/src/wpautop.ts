/**
 * WordPress's paragraph rule (wpautop, wp-includes/formatting.php), for posts written in the
 * classic editor: their content is stored without <p>, and WordPress makes a paragraph of each
 * run of text between blank lines, and a <br /> of each single line break, when it shows a post.
 * Converting the stored text without this rule would run all paragraphs of a post into one.
 * This follows WordPress's steps closely; what it leaves out (newlines inside <object>, <option>
 * and <svg>) does not occur in news posts.
 */
const ALL_BLOCKS =
	'(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

export function wpautop(content: string, br = true): string {
	if (content.trim() === '') return '';
	let text = `${content}\n`;

	// <pre> keeps its line breaks: set it aside.
	const pres: string[] = [];
	text = text.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => {
		pres.push(pre);
		return `<pre wp-pre-tag-${pres.length - 1}></pre>`;
	});

	text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
	// Space around block-level tags, so that they are never inside a paragraph.
	text = text.replace(new RegExp(`(<${ALL_BLOCKS}[\\s/>])`, 'gi'), '\n\n$1');
	text = text.replace(new RegExp(`(</${ALL_BLOCKS}>)`, 'gi'), '$1\n\n');
	text = text.replace(/<hr\s*?\/?>/gi, '<hr />\n\n');
	text = text.replace(/\r\n|\r/g, '\n');
	// No paragraphs inside <option> or around <param> and <source>.
	text = text.replace(/\s*<option/g, '<option').replace(/<\/option>\s*/g, '</option>');
	text = text.replace(/\s*(<(?:param|source|track)[^>]*>)\s*/g, '$1');
	text = text.replace(/\n\n+/g, '\n\n');

	const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
	text = paragraphs.map((paragraph) => `<p>${paragraph.replace(/^\n*|\n*$/g, '')}</p>\n`).join('');

	text = text.replace(/<p>\s*<\/p>/g, '');
	text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
	text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');
	text = text.replace(/<p>(<li.+?)<\/p>/g, '$1');
	text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
	text = text.replace(/<\/blockquote><\/p>/g, '</p></blockquote>');
	text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)`, 'gi'), '$1');
	text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');

	if (br) {
		// A single line break inside a paragraph is a <br />, except next to a block tag.
		text = text.replace(/<(script|style)[\s\S]*?<\/\1>/g, (block) => block.replace(/\n/g, '<WPPreserveNewline />'));
		text = text.replace(/<br>|<br\/>/g, '<br />');
		text = text.replace(/(<br \/>)?\s*\n/g, (match, existing: string | undefined) => (existing ? match : '<br />\n'));
		text = text.replace(/<WPPreserveNewline \/>/g, '\n');
	}
	text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*<br />`, 'gi'), '$1');
	text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
	text = text.replace(/\n<\/p>$/g, '</p>');

	return text.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_match, index: string) => pres[Number(index)] ?? '');
}
