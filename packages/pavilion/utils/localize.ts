/** An organizer's text for one locale: the locale's own, else the default locale's. */
export function localize(value: string | Record<string, string> | undefined, locale: string, defaultLocale: string): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	return value[locale] ?? value[defaultLocale] ?? Object.values(value)[0] ?? '';
}
