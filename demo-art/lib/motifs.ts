// Composite motifs that both draw-demo-images.ts and draw-press-kit.ts draw: the fair's mark, clouds and trees,
// people, camera flashes, drones and AGVs. Each returns SVG markup (gearPath: path data), most placed with x, y and a scale s.

import { C } from './palette.ts';
import { between, pick, type Rng } from './random.ts';
import { capsule, circle, ellipse, group, num, poly, radial, rect, shape, tr, type Attrs } from './svg.ts';

export function gearPath(cx: number, cy: number, rOuter: number, rInner: number, teeth: number): string {
	const step = (Math.PI * 2) / teeth;
	const parts: string[] = [];
	for (let i = 0; i < teeth; i++) {
		const a = i * step - Math.PI / 2;
		const angles: Array<[number, number]> = [
			[a - step * 0.5, rInner],
			[a - step * 0.2, rInner],
			[a - step * 0.13, rOuter],
			[a + step * 0.13, rOuter],
			[a + step * 0.2, rInner],
		];
		for (const [ang, r] of angles) {
			parts.push(`${parts.length === 0 ? 'M' : 'L'}${num(cx + r * Math.cos(ang))} ${num(cy + r * Math.sin(ang))}`);
		}
	}
	return parts.join(' ') + ' Z';
}

export function cloud(x: number, y: number, s: number, fill: string, opacity = 1): string {
	return group([ellipse(0, 0, 90, 26, fill), circle(-35, -14, 30, fill), circle(10, -26, 38, fill), circle(48, -10, 26, fill)], {
		transform: tr(x, y, s),
		opacity,
	});
}

export function tree(x: number, y: number, s: number, leaf: string = C.teal, shade: string = C.tealDeep): string {
	return group(
		[rect(-4, -30, 8, 32, C.slate), circle(0, -58, 34, leaf), circle(-18, -44, 22, leaf), circle(16, -42, 24, shade, { opacity: 0.5 })],
		{ transform: tr(x, y, s) },
	);
}

/** Four-point sparkle star. */
export function sparkle(x: number, y: number, r: number, fill: string, extra: Attrs = {}): string {
	const k = r * 0.22;
	return poly(
		[
			[x, y - r],
			[x + k, y - k],
			[x + r, y],
			[x + k, y + k],
			[x, y + r],
			[x - k, y + k],
			[x - r, y],
			[x - k, y - k],
		],
		fill,
		extra,
	);
}

/** The glow of a camera flash, for the defs of a picture that draws cameraFlash(). */
export const FLASH_GLOW = radial('flash', [
	[0, '#ffffff', 1],
	[0.25, '#fff5e0', 0.75],
	[1, '#ffffff', 0],
]);

/** A camera flash going off at x,y: the FLASH_GLOW and a white sparkle of radius r. */
export function cameraFlash(x: number, y: number, r: number): string {
	return circle(x, y, 90, 'url(#flash)') + sparkle(x, y, r, C.white);
}

/** The fair's mark: an up-swept pavilion roof resting on a gear. Centred on 0,26, about 224 units wide. */
export function logoMark(tealColor: string = C.teal, orangeColor: string = C.orange, hole: string = C.white): string {
	const roof =
		'M-112 -4 Q-66 -8 -46 -32 L-34 -48 Q-37 -53 -44 -58 Q-30 -54 -18 -54 H18 Q30 -54 44 -58 Q37 -53 34 -48 L46 -32 Q66 -8 112 -4 Q66 2 42 -8 H-42 Q-66 2 -112 -4 Z';
	return group([
		shape(gearPath(0, 26, 84, 70, 12), tealColor),
		// the gear's hole is cut flat at the bottom so the columns stand on the gear
		shape('M-41.57 50 A48 48 0 1 1 41.57 50 Z', hole),
		rect(-30, 6, 12, 46, tealColor, { rx: 3 }),
		rect(-6, 6, 12, 46, tealColor, { rx: 3 }),
		rect(18, 6, 12, 46, tealColor, { rx: 3 }),
		hole === 'none' ? '' : shape(roof, hole, { stroke: hole, 'stroke-width': 18, 'stroke-linejoin': 'round' }),
		shape(roof, orangeColor),
	]);
}

export type PersonOpts = {
	skin: string;
	hair: string;
	shirt: string;
	pants: string;
	vest?: string | undefined;
	hairStyle?: 'short' | 'long' | 'bun' | 'cap' | undefined;
	wave?: boolean | undefined;
	holding?: string | undefined;
};

/** A simple standing figure facing the viewer; x is the centre, y the feet, h the height. */
export function person(x: number, y: number, h: number, o: PersonOpts): string {
	const u = h / 100;
	const parts: string[] = [];
	const headR = 8 * u;
	const headY = -h + headR;
	const shoulder = -h + 2 * headR + 3 * u;
	const hip = -47 * u;
	const tw = 27 * u;
	const style = o.hairStyle ?? 'short';
	// long hair sits behind the body, so the torso and neck hide its lower part
	if (style === 'long') {
		parts.push(rect(-headR - 1.5 * u, headY - 2 * u, 2 * headR + 3 * u, headR + 16 * u, o.hair, { rx: 5 * u }));
	}
	// legs and shoes
	parts.push(rect(-tw / 2 + 2 * u, hip - 2 * u, 10 * u, -hip, o.pants, { rx: 3 * u }));
	parts.push(rect(tw / 2 - 12 * u, hip - 2 * u, 10 * u, -hip, o.pants, { rx: 3 * u }));
	parts.push(ellipse(-tw / 2 + 6 * u, -1.5 * u, 7 * u, 3 * u, C.slateDark));
	parts.push(ellipse(tw / 2 - 6 * u, -1.5 * u, 7 * u, 3 * u, C.slateDark));
	// arms
	const armW = 7.5 * u;
	const armLen = 33 * u;
	const lx = -tw / 2 + 1 * u;
	const rx = tw / 2 - 1 * u;
	const ay = shoulder + 5 * u;
	parts.push(capsule(lx, ay, lx - 6 * u, ay + armLen, armW, o.shirt));
	parts.push(circle(lx - 6 * u, ay + armLen + 3 * u, 4.2 * u, o.skin));
	if (o.wave === true) {
		parts.push(capsule(rx, ay, rx + 16 * u, ay - 28 * u, armW, o.shirt));
		parts.push(circle(rx + 18 * u, ay - 33 * u, 4.6 * u, o.skin));
	} else if (o.holding !== undefined) {
		parts.push(capsule(rx, ay, rx + 2 * u, ay + 20 * u, armW, o.shirt));
		parts.push(capsule(rx + 2 * u, ay + 20 * u, -2 * u, ay + 22 * u, armW, o.shirt));
		parts.push(rect(-8 * u, ay + 6 * u, 16 * u, 21 * u, o.holding, { rx: 2 * u, transform: `rotate(-8 0 ${num(ay + 16 * u)})` }));
		parts.push(circle(-3 * u, ay + 22 * u, 4.2 * u, o.skin));
	} else {
		parts.push(capsule(rx, ay, rx + 6 * u, ay + armLen, armW, o.shirt));
		parts.push(circle(rx + 6 * u, ay + armLen + 3 * u, 4.2 * u, o.skin));
	}
	// torso
	parts.push(rect(-tw / 2, shoulder, tw, hip - shoulder + 2 * u, o.shirt, { rx: 7 * u }));
	if (o.vest !== undefined) {
		parts.push(
			shape(
				`M${num(-tw / 2)} ${num(shoulder + 7 * u)} Q${num(-tw / 2)} ${num(shoulder)} ${num(-tw / 2 + 7 * u)} ${num(shoulder)} ` +
					`L${num(-3 * u)} ${num(shoulder)} L${num(-1 * u)} ${num(shoulder + 16 * u)} L${num(1 * u)} ${num(shoulder + 16 * u)} ` +
					`L${num(3 * u)} ${num(shoulder)} L${num(tw / 2 - 7 * u)} ${num(shoulder)} Q${num(tw / 2)} ${num(shoulder)} ${num(tw / 2)} ${num(shoulder + 7 * u)} ` +
					`L${num(tw / 2)} ${num(hip + 2 * u)} L${num(-tw / 2)} ${num(hip + 2 * u)} Z`,
				o.vest,
			),
		);
		parts.push(rect(-tw / 2, shoulder + 24 * u, tw, 3.2 * u, C.white, { opacity: 0.9 }));
		parts.push(circle(-tw / 2 + 7 * u, shoulder + 12 * u, 2.6 * u, C.teal));
	}
	// neck and head
	parts.push(rect(-3 * u, headY + headR - 2 * u, 6 * u, 6 * u, o.skin));
	parts.push(circle(0, headY, headR, o.skin));
	if (style === 'cap') {
		parts.push(
			shape(
				`M${num(-headR - 0.5 * u)} ${num(headY - 1 * u)} A${num(headR + 0.5 * u)} ${num(headR + 0.5 * u)} 0 0 1 ${num(headR + 0.5 * u)} ${num(headY - 1 * u)} Z`,
				o.hair,
			),
		);
		parts.push(rect(-2 * u, headY - 2.2 * u, headR + 8 * u, 2.4 * u, o.hair, { rx: 1.2 * u }));
	} else {
		parts.push(
			shape(
				`M${num(-headR - 1 * u)} ${num(headY + 1 * u)} A${num(headR + 1 * u)} ${num(headR + 1 * u)} 0 0 1 ${num(headR + 1 * u)} ${num(headY + 1 * u)} ` +
					`Q${num(headR * 0.2)} ${num(headY - headR * 0.55)} ${num(-headR - 1 * u)} ${num(headY + 1 * u)} Z`,
				o.hair,
			),
		);
	}
	if (style === 'bun') parts.push(circle(0, headY - headR - 2 * u, 4.5 * u, o.hair));
	return group(parts, { transform: tr(x, y) });
}

/** Head and shoulders seen from behind: audience members. */
export function audienceHead(x: number, y: number, s: number, body: string, hair: string): string {
	return group([shape('M-46 60 Q-46 6 0 4 Q46 6 46 60 Z', body), rect(-9, -10, 18, 20, hair, { opacity: 0.9 }), circle(0, -22, 24, hair)], {
		transform: tr(x, y, s),
	});
}

/** An audience member in a darkened hall, seen from behind: dark clothes and hair picked at random, y jittered a little. */
export function darkAudienceHead(rng: Rng, x: number, y: number, s: number): string {
	return audienceHead(
		x,
		y + between(rng, -6, 6),
		s,
		pick(rng, ['#0e2a33', '#123640', '#0b222a']),
		pick(rng, ['#071418', '#0c1d22', '#1a1410']),
	);
}

export function confetti(rng: Rng, count: number, x0: number, y0: number, x1: number, y1: number, colors: readonly string[]): string {
	const parts: string[] = [];
	for (let i = 0; i < count; i++) {
		const x = between(rng, x0, x1);
		const y = between(rng, y0, y1);
		const c = pick(rng, colors);
		const deg = between(rng, 0, 180);
		if (rng() < 0.6) parts.push(rect(-7, -3, 14, 6, c, { transform: tr(x, y, 1, deg), opacity: 0.9 }));
		else parts.push(circle(x, y, between(rng, 3, 5), c, { opacity: 0.9 }));
	}
	return group(parts);
}

export function drone(x: number, y: number, s: number, deg: number): string {
	const rotor = (rx: number, ry: number): string =>
		group([
			rect(rx - 4, ry - 12, 8, 14, C.slateDark, { rx: 2 }),
			ellipse(rx, ry - 12, 70, 12, C.white, { opacity: 0.35 }),
			ellipse(rx, ry - 12, 70, 12, 'none', { stroke: C.white, 'stroke-width': 2, opacity: 0.6 }),
			rect(rx - 50, ry - 14, 100, 4, C.slateDark, { rx: 2, opacity: 0.7 }),
		]);
	return group(
		[
			capsule(-150, -10, -40, 10, 14, C.slate),
			capsule(150, -10, 40, 10, 14, C.slate),
			capsule(-95, -30, -30, 0, 10, C.slateDark),
			capsule(95, -30, 30, 0, 10, C.slateDark),
			rotor(-150, -10),
			rotor(150, -10),
			rotor(-95, -30),
			rotor(95, -30),
			rect(-58, -14, 116, 44, C.white, { rx: 20 }),
			rect(-58, 8, 116, 22, C.mist, { rx: 11 }),
			rect(-30, -6, 60, 10, C.orange, { rx: 5 }),
			rect(-22, 30, 44, 28, C.slateDark, { rx: 10 }),
			circle(0, 46, 10, '#1b2630'),
			circle(0, 46, 5, C.tealLight),
			capsule(-40, 30, -56, 70, 6, C.slateDark),
			capsule(40, 30, 56, 70, 6, C.slateDark),
			capsule(-70, 70, -42, 70, 6, C.slateDark),
			capsule(42, 70, 70, 70, 6, C.slateDark),
		],
		{ transform: tr(x, y, s, deg) },
	);
}

export function agv(x: number, y: number, s: number, cargo: 'pallet' | 'rack', rng: Rng): string {
	const parts: string[] = [ellipse(0, 4, 190, 14, '#000', { opacity: 0.2 })];
	if (cargo === 'rack') {
		parts.push(rect(-140, -330, 12, 290, C.slate), rect(128, -330, 12, 290, C.slate));
		for (const yy of [-330, -235, -140]) {
			parts.push(rect(-140, yy, 280, 10, C.slateDark));
			let bx = -128;
			while (bx < 110) {
				const w = between(rng, 50, 90);
				const h = between(rng, 45, 80);
				if (bx + w > 128) break;
				parts.push(rect(bx, yy + 90 - h, w - 6, h - 5, pick(rng, ['#d8b884', '#c9a46c', '#e4cb9f']), { rx: 3 }));
				bx += w;
			}
		}
	} else {
		parts.push(rect(-130, -70, 260, 20, '#b98d56'));
		parts.push(
			rect(-120, -200, 110, 130, '#d8b884', { rx: 3 }),
			rect(0, -170, 120, 100, '#c9a46c', { rx: 3 }),
			rect(-70, -280, 130, 80, '#e4cb9f', { rx: 3 }),
		);
		parts.push(rect(-120, -150, 110, 10, C.orange, { opacity: 0.6 }), rect(0, -130, 120, 10, C.teal, { opacity: 0.4 }));
	}
	parts.push(rect(-170, -50, 340, 46, C.sandLight, { rx: 14 }));
	parts.push(rect(-170, -24, 340, 20, C.teal, { rx: 8 }));
	parts.push(rect(-160, -40, 60, 10, C.orange, { rx: 5 }), rect(100, -40, 60, 10, C.orange, { rx: 5 }));
	parts.push(circle(-120, 0, 16, C.ink), circle(120, 0, 16, C.ink), circle(-120, 0, 6, C.slateLight), circle(120, 0, 6, C.slateLight));
	parts.push(circle(162, -30, 6, '#9ff3ff'));
	return group(parts, { transform: tr(x, y, s) });
}
