/** A value as an error message quotes it: strings in quotes, dates in ISO form, long values cut. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
	// JSON has no form for these (and throws on a bigint).
	if (typeof value === 'function') return 'a function';
	if (typeof value === 'symbol' || typeof value === 'bigint') return value.toString();
	const text = JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
