/**
 * From one brand colour, the theme's accent tokens for the light and dark schemes, adjusted in
 * lightness until every pairing the theme uses meets WCAG AA (4.5:1 for text).
 */
type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
	const digits = hex.replace('#', '');
	const full = digits.length === 3 ? digits.replace(/./g, (digit) => digit + digit) : digits;
	return [0, 2, 4].map((index) => Number.parseInt(full.slice(index, index + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
	return `#${rgb
		.map((channel) =>
			Math.round(Math.min(255, Math.max(0, channel)))
				.toString(16)
				.padStart(2, '0'),
		)
		.join('')}`;
}

function luminance([r, g, b]: Rgb): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: string, b: string): number {
	const [high, low] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

/** `amount` of `b` mixed into `a` (0 = a, 1 = b). */
export function mix(a: string, b: string, amount: number): string {
	const [from, to] = [parseHex(a), parseHex(b)];
	return toHex(from.map((channel, index) => channel + (to[index]! - channel) * amount) as Rgb);
}

/** Move `color` toward `toward` (black or white) in small steps until it contrasts enough with every background. */
function until(color: string, toward: string, against: string[], ratio = 4.5): string {
	for (let step = 0; step <= 40; step++) {
		const candidate = mix(color, toward, step / 40);
		if (against.every((background) => contrast(candidate, background) >= ratio)) return candidate;
	}
	return toward;
}

/** The theme's own light and dark surfaces (styles/tokens.css), which accent text must read against. */
export const SURFACES = {
	light: { bg: '#f7f6f2', surface: '#ffffff', muted: '#efede6' },
	dark: { bg: '#0f1417', surface: '#161d21', muted: '#1c252a' },
} as const;

export interface AccentTokens {
	light: Record<string, string>;
	dark: Record<string, string>;
}

export function accentTokens(brand: string): AccentTokens {
	const { light, dark } = SURFACES;
	// Light scheme: white text on the accent, accent text on the light surfaces and on its soft tint.
	const lightAccent = until(brand, '#000000', ['#ffffff']);
	const lightSoft = mix(brand, '#ffffff', 0.88);
	const lightText = until(lightAccent, '#000000', [light.bg, light.surface, light.muted, lightSoft]);
	// Dark scheme: dark text on a lighter accent, light accent text on the dark surfaces.
	const darkAccent = until(brand, '#ffffff', [dark.bg, dark.surface]);
	const darkOnAccent = until(mix(darkAccent, '#000000', 0.8), '#000000', [darkAccent]);
	const darkSoft = mix(brand, dark.bg, 0.78);
	const darkText = until(darkAccent, '#ffffff', [dark.bg, dark.surface, dark.muted, darkSoft]);
	return {
		light: {
			'--pv-accent': lightAccent,
			'--pv-on-accent': '#ffffff',
			'--pv-accent-text': lightText,
			'--pv-accent-soft': lightSoft,
			'--pv-link': lightText,
		},
		dark: {
			'--pv-accent': darkAccent,
			'--pv-on-accent': darkOnAccent,
			'--pv-accent-text': darkText,
			'--pv-accent-soft': darkSoft,
			'--pv-link': darkText,
		},
	};
}

/** The tokens as CSS for <head>: the light values on :root, the dark ones for the dark scheme (styles/tokens.css). */
export function accentCss(brand: string): string {
	const { light, dark } = accentTokens(brand);
	const declarations = (tokens: Record<string, string>) =>
		Object.entries(tokens)
			.map(([name, value]) => `${name}:${value}`)
			.join(';');
	return `:root{${declarations(light)}}:root[data-scheme="dark"]{${declarations(dark)}}`;
}
