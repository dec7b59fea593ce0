/** A value as an error message quotes it: strings in quotes, dates in ISO form, long values cut. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
	const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
