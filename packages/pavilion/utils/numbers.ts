const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 7 → 七, 12 → 十二, 20 → 二十, 35 → 三十五, 108 → 一百零八: how Chinese writes an edition (第七届). */
export function chineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
	if (n < 10) return DIGITS[n]!;
	if (n < 100) {
		const tens = Math.floor(n / 10);
		const ones = n % 10;
		return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
	}
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	if (rest === 0) return `${DIGITS[hundreds]}百`;
	return `${DIGITS[hundreds]}百${rest < 10 ? '零' : ''}${rest < 20 && rest >= 10 ? '一' : ''}${chineseNumeral(rest)}`;
}

const ENGLISH_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** The number of an edition as the language writes it: 七 (第七届), 7th. */
export function editionNumber(n: number, lang: string): string {
	const tag = lang.toLowerCase();
	if (tag.startsWith('zh') || tag.startsWith('ja')) return chineseNumeral(n);
	if (tag.startsWith('en')) return `${n}${ENGLISH_SUFFIX[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
	return String(n);
}
