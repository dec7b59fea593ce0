const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text into HTML or XML, in element content and in quoted attributes alike. */
export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
