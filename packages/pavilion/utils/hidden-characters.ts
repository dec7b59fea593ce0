/**
 * Characters in the organizer's text that a reader cannot see. Control characters and the
 * bidirectional embeddings, overrides and isolates change what a line shows without showing
 * themselves (U+202E turns the rest of a headline backwards), so text holding one is refused.
 * Zero-width spaces and soft hyphens are ordinary in text, and only break lines: they are kept.
 */
// Control characters are what this pattern is for. Tab, line feed and carriage return are ordinary in a summary.
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const BIDI_NAMES: Readonly<Record<number, string>> = {
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate',
};

/** "U+202E", as Unicode charts name a character. */
export const codePointOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` cannot be shown as written, or undefined when it can. */
export function hiddenCharacterProblem(text: string): string | undefined {
	const found = REFUSED.exec(text);
	if (!found) return undefined;
	const char = found[0];
	const position = Array.from(text.slice(0, found.index)).length + 1;
	const bidi = BIDI_NAMES[char.codePointAt(0)!];
	const what = bidi
		? `the invisible ${bidi} character ${codePointOf(char)}, which reorders the text around it on screen`
		: `the control character ${codePointOf(char)}, which no screen shows`;
	return `holds ${what}, at character ${String(position)}; expected text without control characters (delete it, or retype the text around it)`;
}

/**
 * Whether a reader sees anything of `text`: a title of soft hyphens or zero-width spaces alone is
 * as empty as no title. (Default-ignorable code points are those Unicode says draw nothing.)
 */
export function hasVisibleCharacter(text: string): boolean {
	return /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u.test(text);
}
