/** A value as an error message quotes it: strings in quotes, dates in ISO form, long values cut. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
	// JSON has no form for these (and throws on a bigint).
	if (typeof value === 'function') return 'a function';
	if (typeof value === 'symbol' || typeof value === 'bigint') return value.toString();
	// Characters that draw nothing or reorder a line are written as escapes, so the message shows where they are.
	const text = JSON.stringify(value).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu, (char) => {
		const code = char.codePointAt(0)!.toString(16);
		return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, '0')}`;
	});
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
