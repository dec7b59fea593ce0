import { describe, expect, it } from 'vitest';
import { SURFACES, accentCss, accentTokens, contrast, mix } from './color.ts';

const BRANDS = ['#c8102e', '#ffcc00', '#00ff00', '#000080', '#0f5c6e', '#ff69b4', '#777777', '#000000', '#ffffff'];

describe('contrast', () => {
	it('matches the WCAG formula at its extremes', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#777777')).toBeCloseTo(1, 5);
	});
	it('mixes colours', () => {
		expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
	});
});

describe('accentTokens', () => {
	it.each(BRANDS)('keeps every text pairing at AA contrast for %s, in both schemes', (brand) => {
		const { light, dark } = accentTokens(brand);
		expect(contrast(light['--pv-on-accent']!, light['--pv-accent']!)).toBeGreaterThanOrEqual(4.5);
		for (const background of [...Object.values(SURFACES.light), light['--pv-accent-soft']!]) {
			expect(contrast(light['--pv-accent-text']!, background), `light text on ${background}`).toBeGreaterThanOrEqual(4.5);
		}
		expect(contrast(dark['--pv-on-accent']!, dark['--pv-accent']!)).toBeGreaterThanOrEqual(4.5);
		for (const background of [...Object.values(SURFACES.dark), dark['--pv-accent-soft']!]) {
			expect(contrast(dark['--pv-accent-text']!, background), `dark text on ${background}`).toBeGreaterThanOrEqual(4.5);
		}
	});
	it('leaves a dark enough brand colour as it is', () => {
		expect(accentTokens('#c8102e').light['--pv-accent']).toBe('#c8102e');
	});
	it('writes CSS for both schemes', () => {
		expect(accentCss('#c8102e')).toMatch(/^:root\{--pv-accent:#c8102e;.*\}:root\[data-scheme="dark"\]\{--pv-accent:#[0-9a-f]{6};/);
	});
});
