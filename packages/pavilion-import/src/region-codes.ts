/**
 * A sheet's country or region cell as the ISO 3166 code an exhibitor entry holds: "CN", "中国",
 * "中国大陆", "Germany", "香港", "USA". Names are Node's own (Intl.DisplayNames, zh and en, long and
 * short forms), over every ISO 3166-1 code, so that no list of names is kept here to go stale; a
 * few forms registration forms use that ICU does not give are added by hand.
 */

/** Codes ICU names that ISO 3166-1 does not assign: reserved ones, the EU, the UN, Kosovo's user code. */
const NOT_ISO = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

/** Forms seen on Chinese and English registration forms that ICU's names do not cover. */
const ALIASES: Readonly<Record<string, string>> = {
	中国大陆: 'CN',
	大陆: 'CN',
	内地: 'CN',
	中华人民共和国: 'CN',
	'mainland china': 'CN',
	prc: 'CN',
	"people's republic of china": 'CN',
	中国香港: 'HK',
	'hong kong, china': 'HK',
	中国澳门: 'MO',
	'macau, china': 'MO',
	macau: 'MO',
	中国台湾: 'TW',
	'taiwan, china': 'TW',
	usa: 'US',
	'u.s.': 'US',
	'u.s.a.': 'US',
	'united states of america': 'US',
	'great britain': 'GB',
	korea: 'KR',
	'republic of korea': 'KR',
};

const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

let byName: Map<string, string> | undefined;
let codes: Set<string> | undefined;

/** Every ISO 3166-1 alpha-2 code: those ICU names under their own, current code, less the ones it names that ISO does not assign. */
export function isoRegionCodes(): Set<string> {
	if (codes) return codes;
	const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
	codes = new Set();
	for (let first = 65; first <= 90; first++)
		for (let second = 65; second <= 90; second++) {
			const code = String.fromCharCode(first, second);
			// A withdrawn code (BU, SU, YU) is named, but as the region that replaced it: it canonicalizes away.
			if (NOT_ISO.has(code) || !english.of(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
			codes.add(code);
		}
	return codes;
}

function names(): Map<string, string> {
	if (byName) return byName;
	byName = new Map(Object.entries(ALIASES).map(([name, code]) => [comparable(name), code]));
	for (const locale of ['zh', 'en'])
		for (const style of ['long', 'short'] as const) {
			const displayNames = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
			for (const code of isoRegionCodes()) {
				const name = displayNames.of(code);
				if (name && !byName.has(comparable(name))) byName.set(comparable(name), code);
			}
		}
	return byName;
}

/** The ISO 3166 code of a cell: a code in either case, or a name in Chinese or English; undefined when neither. */
export function regionCode(cell: string): string | undefined {
	const text = cell.normalize('NFKC').trim();
	if (/^[A-Za-z]{2}$/.test(text) && isoRegionCodes().has(text.toUpperCase())) return text.toUpperCase();
	return names().get(comparable(text));
}
