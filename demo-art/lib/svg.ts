// SVG primitives: one small helper per shape type, plus gradients, transforms and the document around them.
// Every helper returns SVG markup (or an attribute value) as a string.

// The font of text(). With other fonts installed, the pictures with text can come out different (see demo-art/README.md).
const FONT = 'DejaVu Sans, Liberation Sans, sans-serif';

export type Pt = readonly [number, number];
export type Attrs = Record<string, string | number | undefined>;
export type Stop = readonly [offset: number, color: string, opacity?: number];

export function num(n: number): string {
	return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

export function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function attrs(a: Attrs): string {
	let out = '';
	for (const [k, v] of Object.entries(a)) {
		if (v === undefined) continue;
		out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
	}
	return out;
}

export function el(tag: string, a: Attrs, inner?: string): string {
	return inner === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}): string {
	return el('rect', { x, y, width: w, height: h, fill, ...extra });
}

export function circle(cx: number, cy: number, r: number, fill: string, extra: Attrs = {}): string {
	return el('circle', { cx, cy, r, fill, ...extra });
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}): string {
	return el('ellipse', { cx, cy, rx, ry, fill, ...extra });
}

export function pts(points: readonly Pt[]): string {
	return points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

export function poly(points: readonly Pt[], fill: string, extra: Attrs = {}): string {
	return el('polygon', { points: pts(points), fill, ...extra });
}

export function polyline(points: readonly Pt[], stroke: string, width: number, extra: Attrs = {}): string {
	return el('polyline', { points: pts(points), fill: 'none', stroke, 'stroke-width': width, ...extra });
}

export function shape(d: string, fill: string, extra: Attrs = {}): string {
	return el('path', { d, fill, ...extra });
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra: Attrs = {}): string {
	return el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, ...extra });
}

/** A thick line with round ends: handy for limbs, arms, poles and cables. */
export function capsule(x1: number, y1: number, x2: number, y2: number, width: number, color: string, extra: Attrs = {}): string {
	return line(x1, y1, x2, y2, color, width, { 'stroke-linecap': 'round', ...extra });
}

export function group(children: readonly string[], extra: Attrs = {}): string {
	return el('g', extra, children.join(''));
}

export function text(x: number, y: number, s: string, size: number, fill: string, extra: Attrs = {}): string {
	return el('text', { x, y, 'font-family': FONT, 'font-size': size, fill, ...extra }, esc(s));
}

export function stops(list: readonly Stop[]): string {
	return list.map(([o, c, op]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op })).join('');
}

export function linear(id: string, list: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
	return el('linearGradient', { id, x1, y1, x2, y2 }, stops(list));
}

export function radial(id: string, list: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
	return el('radialGradient', { id, cx, cy, r }, stops(list));
}

export function clip(id: string, inner: string): string {
	return el('clipPath', { id }, inner);
}

export function tr(x: number, y: number, s = 1, deg = 0): string {
	return `translate(${num(x)} ${num(y)})${s !== 1 ? ` scale(${num(s)})` : ''}${deg !== 0 ? ` rotate(${num(deg)})` : ''}`;
}

export function svgDoc(w: number, h: number, defs: readonly string[], body: readonly string[]): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
		`<defs>${defs.join('')}</defs>${body.join('')}</svg>`
	);
}
