// Draws the original demo images for the Pavilion theme's demo site, the fictional
// 7th Qingtan International Smart Equipment Expo (QTSE 2027). Every picture is composed
// as SVG markup in code (flat shapes and gradients, no external files) and rasterised
// with sharp into site/images/. The files it writes are listed in JOBS and renderBrand() at
// the end of this script; site/images/README.md says what each picture shows.
//
// Run from the repository root:   pnpm images   (or: node demo-art/draw-demo-images.ts)
// Output is deterministic: randomness comes from a seeded PRNG, one seed per picture.
// The palette, the PRNG, the SVG helpers and the motifs it shares with draw-press-kit.ts are in lib/.

import sharp from 'sharp';
import QRCode from 'qrcode';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	agv,
	audienceHead,
	cameraFlash,
	cloud,
	confetti,
	darkAudienceHead,
	drone,
	FLASH_GLOW,
	gearPath,
	logoMark,
	person,
	sparkle,
	tree,
	type PersonOpts,
} from './lib/motifs.ts';
import { C, HAIR, SKIN } from './lib/palette.ts';
import { between, mulberry32, pick, type Rng } from './lib/random.ts';
import {
	capsule,
	circle,
	clip,
	ellipse,
	group,
	line,
	linear,
	num,
	poly,
	polyline,
	radial,
	rect,
	shape,
	svgDoc,
	text,
	tr,
	type Attrs,
	type Pt,
} from './lib/svg.ts';

// demo-art/ sits at the repository root, so the images are in ../site/images/ from here.
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'site', 'images');
const W = 1600; // cover width
const H = 900; // cover height
const FW = 1200; // figure width
const FH = 700; // figure height

// ---------------------------------------------------------------------------
// Composite helpers (reused across pictures)
// ---------------------------------------------------------------------------

/** Ring segment between two angles (degrees, 0 = 12 o'clock, clockwise). */
function arcPath(cx: number, cy: number, rOut: number, rIn: number, a0: number, a1: number): string {
	const p = (r: number, deg: number): string => {
		const rad = ((deg - 90) * Math.PI) / 180;
		return `${num(cx + r * Math.cos(rad))} ${num(cy + r * Math.sin(rad))}`;
	};
	const large = a1 - a0 > 180 ? 1 : 0;
	return `M${p(rOut, a0)} A${rOut} ${rOut} 0 ${large} 1 ${p(rOut, a1)} ` + `L${p(rIn, a1)} A${rIn} ${rIn} 0 ${large} 0 ${p(rIn, a0)} Z`;
}

/** A seated person seen from behind, with a chair back in front of them. */
function seatedBack(x: number, y: number, s: number, shirt: string, hair: string): string {
	return group(
		[
			shape('M-70 200 L-64 40 Q-60 -4 0 -6 Q60 -4 64 40 L70 200 Z', shirt),
			rect(-12, -30, 24, 30, '#000', { opacity: 0.25 }),
			circle(0, -52, 38, hair),
			rect(-78, 70, 156, 150, C.slateDark, { rx: 20 }),
			rect(-62, 84, 124, 10, C.slate, { rx: 5 }),
		],
		{ transform: tr(x, y, s) },
	);
}

// Isometric projection for the battery picture.
function iso(ox: number, oy: number, s: number, x: number, y: number, z: number): Pt {
	return [ox + (x - y) * 0.866 * s, oy + (x + y) * 0.5 * s - z * s];
}

type IsoColors = { top: string; left: string; right: string };

function isoBox(
	ox: number,
	oy: number,
	s: number,
	x: number,
	y: number,
	z: number,
	w: number,
	d: number,
	h: number,
	c: IsoColors,
	extra: Attrs = {},
): string {
	const P = (a: number, b: number, cz: number): Pt => iso(ox, oy, s, a, b, cz);
	return group(
		[
			poly([P(x, y + d, z), P(x + w, y + d, z), P(x + w, y + d, z + h), P(x, y + d, z + h)], c.left),
			poly([P(x + w, y, z), P(x + w, y + d, z), P(x + w, y + d, z + h), P(x + w, y, z + h)], c.right),
			poly([P(x, y, z + h), P(x + w, y, z + h), P(x + w, y + d, z + h), P(x, y + d, z + h)], c.top),
		],
		extra,
	);
}

/** Shipping container seen side-on, with corrugation lines. */
function container(x: number, y: number, w: number, h: number, fill: string): string {
	const parts: string[] = [rect(x, y, w, h, fill), rect(x, y, w, 6, '#000', { opacity: 0.12 })];
	for (let cx = x + 12; cx < x + w - 6; cx += 12) parts.push(rect(cx, y + 8, 4, h - 16, '#000', { opacity: 0.1 }));
	parts.push(rect(x, y, w, h, 'none', { stroke: '#000', 'stroke-opacity': 0.25, 'stroke-width': 2 }));
	return group(parts);
}

/** A square pattern that reads as a QR code on a badge (decorative, not a real code). */
function fakeQr(rng: Rng, x: number, y: number, size: number, color: string): string {
	const n = 21;
	const cell = size / n;
	const parts: string[] = [];
	const finder = (fx: number, fy: number): void => {
		parts.push(rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, color));
		parts.push(rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, C.white));
		parts.push(rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, color));
	};
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			const inFinder = (i < 8 && j < 8) || (i > 12 && j < 8) || (i < 8 && j > 12);
			if (!inFinder && rng() < 0.45) parts.push(rect(x + i * cell, y + j * cell, cell + 0.3, cell + 0.3, color));
		}
	}
	finder(0, 0);
	finder(14, 0);
	finder(0, 14);
	return group(parts);
}

function fullBg(id: string): string {
	return rect(0, 0, W, H, `url(#${id})`);
}

// ---------------------------------------------------------------------------
// Covers (1600 x 900, no text)
// ---------------------------------------------------------------------------

function coverOpening(): string {
	const rng = mulberry32(101);
	const defs = [
		linear('sky', [
			[0, '#0b3a47'],
			[0.42, '#2b7280'],
			[0.72, '#e6a068'],
			[1, '#f8d9a6'],
		]),
		radial('sunGlow', [
			[0, '#fff3d6', 0.95],
			[0.3, '#ffd79a', 0.55],
			[1, '#f7b56e', 0],
		]),
		linear('glass', [
			[0, '#2c8596'],
			[1, '#0f5c6e'],
		]),
		linear(
			'sheen',
			[
				[0, '#ffffff', 0],
				[0.5, '#ffd9a8', 0.4],
				[1, '#ffffff', 0],
			],
			0,
			0,
			1,
			0,
		),
		linear('plaza', [
			[0, '#dcc6a0'],
			[1, '#f3e9d6'],
		]),
	];
	const b: string[] = [fullBg('sky')];
	b.push(circle(800, 455, 420, 'url(#sunGlow)'));
	b.push(circle(800, 455, 92, '#ffe9c2'));
	for (let i = 0; i < 7; i++) {
		const x = between(rng, 150, 1450);
		const y = between(rng, 90, 260);
		const s = between(rng, 0.6, 1.1);
		b.push(
			shape(
				`M${num(x - 14 * s)} ${num(y - 5 * s)} Q${num(x - 6 * s)} ${num(y - 8 * s)} ${num(x)} ${num(y)} Q${num(x + 6 * s)} ${num(y - 8 * s)} ${num(x + 14 * s)} ${num(y - 5 * s)}`,
				'none',
				{ stroke: C.tealDeep, 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.7 },
			),
		);
	}
	b.push(cloud(330, 300, 1.3, '#f6d2a6', 0.5));
	b.push(cloud(1280, 260, 1.0, '#f6d2a6', 0.45));
	// distant hills
	b.push(shape('M0 540 Q 190 455 420 505 T 860 492 T 1260 478 T 1600 515 V 650 H 0 Z', '#3b7a82', { opacity: 0.5 }));
	// side wings
	for (const [x0, w] of [
		[40, 240],
		[1320, 240],
	] as const) {
		b.push(rect(x0, 520, w, 125, C.sandLight));
		b.push(rect(x0, 505, w, 18, C.sandDark));
		for (let x = x0 + 18; x < x0 + w - 20; x += 44) b.push(rect(x, 545, 26, 70, C.tealMid, { opacity: 0.85 }));
	}
	// main hall glass body
	b.push(rect(240, 430, 1120, 215, 'url(#glass)'));
	for (let x = 240; x <= 1360; x += 35) b.push(line(x, 430, x, 645, C.tealLight, 2, { opacity: 0.45 }));
	b.push(rect(240, 505, 1120, 4, C.tealLight, { opacity: 0.6 }));
	b.push(rect(240, 575, 1120, 4, C.tealLight, { opacity: 0.6 }));
	b.push(rect(240, 430, 1120, 215, 'url(#sheen)'));
	// wave roof with up-turned eaves
	b.push(shape('M180 452 Q 470 342 800 366 Q 1130 342 1420 452 L 1420 470 Q 1130 378 800 402 Q 470 378 180 470 Z', C.sandLight));
	b.push(shape('M180 470 Q 470 378 800 402 Q 1130 378 1420 470 L 1420 478 Q 1130 392 800 414 Q 470 392 180 478 Z', C.sandDark));
	// entrance portal
	b.push(rect(680, 455, 240, 190, '#ffe2b5', { opacity: 0.92 }));
	b.push(rect(680, 455, 240, 190, 'none', { stroke: C.orange, 'stroke-width': 14 }));
	for (let x = 720; x < 900; x += 40) b.push(line(x, 500, x, 645, C.orangeDeep, 3, { opacity: 0.5 }));
	b.push(
		poly(
			[
				[640, 470],
				[960, 470],
				[940, 448],
				[660, 448],
			],
			C.white,
		),
	);
	b.push(group([circle(0, 0, 130, C.white, { opacity: 0.95 }), logoMark()], { transform: tr(800, 395, 0.3) }));
	// plaza with perspective paving
	b.push(rect(0, 645, W, 255, 'url(#plaza)'));
	b.push(rect(0, 642, W, 6, C.slate, { opacity: 0.6 }));
	for (let x = -1600; x <= 3200; x += 180) b.push(line(800, 645, x, 900, '#cdb48a', 2, { opacity: 0.7 }));
	for (const y of [668, 700, 745, 805, 880]) b.push(line(0, y, W, y, '#cdb48a', 2, { opacity: 0.6 }));
	// trees at the edges
	b.push(tree(70, 690, 1.5), tree(190, 670, 1.1), tree(1530, 690, 1.5), tree(1410, 670, 1.1));
	// flags
	const flagColors = [C.orange, C.white, C.tealMid, C.orangeLight, C.sand];
	const poles = [290, 370, 450, 530, 610, 990, 1070, 1150, 1230, 1310];
	poles.forEach((x, i) => {
		const base = 770;
		const top = 500;
		const c = flagColors[i % flagColors.length] ?? C.orange;
		b.push(ellipse(x + 14, base + 2, 26, 6, '#000', { opacity: 0.12 }));
		b.push(line(x, top - 8, x, base, '#f4f1ea', 5));
		b.push(circle(x, top - 10, 5, C.orangeLight));
		b.push(shape(`M${x + 2} ${top} q 20 -9 40 0 t 40 0 v 48 q -20 -9 -40 0 t -40 0 Z`, c));
		b.push(shape(`M${x + 2} ${top + 30} q 20 -9 40 0 t 40 0 v 18 q -20 -9 -40 0 t -40 0 Z`, '#000', { opacity: 0.08 }));
		b.push(rect(x - 8, base - 4, 16, 8, C.slate, { rx: 2 }));
	});
	// early visitors walking in
	const walkers: Array<[number, number, number]> = [
		[560, 700, 70],
		[640, 690, 62],
		[905, 705, 72],
		[1000, 735, 92],
		[470, 760, 104],
		[1180, 800, 120],
	];
	walkers.forEach(([x, y, h], i) => {
		b.push(ellipse(x, y, h * 0.2, h * 0.04, '#000', { opacity: 0.12 }));
		b.push(
			person(x, y, h, {
				skin: SKIN[i % SKIN.length] ?? SKIN[0],
				hair: HAIR[i % HAIR.length] ?? HAIR[0],
				shirt: [C.teal, C.orange, C.slate, C.tealMid, C.sandDark, C.slateDark][i] ?? C.teal,
				pants: C.slateDark,
				hairStyle: i % 3 === 1 ? 'long' : 'short',
			}),
		);
	});
	return svgDoc(W, H, defs, b);
}

function coverRobotArm(): string {
	const defs = [
		radial(
			'bg',
			[
				[0, '#1f7b8c'],
				[0.6, '#0f5c6e'],
				[1, '#072f3a'],
			],
			0.5,
			0.4,
			0.8,
		),
		linear('floor', [
			[0, '#0b3a46'],
			[1, '#06222a'],
		]),
		linear('beam', [
			[0, '#ffffff', 0.28],
			[1, '#ffffff', 0],
		]),
		linear(
			'ped',
			[
				[0, '#f7f0e3'],
				[1, '#d9c7a5'],
			],
			0,
			0,
			1,
			0,
		),
		linear(
			'link',
			[
				[0, '#f7a54c'],
				[1, '#e07b17'],
			],
			0,
			0,
			1,
			1,
		),
	];
	const b: string[] = [fullBg('bg')];
	b.push(shape(gearPath(1290, 260, 240, 205, 16), C.white, { opacity: 0.05 }));
	b.push(circle(1290, 260, 130, C.teal, { opacity: 0.5 }));
	b.push(shape(gearPath(300, 190, 150, 125, 12), C.white, { opacity: 0.05 }));
	b.push(rect(0, 640, W, 260, 'url(#floor)'));
	for (let x = -1600; x <= 3200; x += 160) b.push(line(800, 560, x, 900, C.tealMid, 1.5, { opacity: 0.35 }));
	for (const y of [660, 690, 735, 800, 880]) b.push(line(0, y, W, y, C.tealMid, 1.5, { opacity: 0.3 }));
	// spotlights
	b.push(
		poly(
			[
				[650, 0],
				[760, 0],
				[1150, 720],
				[420, 720],
			],
			'url(#beam)',
		),
	);
	b.push(
		poly(
			[
				[1050, 0],
				[1110, 0],
				[1300, 700],
				[900, 700],
			],
			'url(#beam)',
			{ opacity: 0.6 },
		),
	);
	// pedestal
	b.push(ellipse(800, 808, 360, 60, '#000', { opacity: 0.35 }));
	b.push(ellipse(800, 790, 330, 46, '#d9c7a5'));
	b.push(rect(470, 690, 660, 100, 'url(#ped)'));
	b.push(rect(470, 740, 660, 10, C.orange));
	b.push(ellipse(800, 690, 330, 46, C.sandLight));
	b.push(ellipse(800, 690, 300, 38, '#ece1cc'));
	// small work table with parts
	b.push(rect(1090, 560, 190, 20, C.slate, { rx: 4 }));
	b.push(rect(1105, 580, 14, 110, C.slateDark), rect(1251, 580, 14, 110, C.slateDark));
	b.push(rect(1120, 520, 44, 40, C.tealLight, { rx: 4 }), rect(1176, 530, 40, 30, C.sand, { rx: 4 }));
	// robot base
	b.push(ellipse(760, 690, 120, 24, '#000', { opacity: 0.2 }));
	b.push(rect(660, 610, 200, 78, C.slateDark, { rx: 10 }));
	b.push(ellipse(760, 612, 100, 20, C.slate));
	b.push(rect(690, 640, 140, 8, C.orange, { rx: 4 }));
	b.push(rect(700, 535, 120, 90, 'url(#link)', { rx: 22 }));
	// lower arm (shoulder -> elbow)
	const sh: Pt = [760, 540];
	const el1: Pt = [900, 285];
	const wr: Pt = [1150, 350];
	b.push(capsule(sh[0], sh[1], el1[0], el1[1], 96, '#d36d12'));
	b.push(capsule(sh[0] - 8, sh[1] - 4, el1[0] - 8, el1[1] - 4, 80, 'url(#link)'));
	b.push(capsule(sh[0] - 24, sh[1] - 20, el1[0] - 24, el1[1] - 6, 10, '#ffd29b', { opacity: 0.6 }));
	b.push(circle(sh[0], sh[1], 58, C.slateDark), circle(sh[0], sh[1], 36, C.slate), circle(sh[0], sh[1], 14, C.orangeLight));
	// upper arm (elbow -> wrist)
	b.push(capsule(el1[0], el1[1], wr[0], wr[1], 70, '#d36d12'));
	b.push(capsule(el1[0], el1[1] - 6, wr[0], wr[1] - 6, 56, 'url(#link)'));
	b.push(capsule(el1[0] + 30, el1[1] - 26, wr[0] - 20, wr[1] - 22, 8, '#ffd29b', { opacity: 0.6 }));
	b.push(circle(el1[0], el1[1], 54, C.slateDark), circle(el1[0], el1[1], 32, C.slate), circle(el1[0], el1[1], 12, C.orangeLight));
	// wrist, flange and gripper pointing down towards the parts
	b.push(circle(wr[0], wr[1], 38, C.slateDark), circle(wr[0], wr[1], 18, C.slate));
	b.push(rect(wr[0] - 26, wr[1] + 26, 52, 40, C.slate, { rx: 6 }));
	b.push(rect(wr[0] - 34, wr[1] + 62, 68, 16, C.slateDark, { rx: 4 }));
	b.push(rect(wr[0] - 32, wr[1] + 76, 14, 52, C.mist, { rx: 3 }));
	b.push(rect(wr[0] + 18, wr[1] + 76, 14, 52, C.mist, { rx: 3 }));
	b.push(rect(wr[0] - 18, wr[1] + 96, 36, 30, C.orangeLight, { rx: 4 }));
	// cable along the arm
	b.push(
		shape(`M${sh[0] + 40} ${sh[1] - 30} Q ${el1[0] + 70} ${el1[1] + 120} ${el1[0] + 40} ${el1[1] + 36}`, 'none', {
			stroke: C.slateDark,
			'stroke-width': 9,
			'stroke-linecap': 'round',
		}),
	);
	// floor accents
	return svgDoc(W, H, defs, b);
}

function coverHallMap(): string {
	const rng = mulberry32(303);
	const defs = [
		linear('ground', [
			[0, '#eee3cc'],
			[1, '#e4d5b6'],
		]),
		linear(
			'river',
			[
				[0, '#2a8497'],
				[1, '#0f5c6e'],
			],
			0,
			0,
			1,
			0,
		),
		linear(
			'roof',
			[
				[0, '#ffffff'],
				[1, '#e6ebee'],
			],
			0,
			0,
			1,
			1,
		),
	];
	const b: string[] = [fullBg('ground')];
	// parkland
	b.push(rect(0, 0, W, 90, '#b9d6cb'));
	b.push(rect(0, 0, 150, H, '#b9d6cb'));
	// river along the south
	b.push(shape('M0 805 C 300 770 520 840 820 812 S 1320 760 1600 790 V 900 H 0 Z', 'url(#river)'));
	for (let i = 0; i < 14; i++) {
		const x = between(rng, 40, 1500);
		const y = between(rng, 835, 885);
		b.push(line(x, y, x + between(rng, 40, 110), y, C.white, 3, { opacity: 0.3, 'stroke-linecap': 'round' }));
	}
	b.push(shape('M0 795 C 300 760 520 830 820 802 S 1320 750 1600 780 V 792 C 1320 762 1120 815 820 814 S 300 772 0 807 Z', '#cfe0d6'));
	// ring road
	const road = (x: number, y: number, w: number, h: number): string => rect(x, y, w, h, '#f9f6ef');
	b.push(road(190, 98, 1260, 24), road(190, 752, 1260, 24), road(190, 98, 24, 678), road(1426, 98, 24, 678));
	b.push(road(0, 425, 214, 24), road(1426, 425, 174, 24), road(788, 0, 24, 122), road(788, 752, 24, 40));
	for (let x = 200; x < 1440; x += 40) {
		b.push(rect(x, 109, 18, 2, C.sandDark), rect(x, 763, 18, 2, C.sandDark));
	}
	// halls 1-4 (north) and 5-8 (south) around the plaza
	const hallXs = [250, 520, 830, 1100];
	const hall = (x: number, y: number): string => {
		const parts = [rect(x + 12, y + 14, 250, 210, '#000', { opacity: 0.14, rx: 6 })];
		parts.push(rect(x, y, 250, 210, 'url(#roof)', { rx: 6 }));
		for (let rx = x + 20; rx < x + 250; rx += 22) parts.push(line(rx, y + 8, rx, y + 202, '#d5dde2', 2));
		parts.push(rect(x + 20, y + 92, 210, 26, C.tealMid, { rx: 4 }));
		parts.push(rect(x + 20, y + 92, 210, 26, C.white, { rx: 4, opacity: 0.15 }));
		parts.push(circle(x + 38, y + 32, 10, C.orange), circle(x + 64, y + 32, 10, C.orange));
		return group(parts);
	};
	for (const x of hallXs) b.push(hall(x, 150));
	for (const x of hallXs) b.push(hall(x, 515));
	// central plaza
	b.push(rect(250, 385, 1100, 105, C.sandLight, { rx: 8 }));
	for (let x = 270; x < 1340; x += 36) b.push(line(x, 392, x, 484, '#e5d7bc', 2));
	b.push(ellipse(800, 437, 90, 40, C.tealLight), ellipse(800, 437, 60, 24, C.tealPale), circle(800, 437, 8, C.white));
	for (let x = 290; x < 1330; x += 70) {
		if (Math.abs(x - 800) < 120) continue;
		b.push(circle(x + 4, 402, 13, '#000', { opacity: 0.12 }), circle(x, 398, 13, '#3d8f83'));
		b.push(circle(x + 4, 478, 13, '#000', { opacity: 0.12 }), circle(x, 474, 13, '#3d8f83'));
	}
	// east entrance hall
	b.push(rect(1372, 372, 44, 16, '#000', { opacity: 0.12 }));
	b.push(rect(1362, 380, 52, 110, C.orange, { rx: 6 }));
	b.push(rect(1370, 390, 36, 90, C.orangeLight, { rx: 4 }));
	// west conference centre (round)
	b.push(circle(128, 437, 86, '#000', { opacity: 0.12 }));
	b.push(circle(118, 430, 86, C.white), circle(118, 430, 62, C.tealPale), circle(118, 430, 34, C.orange));
	// parking lots with cars
	const lot = (x: number, y: number, cols: number, rows: number): void => {
		b.push(rect(x, y, cols * 26 + 10, rows * 46 + 10, '#cfc6b4', { rx: 4 }));
		for (let r = 0; r < rows; r++) {
			for (let c = 0; c < cols; c++) {
				if (rng() < 0.25) continue;
				const col = pick(rng, [C.white, C.slate, C.tealMid, C.orange, C.slateLight, C.mist, C.ink]);
				b.push(rect(x + 8 + c * 26, y + 10 + r * 46, 16, 30, col, { rx: 4 }));
			}
		}
	};
	lot(1480, 130, 4, 6);
	lot(1480, 480, 4, 5);
	lot(230, 10, 20, 1);
	lot(880, 10, 20, 1);
	// trees in the park
	for (let i = 0; i < 40; i++) {
		const x = between(rng, 15, 135);
		const y = between(rng, 120, 780);
		if (Math.abs(y - 437) < 110) continue;
		b.push(circle(x + 4, y + 4, 14, '#000', { opacity: 0.1 }), circle(x, y, 14, pick(rng, ['#3d8f83', '#2f7a70', '#5aa391'])));
	}
	// metro station south
	b.push(rect(735, 792, 130, 38, C.slate, { rx: 6 }));
	b.push(rect(745, 800, 110, 22, C.orange, { rx: 4 }));
	return svgDoc(W, H, defs, b);
}

function coverPress(): string {
	const defs = [
		linear('wall', [
			[0, '#135f71'],
			[1, '#0a3f4c'],
		]),
		radial('glow', [
			[0, '#ffffff', 0.3],
			[1, '#ffffff', 0],
		]),
		linear(
			'pod',
			[
				[0, '#f7f0e3'],
				[1, '#e3d2b3'],
			],
			0,
			0,
			1,
			0,
		),
		FLASH_GLOW,
	];
	const b: string[] = [fullBg('wall')];
	// backdrop pattern of small marks
	for (let row = 0; row < 6; row++) {
		for (let col = 0; col < 10; col++) {
			const x = 80 + col * 160 + (row % 2) * 80;
			const y = 70 + row * 120;
			b.push(group([logoMark(C.tealMid, C.tealMid, 'none')], { transform: tr(x, y, 0.22), opacity: 0.45 }));
		}
	}
	// side banners
	for (const x of [150, 1290]) {
		b.push(rect(x, 40, 160, 640, C.orange), rect(x, 40, 160, 640, '#000', { opacity: 0.06 }));
		b.push(circle(x + 80, 150, 58, C.white), group([logoMark()], { transform: tr(x + 80, 150, 0.46) }));
		b.push(rect(x + 30, 250, 100, 10, C.white, { rx: 5, opacity: 0.8 }), rect(x + 45, 274, 70, 8, C.white, { rx: 4, opacity: 0.6 }));
	}
	b.push(ellipse(800, 430, 480, 320, 'url(#glow)'));
	// stage floor
	b.push(rect(0, 760, W, 140, '#072a33'));
	b.push(rect(0, 760, W, 6, C.orange, { opacity: 0.8 }));
	// speaker behind the podium
	b.push(rect(690, 392, 220, 240, C.slateDark, { rx: 60 }));
	b.push(
		poly(
			[
				[772, 394],
				[828, 394],
				[800, 470],
			],
			C.white,
		),
	);
	b.push(
		poly(
			[
				[792, 402],
				[808, 402],
				[812, 456],
				[800, 470],
				[788, 456],
			],
			C.orange,
		),
	);
	b.push(
		poly(
			[
				[742, 394],
				[772, 394],
				[800, 470],
				[760, 430],
			],
			'#222c36',
		),
		poly(
			[
				[858, 394],
				[828, 394],
				[800, 470],
				[840, 430],
			],
			'#222c36',
		),
	);
	b.push(rect(782, 360, 36, 40, SKIN[1]));
	b.push(circle(800, 330, 46, SKIN[1]));
	b.push(shape('M752 328 A48 48 0 0 1 848 328 Q 830 296 792 300 Q 768 304 752 328 Z', HAIR[0]));
	// podium
	b.push(ellipse(800, 862, 250, 24, '#000', { opacity: 0.35 }));
	b.push(
		poly(
			[
				[620, 520],
				[980, 520],
				[1000, 860],
				[600, 860],
			],
			'url(#pod)',
		),
	);
	b.push(rect(596, 500, 408, 30, C.white, { rx: 6 }));
	b.push(rect(612, 600, 376, 14, C.orange));
	b.push(group([logoMark()], { transform: tr(800, 722, 0.5) }));
	// a fan of microphones on the podium, each with a coloured station cube
	const micColors = [C.orange, C.white, C.tealLight, C.orangeLight, C.white, C.tealMid];
	micColors.forEach((col, i) => {
		const dx = (i - 2.5) * 46;
		const mx = 800 + dx;
		const my = 432 + Math.abs(dx) * 0.22;
		const bx = 800 + dx * 0.3;
		b.push(capsule(bx, 504, mx, my + 20, 6, C.slateDark));
		const ang = (Math.atan2(my - 504, mx - bx) * 180) / Math.PI + 90;
		b.push(
			group(
				[
					rect(-17, 24, 34, 30, col, { rx: 4 }),
					rect(-17, 24, 34, 30, 'none', { rx: 4, stroke: '#000', 'stroke-opacity': 0.18, 'stroke-width': 2 }),
					rect(-8, 4, 16, 22, C.ink, { rx: 4 }),
					ellipse(0, -8, 14, 18, '#6b7884'),
					rect(-14, -4, 28, 4, '#000', { opacity: 0.2 }),
					ellipse(-4, -13, 4, 6, C.white, { opacity: 0.35 }),
				],
				{ transform: tr(mx, my, 1, ang) },
			),
		);
	});
	// photographers in the foreground, seen from behind, cameras raised
	const shooters: Array<[number, number, number]> = [
		[150, 830, 1.7],
		[420, 880, 1.5],
		[1180, 870, 1.5],
		[1460, 825, 1.7],
	];
	for (const [x, y, s] of shooters) {
		b.push(audienceHead(x, y, s, '#0b2f39', '#081c22'));
		b.push(
			group(
				[
					rect(-62, -96, 92, 60, '#0d1418', { rx: 10 }),
					rect(-52, -88, 58, 40, '#1f6f80'),
					rect(-52, -88, 58, 40, C.white, { opacity: 0.15 }),
					rect(-40, -112, 40, 18, '#0d1418', { rx: 5 }),
					capsule(30, -60, 44, -10, 16, '#061d24'),
				],
				{ transform: tr(x + 30 * s, y, s) },
			),
		);
	}
	// camera flashes
	for (const [x, y] of [
		[250, 690],
		[1250, 720],
	] as const) {
		b.push(cameraFlash(x, y, 54));
	}
	return svgDoc(W, H, defs, b);
}

function hand(x: number, y: number, deg: number, sleeve: string, skin: string, pen: string): string {
	// Drawn with the pen tip at 0,0 pointing up; the hand grips the pen just below it.
	const penTf = 'rotate(-10 0 0)';
	return group(
		[
			rect(-6, 0, 12, 130, pen, { rx: 5, transform: penTf }),
			poly(
				[
					[-6, 4],
					[6, 4],
					[0, -10],
				],
				C.ink,
				{ transform: penTf },
			),
			rect(-40, 150, 150, 560, sleeve, { rx: 34, transform: 'rotate(-8 35 150)' }),
			rect(-34, 130, 140, 44, C.white, { rx: 14, transform: 'rotate(-8 35 150)' }),
			ellipse(30, 100, 62, 66, skin),
			ellipse(52, 50, 16, 32, skin),
			ellipse(78, 66, 14, 26, skin),
			ellipse(24, 52, 17, 30, skin),
			ellipse(30, 100, 62, 66, '#000', { opacity: 0.04 }),
			ellipse(-14, 66, 17, 36, skin, { transform: 'rotate(-30 -14 66)' }),
		],
		{ transform: tr(x, y, 1, deg) },
	);
}

function coverSigning(): string {
	const defs = [
		radial(
			'cloth',
			[
				[0, '#187083'],
				[1, '#0a3f4c'],
			],
			0.5,
			0.45,
			0.75,
		),
		linear('paper', [
			[0, '#ffffff'],
			[1, '#f1ede4'],
		]),
	];
	const b: string[] = [fullBg('cloth')];
	for (let y = 0; y < H; y += 14) b.push(line(0, y, W, y, '#000', 1, { opacity: 0.04 }));
	// two folders with contracts; signature lines at local y=460
	const doc = (x: number, y: number, deg: number, folder: string): string => {
		const parts = [
			rect(-20, 10, 480, 580, '#000', { opacity: 0.2, rx: 12 }),
			rect(-30, -10, 480, 580, folder, { rx: 12 }),
			rect(0, 0, 420, 540, 'url(#paper)', { rx: 4 }),
			rect(40, 50, 200, 16, C.slate, { rx: 8, opacity: 0.7 }),
		];
		for (let i = 0; i < 11; i++) parts.push(rect(40, 100 + i * 26, i % 4 === 3 ? 220 : 340, 8, C.slateLight, { rx: 4, opacity: 0.5 }));
		parts.push(line(40, 460, 200, 460, C.slate, 2), line(230, 460, 380, 460, C.slate, 2));
		parts.push(circle(330, 400, 34, 'none', { stroke: C.orange, 'stroke-width': 5, opacity: 0.75 }));
		parts.push(sparkle(330, 400, 16, C.orange, { opacity: 0.75 }));
		parts.push(
			shape('M50 450 c 14 -30 22 8 34 -8 s 16 -24 24 4 s 20 -16 32 -4 s 16 8 30 -6', 'none', {
				stroke: '#1c3a6e',
				'stroke-width': 4,
				'stroke-linecap': 'round',
			}),
		);
		return group(parts, { transform: tr(x, y, 1, deg) });
	};
	b.push(doc(190, 200, -6, C.orange));
	b.push(doc(960, 170, 5, C.slate));
	// centre: flowers and water glasses
	b.push(circle(800, 150, 110, '#000', { opacity: 0.15 }));
	b.push(circle(800, 140, 100, C.sandLight));
	const petals = [C.orange, C.orangeLight, C.white, C.orangePale];
	for (let i = 0; i < 10; i++) {
		const a = (i / 10) * Math.PI * 2;
		b.push(circle(800 + Math.cos(a) * 55, 140 + Math.sin(a) * 55, 28, petals[i % 4] ?? C.orange));
	}
	b.push(circle(800, 140, 30, C.orangeDeep));
	for (const x of [720, 880]) {
		b.push(circle(x + 8, 400, 42, '#000', { opacity: 0.18 }));
		b.push(circle(x, 392, 42, '#d9eef0', { opacity: 0.9 }), circle(x, 392, 34, '#9fd0d8', { opacity: 0.6 }));
		b.push(circle(x, 392, 42, 'none', { stroke: C.white, 'stroke-width': 4, opacity: 0.9 }));
		b.push(shape(`M${x - 26} 380 a 28 28 0 0 1 20 -20`, 'none', { stroke: C.white, 'stroke-width': 5, 'stroke-linecap': 'round' }));
	}
	// hands with pens resting at the end of each signature
	b.push(hand(405, 616, 4, C.slateDark, SKIN[0], C.ink));
	b.push(hand(1091, 619, -6, '#1d2a35', SKIN[2], C.orangeDeep));
	return svgDoc(W, H, defs, b);
}

function coverForum(): string {
	const rng = mulberry32(606);
	const defs = [
		linear('hall', [
			[0, '#0a3440'],
			[1, '#05161c'],
		]),
		linear(
			'screen',
			[
				[0, '#15697c'],
				[1, '#0c4654'],
			],
			0,
			0,
			1,
			1,
		),
		linear('beam', [
			[0, '#ffe6c4', 0.3],
			[1, '#ffe6c4', 0],
		]),
		linear('area', [
			[0, '#f08a24', 0.55],
			[1, '#f08a24', 0],
		]),
	];
	const b: string[] = [fullBg('hall')];
	// big screen with a chart and the mark
	b.push(rect(330, 70, 940, 440, '#031014', { rx: 10 }));
	b.push(rect(346, 86, 908, 408, 'url(#screen)', { rx: 4 }));
	b.push(group([logoMark(C.white, C.orange, '#15697c')], { transform: tr(470, 190, 0.5) }));
	b.push(
		rect(420, 280, 110, 12, C.white, { rx: 6, opacity: 0.7 }),
		rect(420, 305, 150, 10, C.white, { rx: 5, opacity: 0.4 }),
		rect(420, 325, 120, 10, C.white, { rx: 5, opacity: 0.4 }),
	);
	const bars = [110, 150, 190, 170, 240, 290, 330];
	bars.forEach((h, i) =>
		b.push(rect(700 + i * 72, 450 - h, 44, h, i === bars.length - 1 ? C.orange : C.tealLight, { rx: 4, opacity: 0.9 })),
	);
	const linePts: Pt[] = bars.map((h, i) => [722 + i * 72, 420 - h]);
	b.push(poly([...linePts, [1154, 450], [722, 450]], 'url(#area)', { opacity: 0.5 }));
	b.push(polyline(linePts, C.orangeLight, 5, { 'stroke-linejoin': 'round' }));
	for (const [x, y] of linePts) b.push(circle(x, y, 7, C.white));
	b.push(line(690, 452, 1220, 452, C.white, 2, { opacity: 0.5 }));
	// stage lights
	for (const x of [200, 560, 1040, 1400]) {
		b.push(
			poly(
				[
					[x - 12, 0],
					[x + 12, 0],
					[x + 190 * Math.sign(800 - x) + 120, 640],
					[x + 190 * Math.sign(800 - x) - 120, 640],
				],
				'url(#beam)',
			),
		);
		b.push(rect(x - 18, 0, 36, 22, C.slate, { rx: 4 }));
	}
	// stage
	b.push(rect(120, 560, 1360, 110, '#0f3a45'));
	b.push(
		poly(
			[
				[160, 560],
				[1440, 560],
				[1480, 600],
				[120, 600],
			],
			'#1a5564',
		),
	);
	b.push(rect(120, 600, 1360, 6, C.orange));
	// lectern and speaker
	b.push(person(1010, 562, 210, { skin: SKIN[1], hair: HAIR[0], shirt: C.slateDark, pants: C.ink, wave: true }));
	b.push(rect(1002, 400, 16, 30, C.white, { opacity: 0.9 }));
	b.push(
		poly(
			[
				[548, 430],
				[672, 430],
				[680, 562],
				[540, 562],
			],
			C.sandLight,
		),
	);
	b.push(rect(530, 418, 160, 16, C.white, { rx: 3 }));
	b.push(rect(560, 470, 100, 8, C.orange));
	b.push(group([logoMark()], { transform: tr(610, 515, 0.16) }));
	// audience
	const rows: Array<[number, number, number]> = [
		[700, 0.9, 130],
		[790, 1.15, 160],
		[880, 1.4, 200],
	];
	for (const [y, s, gap] of rows) {
		for (let x = -40 + (y % 3) * 40; x < W + 80; x += gap) {
			const jx = x + between(rng, -20, 20);
			b.push(darkAudienceHead(rng, jx, y, s));
			if (rng() < 0.12) b.push(rect(jx + 20 * s, y - 60 * s, 20 * s, 34 * s, '#9fe0e8', { rx: 3, opacity: 0.85 }));
		}
	}
	return svgDoc(W, H, defs, b);
}

function coverBattery(): string {
	const defs = [
		radial(
			'bg',
			[
				[0, '#fbf6ec'],
				[1, '#e6d6b6'],
			],
			0.5,
			0.45,
			0.8,
		),
		linear('bolt', [
			[0, '#f7b66f'],
			[1, '#f08a24'],
		]),
	];
	const b: string[] = [fullBg('bg')];
	b.push(circle(1330, 170, 260, C.tealPale, { opacity: 0.6 }), circle(240, 780, 220, C.orangePale, { opacity: 0.7 }));
	// thin grid
	for (let x = 0; x <= W; x += 80) b.push(line(x, 0, x, H, C.sandDark, 1, { opacity: 0.25 }));
	for (let y = 0; y <= H; y += 80) b.push(line(0, y, W, y, C.sandDark, 1, { opacity: 0.25 }));
	const ox = 760;
	const oy = 330;
	const s = 1;
	// shadow and tray
	b.push(
		poly(
			[
				iso(ox, oy + 30, s, -20, -20, 0),
				iso(ox, oy + 30, s, 600, -20, 0),
				iso(ox, oy + 30, s, 600, 380, 0),
				iso(ox, oy + 30, s, -20, 380, 0),
			],
			'#000',
			{ opacity: 0.12 },
		),
	);
	b.push(isoBox(ox, oy, s, 0, 0, 0, 580, 360, 40, { top: C.slate, left: C.slateDark, right: '#3a4754' }));
	b.push(isoBox(ox, oy, s, 14, 14, 40, 552, 332, 0.1, { top: '#3d4a57', left: C.slateDark, right: C.slateDark }));
	// modules: 4 x 2 grid, back to front
	const mods: Array<[number, number]> = [];
	for (let ix = 0; ix < 4; ix++) for (let iy = 0; iy < 2; iy++) mods.push([ix, iy]);
	mods.sort((p, q) => p[0] + p[1] - (q[0] + q[1]));
	const modColors: IsoColors = { top: '#2d94a8', left: '#0f5c6e', right: '#0b4856' };
	for (const [ix, iy] of mods) {
		const mx = 30 + ix * 132;
		const my = 30 + iy * 152;
		if (ix === 3 && iy === 0) continue; // lifted module drawn later
		b.push(isoBox(ox, oy, s, mx, my, 40, 118, 138, 70, modColors));
		b.push(moduleTop(ox, oy, s, mx, my, 110));
	}
	// busbars across the module tops
	for (const iy of [0, 1]) {
		const y = 30 + iy * 152 + 69;
		const a = iso(ox, oy, s, 40, y - 4, 111);
		const c = iso(ox, oy, s, iy === 0 ? 388 : 520, y - 4, 111);
		b.push(line(a[0], a[1], c[0], c[1], C.orange, 9, { 'stroke-linecap': 'round', opacity: 0.85 }));
	}
	// exploded module floating above its slot
	const fx = 30 + 3 * 132;
	const fy = 30;
	b.push(
		poly(
			[
				iso(ox, oy, s, fx, fy, 110),
				iso(ox, oy, s, fx + 118, fy, 110),
				iso(ox, oy, s, fx + 118, fy + 138, 110),
				iso(ox, oy, s, fx, fy + 138, 110),
			],
			'#000',
			{ opacity: 0.18 },
		),
	);
	for (const [dx, dy] of [
		[0, 0],
		[118, 0],
		[118, 138],
		[0, 138],
	] as const) {
		const p = iso(ox, oy, s, fx + dx, fy + dy, 112);
		const q = iso(ox, oy, s, fx + dx, fy + dy, 230);
		b.push(line(p[0], p[1], q[0], q[1], C.orange, 2, { 'stroke-dasharray': '6 6', opacity: 0.8 }));
	}
	b.push(isoBox(ox, oy, s, fx, fy, 230, 118, 138, 70, modColors));
	b.push(moduleTop(ox, oy, s, fx, fy, 300));
	// charge badge
	b.push(circle(330, 250, 92, C.white, { opacity: 0.9 }), circle(330, 250, 78, C.teal));
	b.push(
		poly(
			[
				[344, 190],
				[296, 262],
				[328, 262],
				[314, 312],
				[366, 234],
				[334, 234],
			],
			'url(#bolt)',
		),
	);
	// battery level bars
	for (let i = 0; i < 5; i++) b.push(rect(1190 + i * 52, 690, 38, 90, i < 4 ? C.teal : C.sand, { rx: 8 }));
	b.push(rect(1172, 676, 280, 118, 'none', { rx: 16, stroke: C.slate, 'stroke-width': 6 }));
	b.push(rect(1452, 712, 16, 46, C.slate, { rx: 4 }));
	return svgDoc(W, H, defs, b);
}

function moduleTop(ox: number, oy: number, s: number, mx: number, my: number, z: number): string {
	const parts: string[] = [];
	for (let i = 0; i < 3; i++) {
		for (let j = 0; j < 4; j++) {
			const p = iso(ox, oy, s, mx + 22 + i * 37, my + 20 + j * 33, z);
			parts.push(ellipse(p[0], p[1], 11, 6.5, '#cfe8ec'), ellipse(p[0], p[1] - 1, 6, 3.5, C.white));
		}
	}
	const t = iso(ox, oy, s, mx + 100, my + 12, z);
	parts.push(ellipse(t[0], t[1], 9, 5, C.orange));
	return group(parts);
}

function coverDrone(): string {
	const rng = mulberry32(808);
	const defs = [
		linear('sky', [
			[0, '#7fbfc8'],
			[0.6, '#d7ebe8'],
			[1, '#f6e6c8'],
		]),
		linear('mist', [
			[0, '#ffffff', 0.7],
			[1, '#ffffff', 0],
		]),
	];
	const b: string[] = [fullBg('sky')];
	b.push(circle(1300, 170, 70, '#fff4dc'), circle(1300, 170, 110, '#fff4dc', { opacity: 0.35 }));
	b.push(cloud(260, 170, 1.2, C.white, 0.8), cloud(900, 120, 0.9, C.white, 0.7), cloud(1480, 300, 0.8, C.white, 0.6));
	// hills and fields
	b.push(shape('M0 470 Q 300 400 620 450 T 1200 430 T 1600 450 V 900 H 0 Z', '#8cbfa9'));
	b.push(shape('M0 540 Q 400 470 800 530 T 1600 510 V 900 H 0 Z', '#5ea38d'));
	const bands: Array<[string, string]> = [
		['M0 610 Q 500 540 1000 600 T 1600 590 V 900 H 0 Z', '#d8c48e'],
		['M0 690 Q 600 620 1100 690 T 1600 680 V 900 H 0 Z', '#7cb070'],
		['M0 790 Q 700 730 1600 790 V 900 H 0 Z', '#c9ae6e'],
	];
	for (const [d, c] of bands) b.push(shape(d, c));
	// crop rows
	for (let i = 0; i < 16; i++) {
		const x = -300 + i * 140;
		b.push(shape(`M${x} 900 Q ${x + 400} 720 ${x + 760} 610`, 'none', { stroke: '#000', 'stroke-width': 3, opacity: 0.08 }));
	}
	for (let i = 0; i < 8; i++) b.push(tree(between(rng, 40, 1560), between(rng, 520, 560), between(rng, 0.35, 0.5), '#3d8f83', '#2f7a70'));
	// spray mist under the lead drone
	b.push(
		poly(
			[
				[640, 470],
				[860, 470],
				[980, 800],
				[520, 800],
			],
			'url(#mist)',
		),
	);
	for (let i = 0; i < 70; i++) {
		const t = rng();
		const y = 480 + t * 300;
		const half = 110 + t * 120;
		b.push(circle(750 + between(rng, -half, half), y, between(rng, 1.5, 3.5), C.white, { opacity: 0.7 }));
	}
	// flight path
	b.push(
		shape('M120 420 C 300 260 520 330 750 380 S 1150 260 1400 180', 'none', {
			stroke: C.orange,
			'stroke-width': 4,
			'stroke-dasharray': '4 14',
			'stroke-linecap': 'round',
			opacity: 0.9,
		}),
	);
	b.push(drone(1250, 250, 0.55, -6));
	b.push(drone(330, 330, 0.7, 5));
	b.push(drone(750, 400, 1.1, -3));
	return svgDoc(W, H, defs, b);
}

function coverCnc(): string {
	const rng = mulberry32(909);
	const defs = [
		linear('shop', [
			[0, '#22313b'],
			[1, '#111a20'],
		]),
		linear(
			'body',
			[
				[0, '#f4f6f7'],
				[1, '#d3dadf'],
			],
			0,
			0,
			1,
			0,
		),
		linear('window', [
			[0, '#10242b'],
			[1, '#0a171c'],
		]),
		radial('spark', [
			[0, '#fff1c9', 0.9],
			[0.2, '#f7b66f', 0.45],
			[1, '#f08a24', 0],
		]),
		linear(
			'metal',
			[
				[0, '#c7d0d6'],
				[1, '#8e9ba7'],
			],
			0,
			0,
			1,
			0,
		),
	];
	const b: string[] = [fullBg('shop')];
	for (let x = 0; x < W; x += 200) b.push(rect(x, 0, 6, 700, '#000', { opacity: 0.15 }));
	// overhead lamps
	for (const x of [200, 800, 1400]) {
		b.push(line(x, 0, x, 40, C.slate, 3), shape(`M${x - 50} 70 Q ${x} 20 ${x + 50} 70 Z`, C.slate), ellipse(x, 70, 50, 8, '#ffe9c2'));
		b.push(
			poly(
				[
					[x - 50, 72],
					[x + 50, 72],
					[x + 170, 400],
					[x - 170, 400],
				],
				'#ffe9c2',
				{ opacity: 0.04 },
			),
		);
	}
	b.push(rect(0, 770, W, 130, '#2c3a44'));
	for (let x = -40; x < W; x += 60)
		b.push(
			poly(
				[
					[x, 770],
					[x + 30, 770],
					[x + 10, 796],
					[x - 20, 796],
				],
				C.orange,
				{ opacity: 0.85 },
			),
		);
	b.push(rect(0, 796, W, 104, '#26323b'));
	// chip conveyor and bin on the left
	b.push(
		poly(
			[
				[250, 700],
				[300, 700],
				[170, 560],
				[130, 580],
			],
			C.slate,
		),
	);
	b.push(rect(80, 650, 150, 120, C.tealMid, { rx: 8 }), rect(80, 650, 150, 18, C.teal, { rx: 6 }));
	for (let i = 0; i < 12; i++) b.push(circle(between(rng, 100, 210), between(rng, 640, 660), between(rng, 4, 8), C.slateLight));
	// machine enclosure: sloped top, sliding door, base
	b.push(ellipse(760, 800, 520, 26, '#000', { opacity: 0.4 }));
	b.push(rect(280, 700, 960, 90, C.slateDark, { rx: 10 }));
	b.push(rect(300, 712, 920, 10, C.orange));
	b.push(
		poly(
			[
				[290, 180],
				[1230, 180],
				[1230, 710],
				[290, 710],
			],
			'url(#body)',
		),
	);
	b.push(
		poly(
			[
				[290, 180],
				[1230, 180],
				[1190, 100],
				[330, 100],
			],
			C.teal,
		),
	);
	b.push(rect(360, 122, 160, 12, C.tealLight, { rx: 6 }));
	// fixed panel on the right, sliding door on the left
	b.push(rect(880, 200, 330, 490, '#e5e9ec', { rx: 10 }));
	for (let y = 230; y < 660; y += 36) b.push(rect(910, y, 270, 14, '#cfd6dc', { rx: 4 }));
	b.push(rect(310, 200, 560, 490, '#eef1f3', { rx: 10 }));
	b.push(rect(840, 330, 14, 200, C.slate, { rx: 7 }));
	b.push(rect(340, 230, 480, 380, C.slateLight, { rx: 14 }));
	b.push(rect(354, 244, 452, 352, 'url(#window)', { rx: 8 }));
	b.push(rect(340, 630, 480, 40, '#dfe4e8', { rx: 6 }));
	// spindle head and tool
	b.push(rect(500, 244, 160, 110, '#3a4652'));
	b.push(rect(530, 354, 100, 56, '#4e5c69'));
	b.push(rect(556, 410, 48, 36, 'url(#metal)'));
	b.push(
		poly(
			[
				[570, 446],
				[590, 446],
				[585, 500],
				[575, 500],
			],
			'#dfe5e9',
		),
	);
	// coolant nozzle
	b.push(shape('M660 300 Q 700 330 640 470', 'none', { stroke: C.tealLight, 'stroke-width': 7, 'stroke-linecap': 'round' }));
	// table and workpiece
	b.push(rect(380, 540, 400, 56, '#3b4853'));
	for (let x = 400; x < 770; x += 40) b.push(rect(x, 548, 20, 8, '#2d3843'));
	b.push(rect(440, 502, 280, 40, 'url(#metal)', { rx: 3 }));
	b.push(rect(500, 494, 110, 10, '#aeb9c1'));
	// sparks
	const sx = 580;
	const sy = 502;
	b.push(circle(sx, sy, 130, 'url(#spark)'));
	for (let i = 0; i < 70; i++) {
		const a = between(rng, Math.PI * 1.02, Math.PI * 1.98);
		const r0 = between(rng, 8, 36);
		const r1 = r0 + between(rng, 30, 150);
		b.push(
			line(
				sx + Math.cos(a) * r0,
				sy + Math.sin(a) * r0 * 0.7,
				sx + Math.cos(a) * r1,
				sy + Math.sin(a) * r1 * 0.7,
				pick(rng, [C.orangeLight, '#ffe3a8', C.orange]),
				between(rng, 1.5, 3.5),
				{
					'stroke-linecap': 'round',
					opacity: between(rng, 0.6, 1),
				},
			),
		);
	}
	for (let i = 0; i < 25; i++)
		b.push(circle(sx + between(rng, -200, 200), sy + between(rng, 0, 80), between(rng, 1.5, 3), '#ffd9a0', { opacity: 0.8 }));
	// glass reflection
	b.push(
		poly(
			[
				[400, 244],
				[490, 244],
				[380, 596],
				[354, 596],
				[354, 380],
			],
			C.white,
			{ opacity: 0.06 },
		),
	);
	// control pendant on a swing arm
	b.push(rect(1230, 230, 110, 20, C.slate), rect(1320, 230, 20, 90, C.slate));
	b.push(rect(1250, 310, 200, 330, C.slateDark, { rx: 14 }));
	b.push(rect(1268, 330, 164, 116, '#0d3a45', { rx: 6 }));
	b.push(rect(1282, 344, 72, 10, C.tealLight, { rx: 5 }), rect(1282, 362, 110, 8, C.tealLight, { rx: 4, opacity: 0.5 }));
	b.push(
		polyline(
			[
				[1282, 430],
				[1310, 404],
				[1338, 416],
				[1366, 386],
				[1418, 378],
			],
			C.orange,
			4,
		),
	);
	for (let r = 0; r < 3; r++)
		for (let c = 0; c < 4; c++) b.push(rect(1272 + c * 40, 462 + r * 34, 30, 22, r === 0 && c === 3 ? C.orange : '#4e5c69', { rx: 5 }));
	b.push(circle(1350, 598, 28, '#3a4652'), circle(1350, 598, 19, C.orange), circle(1350, 598, 8, C.orangeDeep));
	// signal tower light
	b.push(
		rect(1160, 60, 14, 42, C.slate),
		rect(1154, 14, 26, 16, C.orange, { rx: 4 }),
		rect(1154, 32, 26, 14, '#f4d35e', { rx: 3 }),
		rect(1154, 48, 26, 14, C.tealLight, { rx: 3 }),
	);
	return svgDoc(W, H, defs, b);
}

function coverAgv(): string {
	const rng = mulberry32(1010);
	const defs = [
		linear('wall', [
			[0, '#d9e3e6'],
			[1, '#eef2f3'],
		]),
		linear('floor', [
			[0, '#b9c4ca'],
			[1, '#dde3e6'],
		]),
		linear('light', [
			[0, '#ffffff', 0.7],
			[1, '#ffffff', 0],
		]),
	];
	const b: string[] = [fullBg('wall')];
	// skylights
	for (let x = 80; x < W; x += 320)
		b.push(
			rect(x, 0, 200, 34, '#f7fbfc'),
			poly(
				[
					[x, 34],
					[x + 200, 34],
					[x + 260, 300],
					[x - 60, 300],
				],
				'url(#light)',
				{ opacity: 0.5 },
			),
		);
	// far racks (lighter), then near racks
	const rack = (y0: number, height: number, levels: number, tone: number): void => {
		const lh = height / levels;
		for (let x = 0; x < W; x += 200) {
			b.push(rect(x, y0, 10, height, C.teal, { opacity: tone }));
			for (let l = 0; l < levels; l++) {
				const ly = y0 + l * lh;
				b.push(rect(x, ly + lh - 8, 200, 8, C.orange, { opacity: tone }));
				let bx = x + 16;
				while (bx < x + 180) {
					const w = between(rng, 40, 70);
					const h = between(rng, lh * 0.45, lh * 0.8);
					if (bx + w > x + 194) break;
					if (rng() > 0.15)
						b.push(rect(bx, ly + lh - 8 - h, w - 6, h, pick(rng, ['#d8b884', '#c9a46c', '#e4cb9f', '#cdd7dc']), { opacity: tone, rx: 2 }));
					bx += w;
				}
			}
		}
	};
	rack(60, 420, 4, 1);
	b.push(rect(0, 60, W, 420, '#e6ecee', { opacity: 0.35 }));
	// floor
	b.push(rect(0, 480, W, 420, 'url(#floor)'));
	for (let x = -1600; x <= 3200; x += 200) b.push(line(800 + (x - 800) * 0.3, 480, x, 900, C.white, 2, { opacity: 0.2 }));
	b.push(
		poly(
			[
				[0, 560],
				[W, 560],
				[W, 574],
				[0, 574],
			],
			C.orange,
			{ opacity: 0.9 },
		),
	);
	b.push(
		poly(
			[
				[0, 800],
				[W, 800],
				[W, 816],
				[0, 816],
			],
			C.orange,
			{ opacity: 0.9 },
		),
	);
	b.push(line(0, 680, W, 680, C.white, 6, { 'stroke-dasharray': '60 40', opacity: 0.8 }));
	for (let x = 60; x < W; x += 180)
		b.push(rect(x, 625, 26, 26, C.ink, { opacity: 0.5 }), rect(x + 6, 631, 14, 14, C.white, { opacity: 0.6 }));
	// AGVs
	b.push(agv(340, 655, 0.75, 'pallet', rng));
	b.push(agv(1180, 660, 0.75, 'rack', rng));
	b.push(agv(760, 860, 1.05, 'rack', rng));
	// motion hints
	for (const [x, y] of [
		[160, 630],
		[990, 630],
		[520, 820],
	] as const) {
		for (let i = 0; i < 3; i++) b.push(capsule(x - i * 40, y - i * 20, x - i * 40 - 60, y - i * 20, 6, C.teal, { opacity: 0.35 }));
	}
	return svgDoc(W, H, defs, b);
}

function turbine(x: number, y: number, h: number, deg: number): string {
	const s = h / 400;
	const blade = (a: number): string =>
		shape('M0 0 C 14 -20 16 -120 4 -230 L -4 -230 C -10 -140 -12 -40 -8 -4 Z', C.white, { transform: `rotate(${num(a)})` });
	return group(
		[
			poly(
				[
					[-9, -400],
					[9, -400],
					[15, 0],
					[-15, 0],
				],
				C.white,
			),
			poly(
				[
					[3, -400],
					[9, -400],
					[15, 0],
					[6, 0],
				],
				'#000',
				{ opacity: 0.07 },
			),
			rect(-22, -418, 48, 24, '#f2f4f5', { rx: 10 }),
			group([blade(0), blade(120), blade(240)], { transform: `translate(0 -406) rotate(${num(deg)})` }),
			circle(0, -406, 11, C.mist),
			circle(0, -406, 5, C.orange),
		],
		{ transform: tr(x, y, s) },
	);
}

function coverGreenEnergy(): string {
	const defs = [
		linear('sky', [
			[0, '#6fb3bf'],
			[0.7, '#dff0ee'],
			[1, '#f7ecd6'],
		]),
		linear(
			'panel',
			[
				[0, '#1b6f86'],
				[1, '#0c3c4d'],
			],
			0,
			0,
			1,
			1,
		),
	];
	const b: string[] = [fullBg('sky')];
	b.push(circle(260, 170, 80, '#fff6df'), circle(260, 170, 130, '#fff6df', { opacity: 0.35 }));
	b.push(cloud(700, 150, 1.1, C.white, 0.8), cloud(1300, 110, 0.9, C.white, 0.7));
	b.push(shape('M0 500 Q 250 400 520 470 T 1050 440 T 1600 460 V 900 H 0 Z', '#a6cfc3'));
	b.push(turbine(380, 470, 240, 20), turbine(620, 460, 200, 75), turbine(1500, 460, 220, 100));
	b.push(shape('M0 580 Q 380 470 760 560 T 1600 530 V 900 H 0 Z', '#72ae9b'));
	b.push(turbine(980, 560, 420, 40), turbine(1300, 545, 330, 95));
	b.push(shape('M0 650 Q 500 600 1000 650 T 1600 640 V 900 H 0 Z', '#4e9a83'));
	// solar arrays in three rows (front rows larger)
	const panelRow = (y: number, pw: number, ph: number, count: number, x0: number, gap: number): void => {
		for (let i = 0; i < count; i++) {
			const x = x0 + i * (pw + gap);
			const skew = ph * 0.35;
			b.push(
				line(x + pw * 0.3, y + ph, x + pw * 0.3, y + ph + ph * 0.45, C.slate, 4),
				line(x + pw * 0.75, y + ph, x + pw * 0.75, y + ph + ph * 0.45, C.slate, 4),
			);
			b.push(
				poly(
					[
						[x + skew, y],
						[x + pw + skew, y],
						[x + pw, y + ph],
						[x, y + ph],
					],
					'url(#panel)',
				),
			);
			for (let k = 1; k < 6; k++) {
				const t = k / 6;
				b.push(line(x + skew + pw * t, y, x + pw * t, y + ph, '#8fd0dc', 1.5, { opacity: 0.55 }));
			}
			for (let k = 1; k < 3; k++) {
				const t = k / 3;
				b.push(line(x + skew * (1 - t), y + ph * t, x + pw + skew * (1 - t), y + ph * t, '#8fd0dc', 1.5, { opacity: 0.55 }));
			}
			b.push(
				poly(
					[
						[x + skew, y],
						[x + pw + skew, y],
						[x + pw + skew - 6, y + 10],
						[x + skew - 4, y + 10],
					],
					C.white,
					{ opacity: 0.25 },
				),
			);
		}
	};
	panelRow(640, 120, 40, 12, -40, 16);
	b.push(rect(0, 700, W, 200, '#4e9a83'));
	panelRow(710, 190, 62, 9, -120, 22);
	b.push(rect(0, 800, W, 100, '#3f8a74'));
	panelRow(795, 280, 90, 6, -200, 30);
	return svgDoc(W, H, defs, b);
}

function coverChip(): string {
	const rng = mulberry32(1212);
	const defs = [
		radial(
			'bg',
			[
				[0, '#0f4f5e'],
				[1, '#051c23'],
			],
			0.6,
			0.5,
			0.8,
		),
		linear(
			'wafer',
			[
				[0, '#9fd3dc'],
				[0.35, '#d7c6e6'],
				[0.6, '#f6d7ae'],
				[1, '#74b7c2'],
			],
			0,
			0,
			1,
			1,
		),
		linear(
			'die',
			[
				[0, '#f7b66f'],
				[1, '#c9661a'],
			],
			0,
			0,
			1,
			1,
		),
		radial('glow', [
			[0, '#f08a24', 0.45],
			[1, '#f08a24', 0],
		]),
		clip('waferClip', circle(470, 450, 320, '#fff')),
	];
	const b: string[] = [fullBg('bg')];
	// circuit traces
	const grid = 40;
	for (let i = 0; i < 46; i++) {
		let x = Math.round(between(rng, 0, W) / grid) * grid;
		let y = Math.round(between(rng, 0, H) / grid) * grid;
		const path: Pt[] = [[x, y]];
		for (let k = 0; k < 4; k++) {
			const dir = Math.floor(rng() * 4);
			const len = grid * (1 + Math.floor(rng() * 4));
			if (dir === 0) x += len;
			else if (dir === 1) x -= len;
			else if (dir === 2) y += len;
			else {
				x += len;
				y -= len;
			}
			path.push([x, y]);
		}
		const hot = rng() < 0.18;
		const col = hot ? C.orange : C.tealLight;
		b.push(polyline(path, col, 2.5, { opacity: hot ? 0.8 : 0.28, 'stroke-linejoin': 'round' }));
		const end = path[path.length - 1] ?? [x, y];
		b.push(circle(end[0], end[1], 5, 'none', { stroke: col, 'stroke-width': 2.5, opacity: hot ? 0.9 : 0.35 }));
	}
	// wafer
	b.push(circle(480, 462, 322, '#000', { opacity: 0.35 }));
	b.push(circle(470, 450, 322, '#c7d0d6'));
	b.push(circle(470, 450, 316, 'url(#wafer)'));
	const dies: string[] = [];
	const ds = 46;
	for (let gx = 470 - 7 * ds; gx < 470 + 7 * ds; gx += ds) {
		for (let gy = 450 - 7 * ds; gy < 450 + 7 * ds; gy += ds) {
			const cx = gx + ds / 2 - 470;
			const cy = gy + ds / 2 - 450;
			if (Math.hypot(cx, cy) > 300) continue;
			dies.push(rect(gx + 3, gy + 3, ds - 6, ds - 6, C.white, { opacity: 0.22, rx: 2 }));
			dies.push(rect(gx + 12, gy + 12, ds - 24, ds - 24, C.teal, { opacity: 0.18 }));
		}
	}
	b.push(group(dies, { 'clip-path': 'url(#waferClip)' }));
	const rim = (deg: number): string =>
		`${num(470 + 290 * Math.cos((deg * Math.PI) / 180))} ${num(450 + 290 * Math.sin((deg * Math.PI) / 180))}`;
	b.push(
		shape(`M${rim(-150)} A290 290 0 0 1 ${rim(-95)}`, 'none', {
			stroke: C.white,
			'stroke-width': 10,
			opacity: 0.4,
			'stroke-linecap': 'round',
		}),
	);
	b.push(
		poly(
			[
				[455, 772],
				[485, 772],
				[470, 756],
			],
			'#051c23',
		),
	);
	// chip package
	const cx = 1170;
	const cy = 450;
	b.push(circle(cx, cy, 330, 'url(#glow)'));
	const half = 170;
	for (let i = 0; i < 12; i++) {
		const o = -half + 28 + i * ((2 * half - 56) / 11);
		b.push(rect(cx + o - 7, cy - half - 46, 14, 50, '#c3ccd3', { rx: 3 }), rect(cx + o - 7, cy + half - 4, 14, 50, '#c3ccd3', { rx: 3 }));
		b.push(rect(cx - half - 46, cy + o - 7, 50, 14, '#c3ccd3', { rx: 3 }), rect(cx + half - 4, cy + o - 7, 50, 14, '#c3ccd3', { rx: 3 }));
	}
	b.push(rect(cx - half + 10, cy - half + 14, 2 * half, 2 * half, '#000', { opacity: 0.35, rx: 18 }));
	b.push(rect(cx - half, cy - half, 2 * half, 2 * half, '#1f2a33', { rx: 18 }));
	b.push(rect(cx - half + 14, cy - half + 14, 2 * half - 28, 2 * half - 28, '#27343f', { rx: 10 }));
	b.push(rect(cx - 80, cy - 80, 160, 160, 'url(#die)', { rx: 6 }));
	for (let k = 1; k < 4; k++) {
		b.push(line(cx - 80 + k * 40, cy - 80, cx - 80 + k * 40, cy + 80, C.orangeDeep, 2, { opacity: 0.6 }));
		b.push(line(cx - 80, cy - 80 + k * 40, cx + 80, cy - 80 + k * 40, C.orangeDeep, 2, { opacity: 0.6 }));
	}
	b.push(rect(cx - 80, cy - 80, 80, 80, C.white, { opacity: 0.15 }));
	b.push(circle(cx - half + 34, cy - half + 34, 9, '#3b4a57'));
	return svgDoc(W, H, defs, b);
}

function coverRegistration(): string {
	const rng = mulberry32(1313);
	const defs = [
		linear(
			'bg',
			[
				[0, '#f7f0e3'],
				[1, '#e9d9bb'],
			],
			0,
			0,
			1,
			1,
		),
		linear(
			'header',
			[
				[0, '#2a8497'],
				[1, '#0f5c6e'],
			],
			0,
			0,
			1,
			1,
		),
	];
	const b: string[] = [fullBg('bg')];
	b.push(circle(1380, 160, 240, C.orangePale, { opacity: 0.8 }), circle(200, 760, 260, C.tealPale, { opacity: 0.8 }));
	for (let i = 0; i < 30; i++)
		b.push(circle(between(rng, 0, W), between(rng, 0, H), between(rng, 3, 7), pick(rng, [C.orangeLight, C.tealLight]), { opacity: 0.35 }));
	const badge = (x: number, y: number, deg: number, ribbon: string, role: string, seed: number): string => {
		const r = mulberry32(seed);
		const parts: string[] = [];
		// lanyard: two straps meeting at the clip
		parts.push(
			poly(
				[
					[-150, -700],
					[-110, -700],
					[-4, -40],
					[-30, -40],
				],
				ribbon,
			),
		);
		parts.push(
			poly(
				[
					[110, -700],
					[150, -700],
					[30, -40],
					[4, -40],
				],
				ribbon,
			),
		);
		for (let k = 0; k < 8; k++) {
			const t = k / 8;
			parts.push(circle(-130 + 113 * t, -680 + 640 * t, 5, C.white, { opacity: 0.7 }));
			parts.push(circle(130 - 113 * t, -680 + 640 * t, 5, C.white, { opacity: 0.7 }));
		}
		parts.push(rect(-26, -52, 52, 30, C.slateLight, { rx: 8 }), rect(-10, -26, 20, 30, C.slate, { rx: 4 }));
		// card
		parts.push(rect(-196, 14, 400, 560, '#000', { opacity: 0.15, rx: 22 }));
		parts.push(rect(-200, 0, 400, 560, C.white, { rx: 22 }));
		parts.push(rect(-40, 14, 80, 14, C.sand, { rx: 7 }));
		parts.push(shape('M-200 40 a22 22 0 0 1 22 -22 h356 a22 22 0 0 1 22 22 v120 h-400 Z', 'url(#header)'));
		parts.push(group([logoMark(C.white, C.orange, '#1a7184')], { transform: tr(-130, 100, 0.35) }));
		parts.push(rect(-60, 80, 200, 14, C.white, { rx: 7, opacity: 0.85 }), rect(-60, 106, 140, 10, C.white, { rx: 5, opacity: 0.5 }));
		parts.push(circle(0, 230, 58, C.tealPale), circle(0, 214, 22, C.tealMid), shape('M-38 272 Q0 226 38 272 Z', C.tealMid));
		parts.push(rect(-120, 310, 240, 20, C.slateDark, { rx: 10 }), rect(-90, 344, 180, 12, C.slateLight, { rx: 6 }));
		parts.push(rect(-200, 380, 400, 50, role), rect(-60, 398, 120, 14, C.white, { rx: 7, opacity: 0.85 }));
		parts.push(fakeQr(r, -60, 445, 120, C.ink));
		return group(parts, { transform: tr(x, y, 1, deg) });
	};
	b.push(badge(1120, 260, 8, C.teal, C.tealMid, 77));
	b.push(badge(720, 250, -5, C.orange, C.orange, 78));
	return svgDoc(W, H, defs, b);
}

function coverShuttle(): string {
	const rng = mulberry32(1414);
	const defs = [
		linear('sky', [
			[0, '#9fd0d6'],
			[1, '#f3ecd9'],
		]),
		linear('bus', [
			[0, '#1a7385'],
			[1, '#0f5c6e'],
		]),
		linear(
			'glass',
			[
				[0, '#bfe3e8'],
				[1, '#6fa9b4'],
			],
			0,
			0,
			1,
			1,
		),
	];
	const b: string[] = [fullBg('sky')];
	b.push(cloud(300, 120, 1, C.white, 0.8), cloud(1250, 90, 1.2, C.white, 0.8));
	// city silhouettes
	let x = 0;
	while (x < W) {
		const w = between(rng, 60, 130);
		const h = between(rng, 120, 300);
		b.push(rect(x, 480 - h, w - 8, h + 10, pick(rng, ['#a8cdd0', '#b7d6d6', '#98c2c6'])));
		x += w;
	}
	// viaduct with metro train
	b.push(rect(0, 300, W, 34, C.sandLight), rect(0, 334, W, 12, C.sandDark));
	for (let px = 100; px < W; px += 300) b.push(rect(px, 346, 40, 300, '#d9ccb2'), rect(px - 14, 346, 68, 16, C.sandDark));
	b.push(
		group(
			[
				rect(140, 210, 1240, 92, C.white, { rx: 14 }),
				shape('M1380 210 h40 q70 0 90 70 l6 22 h-136 Z', C.white),
				shape('M1440 224 q46 4 60 52 h-60 Z', C.tealDeep),
				rect(140, 272, 1370, 12, C.orange),
				...Array.from({ length: 20 }, (_, i) => rect(170 + i * 62, 228, 42, 32, C.tealDeep, { rx: 6 })),
				...[480, 860, 1240].map((dx) => line(dx, 212, dx, 300, C.slateLight, 3)),
			],
			{},
		),
	);
	// road
	b.push(rect(0, 640, W, 260, '#4b5967'));
	b.push(rect(0, 640, W, 14, C.sandLight));
	for (let lx = 20; lx < W; lx += 140) b.push(rect(lx, 790, 80, 10, C.white, { opacity: 0.8 }));
	for (const tx of [60, 1540]) b.push(tree(tx, 650, 1.6));
	// bus stop
	b.push(
		rect(1380, 420, 12, 230, C.slate),
		circle(1386, 410, 40, C.orange),
		rect(1366, 394, 40, 26, C.white, { rx: 5 }),
		circle(1374, 424, 5, C.white),
		circle(1398, 424, 5, C.white),
	);
	// shuttle bus
	b.push(ellipse(760, 775, 520, 18, '#000', { opacity: 0.25 }));
	b.push(
		group([
			rect(260, 470, 1000, 290, 'url(#bus)', { rx: 40 }),
			rect(260, 470, 1000, 30, C.white, { rx: 30, opacity: 0.25 }),
			...Array.from({ length: 6 }, (_, i) => rect(300 + i * 140, 520, 120, 110, 'url(#glass)', { rx: 10 })),
			...Array.from({ length: 6 }, (_, i) =>
				poly(
					[
						[320 + i * 140, 520],
						[350 + i * 140, 520],
						[320 + i * 140, 580],
					],
					C.white,
					{ opacity: 0.35 },
				),
			),
			rect(1150, 520, 95, 140, 'url(#glass)', { rx: 10 }),
			rect(1150, 520, 95, 230, 'none', { stroke: C.tealDeep, 'stroke-width': 4, rx: 8 }),
			rect(260, 660, 1000, 22, C.orange),
			rect(1230, 700, 30, 24, '#fff2c9', { rx: 6 }),
			rect(260, 700, 22, 24, C.orangeDeep, { rx: 6 }),
			group([logoMark(C.white, C.orange, C.teal)], { transform: tr(560, 712, 0.22) }),
		]),
	);
	for (const wx of [420, 1040]) b.push(circle(wx, 760, 58, C.ink), circle(wx, 760, 28, C.slateLight), circle(wx, 760, 10, C.slate));
	return svgDoc(W, H, defs, b);
}

function coverSkyline(): string {
	const rng = mulberry32(1515);
	const defs = [
		linear('sky', [
			[0, '#0b3a47'],
			[0.35, '#1f6574'],
			[0.55, '#c98a5a'],
			[0.665, '#f4c08a'],
			[1, '#f7d7a6'],
		]),
		linear('river', [
			[0, '#1d6b78'],
			[1, '#072a33'],
		]),
		radial('sun', [
			[0, '#fff1d2', 0.9],
			[0.3, '#ffd9a0', 0.5],
			[1, '#f7b66f', 0],
		]),
		clip('riverClip', rect(0, 600, W, 230, '#fff')),
	];
	const b: string[] = [fullBg('sky')];
	b.push(circle(1150, 560, 260, 'url(#sun)'), circle(1150, 560, 60, '#ffe6bd'));
	b.push(shape('M0 540 Q 200 440 420 500 T 840 470 T 1300 490 T 1600 470 V 600 H 0 Z', '#56808a', { opacity: 0.55 }));
	const sky: string[] = [];
	let x = -10;
	while (x < 1240) {
		const w = between(rng, 50, 110);
		const hgt = between(rng, 70, 260) * (1 - Math.abs(x - 700) / 1300);
		const col = pick(rng, ['#0e3d49', '#12495a', '#0b3440']);
		sky.push(rect(x, 600 - hgt, w - 4, hgt, col));
		for (let wy = 600 - hgt + 14; wy < 590; wy += 18) {
			for (let wx = x + 8; wx < x + w - 14; wx += 14) {
				if (rng() < 0.22) sky.push(rect(wx, wy, 6, 9, pick(rng, ['#f7b66f', '#fde2c2', '#f08a24'])));
			}
		}
		x += w;
	}
	// landmarks: TV tower, supertall, and the expo centre's wave roof on the riverbank
	sky.push(rect(396, 210, 14, 390, '#0a3440'), circle(403, 300, 30, '#0e3d49'), circle(403, 300, 18, C.orangeLight, { opacity: 0.8 }));
	sky.push(rect(400, 150, 6, 70, '#0a3440'), circle(403, 400, 16, '#0e3d49'));
	sky.push(shape('M880 600 L880 250 Q 905 160 930 130 Q 955 160 980 250 L980 600 Z', '#0c3945'));
	for (let wy = 270; wy < 590; wy += 22) sky.push(rect(892, wy, 76, 4, C.orangeLight, { opacity: 0.35 }));
	sky.push(rect(1270, 546, 320, 54, '#1f6f80'));
	for (let gx = 1280; gx < 1590; gx += 22) sky.push(rect(gx, 556, 12, 40, '#fde2c2', { opacity: 0.55 }));
	sky.push(shape('M1250 552 Q1340 500 1425 522 Q1510 496 1600 540 V554 Q1510 512 1425 536 Q1340 516 1250 566 Z', C.sandLight));
	b.push(group(sky));
	// river with the skyline's reflection
	b.push(rect(0, 600, W, 300, 'url(#river)'));
	b.push(group([group(sky, { transform: 'translate(0 1200) scale(1 -1)', opacity: 0.22 })], { 'clip-path': 'url(#riverClip)' }));
	b.push(ellipse(1150, 640, 110, 10, '#ffe2b0', { opacity: 0.45 }), ellipse(1150, 670, 70, 6, '#ffe2b0', { opacity: 0.35 }));
	for (let i = 0; i < 50; i++) {
		const wx = between(rng, 0, W);
		const wy = between(rng, 615, 890);
		b.push(
			line(wx, wy, wx + between(rng, 30, 120), wy, pick(rng, [C.orangeLight, C.tealLight]), 2.5, {
				opacity: 0.3,
				'stroke-linecap': 'round',
			}),
		);
	}
	b.push(rect(0, 596, W, 6, '#061f26'));
	// cable-stayed bridge crossing in front
	const bridge: string[] = [];
	for (const px of [80, 560]) bridge.push(rect(px - 10, 676, 20, 120, '#0a2d36'));
	bridge.push(
		poly(
			[
				[270, 680],
				[290, 680],
				[306, 470],
				[294, 470],
			],
			'#0a2d36',
		),
		poly(
			[
				[330, 680],
				[310, 680],
				[306, 470],
				[318, 470],
			],
			'#0a2d36',
		),
	);
	for (let k = 0; k < 9; k++) {
		bridge.push(line(304, 490 + k * 6, 30 + k * 28, 672, '#0a2d36', 2), line(308, 490 + k * 6, 580 - k * 28, 672, '#0a2d36', 2));
	}
	bridge.push(rect(-20, 668, 720, 14, '#0a2d36'), rect(-20, 664, 720, 4, C.orangeLight, { opacity: 0.6 }));
	for (let lx = 0; lx < 700; lx += 40) bridge.push(circle(lx, 662, 2.5, '#ffe2b0'));
	b.push(group(bridge));
	// tour boat
	b.push(shape('M900 790 h200 l-32 30 h-140 Z', C.white), rect(940, 758, 100, 32, C.orange, { rx: 4 }));
	for (let wx = 952; wx < 1030; wx += 22) b.push(rect(wx, 766, 12, 10, '#fde2c2'));
	b.push(line(890, 826, 1110, 826, C.white, 2, { opacity: 0.35 }));
	return svgDoc(W, H, defs, b);
}

function coverStartups(): string {
	const rng = mulberry32(1616);
	const defs = [
		linear('hall', [
			[0, '#0c4351'],
			[1, '#125f70'],
		]),
		linear('carpet', [
			[0, '#8e9ba7'],
			[1, '#b9c2c9'],
		]),
	];
	const b: string[] = [fullBg('hall')];
	// ceiling truss
	b.push(rect(0, 40, W, 16, C.slate), rect(0, 86, W, 16, C.slate));
	for (let tx = 0; tx < W; tx += 40) b.push(line(tx, 56, tx + 40, 86, C.slate, 4));
	for (let lx = 100; lx < W; lx += 200)
		b.push(
			rect(lx, 100, 26, 24, C.slateDark, { rx: 4 }),
			poly(
				[
					[lx, 124],
					[lx + 26, 124],
					[lx + 80, 420],
					[lx - 54, 420],
				],
				'#ffffff',
				{ opacity: 0.05 },
			),
		);
	// hanging sign with rocket
	b.push(line(800, 100, 800, 150, C.slateLight, 3));
	b.push(rect(680, 150, 240, 110, C.orange, { rx: 14 }));
	b.push(
		group(
			[
				shape('M0 -40 Q 22 -20 18 22 H -18 Q -22 -20 0 -40 Z', C.white),
				circle(0, -8, 8, C.teal),
				poly(
					[
						[-18, 6],
						[-32, 28],
						[-18, 24],
					],
					C.white,
				),
				poly(
					[
						[18, 6],
						[32, 28],
						[18, 24],
					],
					C.white,
				),
				poly(
					[
						[-10, 24],
						[10, 24],
						[0, 44],
					],
					C.orangePale,
				),
			],
			{ transform: tr(800, 205) },
		),
	);
	// booths
	const booths: Array<[string, string]> = [
		[C.sandLight, C.teal],
		[C.tealPale, C.orange],
		[C.orangePale, C.tealMid],
		[C.white, C.slateDark],
	];
	booths.forEach(([wall, accent], i) => {
		const bx = 70 + i * 370;
		b.push(rect(bx, 320, 350, 300, wall));
		b.push(rect(bx, 290, 350, 50, accent));
		b.push(circle(bx + 40, 315, 14, C.white), rect(bx + 66, 308, 100, 14, C.white, { rx: 7, opacity: 0.85 }));
		b.push(rect(bx - 6, 290, 12, 330, C.slateLight), rect(bx + 344, 290, 12, 330, C.slateLight));
		b.push(rect(bx + 170, 370, 150, 96, C.ink, { rx: 6 }), rect(bx + 178, 378, 134, 80, accent, { rx: 3, opacity: 0.85 }));
		b.push(
			circle(bx + 220, 418, 18, C.white, { opacity: 0.8 }),
			rect(bx + 248, 404, 50, 8, C.white, { rx: 4, opacity: 0.7 }),
			rect(bx + 248, 420, 36, 8, C.white, { rx: 4, opacity: 0.5 }),
		);
		b.push(rect(bx + 30, 380, 110, 150, accent, { rx: 8, opacity: 0.2 }));
		b.push(rect(bx + 40, 530, 170, 90, accent, { rx: 6 }), rect(bx + 34, 520, 182, 14, C.white, { rx: 4 }));
		b.push(circle(bx + 125, 575, 20, C.white, { opacity: 0.8 }));
		// product on the counter
		const kind = i % 4;
		if (kind === 0)
			b.push(
				rect(bx + 80, 488, 60, 32, C.slateDark, { rx: 6 }),
				circle(bx + 100, 504, 6, C.tealLight),
				circle(bx + 120, 504, 6, C.tealLight),
			);
		else if (kind === 1) b.push(rect(bx + 70, 470, 80, 50, C.slateDark, { rx: 4 }), rect(bx + 60, 516, 100, 6, C.slate, { rx: 3 }));
		else if (kind === 2)
			b.push(
				capsule(bx + 100, 520, bx + 120, 470, 12, C.orange),
				capsule(bx + 120, 470, bx + 150, 480, 10, C.orange),
				circle(bx + 100, 520, 12, C.slateDark),
			);
		else
			b.push(
				ellipse(bx + 110, 500, 40, 10, C.slate),
				rect(bx + 106, 478, 8, 22, C.slate),
				ellipse(bx + 110, 476, 50, 6, C.slateLight, { opacity: 0.8 }),
			);
	});
	// carpet
	b.push(rect(0, 620, W, 280, 'url(#carpet)'));
	b.push(rect(0, 620, W, 8, '#6d7a86'));
	// visitors
	const crowd: Array<[number, number, number, boolean]> = [
		[170, 760, 200, false],
		[300, 790, 215, false],
		[560, 740, 180, true],
		[760, 800, 230, false],
		[990, 760, 195, false],
		[1120, 770, 205, true],
		[1390, 790, 220, false],
		[1500, 740, 175, false],
	];
	crowd.forEach(([px, py, h, hold], i) => {
		b.push(ellipse(px, py, h * 0.2, h * 0.035, '#000', { opacity: 0.15 }));
		b.push(
			person(px, py, h, {
				skin: pick(rng, SKIN),
				hair: pick(rng, HAIR),
				shirt: [C.orange, C.white, C.tealMid, C.slateDark, C.sand, C.tealLight, C.orangeLight, C.slate][i] ?? C.teal,
				pants: pick(rng, [C.slateDark, C.ink, '#3d4c5c']),
				hairStyle: pick(rng, ['short', 'long', 'bun', 'short'] as const),
				holding: hold ? C.ink : undefined,
			}),
		);
	});
	return svgDoc(W, H, defs, b);
}

function coverVolunteers(): string {
	const defs = [
		linear('sky', [
			[0, '#cfe6e8'],
			[1, '#f7f0e3'],
		]),
		linear('glass', [
			[0, '#5fa6b3'],
			[1, '#2a8497'],
		]),
	];
	const b: string[] = [fullBg('sky')];
	b.push(circle(1340, 160, 80, '#fff1d6'));
	b.push(cloud(320, 140, 1.1, C.white, 0.9), cloud(980, 100, 0.8, C.white, 0.8));
	// hall facade behind
	b.push(rect(0, 300, W, 330, 'url(#glass)', { opacity: 0.55 }));
	for (let x = 0; x < W; x += 60) b.push(line(x, 300, x, 630, C.white, 2, { opacity: 0.35 }));
	b.push(shape('M0 300 Q 400 230 800 250 Q 1200 230 1600 300 V 318 Q 1200 250 800 270 Q 400 250 0 318 Z', C.sandLight));
	b.push(rect(0, 620, W, 280, C.sand));
	b.push(rect(0, 620, W, 10, C.sandDark));
	for (let x = 0; x < W; x += 120) b.push(line(x, 630, x - 200, 900, C.sandDark, 2, { opacity: 0.5 }));
	const team: Array<[number, number, PersonOpts]> = [
		[260, 560, { skin: SKIN[0], hair: HAIR[0], shirt: C.white, pants: C.slateDark, vest: C.orange, hairStyle: 'long' }],
		[470, 600, { skin: SKIN[2], hair: HAIR[2], shirt: C.tealMid, pants: C.slateDark, vest: C.orange, hairStyle: 'short', wave: true }],
		[680, 540, { skin: SKIN[1], hair: HAIR[1], shirt: C.white, pants: C.ink, vest: C.orange, hairStyle: 'bun', holding: C.teal }],
		[910, 610, { skin: SKIN[3], hair: HAIR[2], shirt: C.white, pants: C.slateDark, vest: C.orange, hairStyle: 'cap' }],
		[1130, 570, { skin: SKIN[0], hair: HAIR[3], shirt: C.tealMid, pants: C.ink, vest: C.orange, hairStyle: 'long', wave: true }],
		[1340, 590, { skin: SKIN[1], hair: HAIR[0], shirt: C.white, pants: C.slateDark, vest: C.orange, hairStyle: 'short' }],
	];
	for (const [x, h, o] of team) {
		b.push(ellipse(x, 830, h * 0.22, 14, '#000', { opacity: 0.15 }));
		b.push(person(x, 830, h, o));
	}
	// small info sign
	b.push(
		rect(1500, 560, 10, 270, C.slate),
		rect(1450, 500, 110, 80, C.teal, { rx: 10 }),
		circle(1505, 526, 8, C.white),
		rect(1499, 540, 12, 28, C.white, { rx: 4 }),
	);
	return svgDoc(W, H, defs, b);
}

function coverExport(): string {
	const rng = mulberry32(1818);
	const defs = [
		linear('sky', [
			[0, '#8ec7cf'],
			[1, '#f1e8d4'],
		]),
		linear('sea', [
			[0, '#2a8497'],
			[1, '#0a3f4c'],
		]),
	];
	const b: string[] = [fullBg('sky')];
	b.push(cloud(250, 130, 1, C.white, 0.8), cloud(1100, 90, 1.3, C.white, 0.7));
	b.push(shape('M0 430 Q 300 370 600 420 T 1200 400 T 1600 420 V 480 H 0 Z', '#8fb5b4', { opacity: 0.7 }));
	b.push(rect(0, 470, W, 430, 'url(#sea)'));
	const cColors = [C.orange, C.teal, C.tealMid, C.sandDark, C.slate, '#c24f2b', C.orangeLight, C.slateLight];
	// ship with containers
	b.push(shape('M700 600 H1560 L1520 700 H760 Z', C.slateDark));
	b.push(rect(700, 600, 860, 18, C.orange));
	b.push(
		rect(1440, 470, 90, 130, C.white),
		rect(1450, 490, 70, 14, C.tealDeep),
		rect(1450, 520, 70, 14, C.tealDeep),
		rect(1470, 440, 20, 30, C.orange),
	);
	for (let col = 0; col < 7; col++) {
		const rows = 2 + Math.floor(rng() * 3);
		for (let r = 0; r < rows; r++) b.push(container(740 + col * 96, 560 - r * 40, 94, 40, pick(rng, cColors)));
	}
	// quay and stacks
	b.push(rect(0, 640, 720, 260, '#b9b1a2'), rect(0, 640, 720, 12, C.sandDark));
	for (let col = 0; col < 5; col++) {
		const rows = 3 + Math.floor(rng() * 3);
		for (let r = 0; r < rows; r++) b.push(container(20 + col * 130, 800 - (r + 1) * 46, 124, 46, pick(rng, cColors)));
	}
	// ripples
	for (let i = 0; i < 30; i++) {
		const wx = between(rng, 720, W);
		const wy = between(rng, 720, 890);
		b.push(line(wx, wy, wx + between(rng, 30, 90), wy, C.white, 3, { opacity: 0.25, 'stroke-linecap': 'round' }));
	}
	// ship-to-shore gantry crane
	const crane: string[] = [];
	crane.push(rect(380, 250, 24, 560, C.orange), rect(600, 250, 24, 560, C.orange));
	crane.push(line(392, 520, 612, 300, C.orangeDeep, 10), line(392, 300, 612, 520, C.orangeDeep, 10));
	crane.push(rect(300, 230, 900, 34, C.orange));
	crane.push(line(300, 230, 492, 110, C.orangeDeep, 8), line(492, 110, 1200, 230, C.orangeDeep, 6));
	crane.push(rect(480, 90, 26, 150, C.orange));
	crane.push(rect(340, 190, 110, 40, C.white), rect(350, 200, 40, 18, C.tealDeep));
	crane.push(rect(920, 264, 70, 30, C.slateDark));
	crane.push(line(935, 294, 935, 420, C.slateDark, 3), line(975, 294, 975, 420, C.slateDark, 3));
	crane.push(rect(900, 418, 110, 10, C.slateDark));
	b.push(group(crane));
	b.push(container(905, 428, 100, 44, C.teal));
	return svgDoc(W, H, defs, b);
}

function coverAwards(): string {
	const rng = mulberry32(1919);
	const defs = [
		radial(
			'bg',
			[
				[0, '#0f4f5e'],
				[1, '#04171d'],
			],
			0.5,
			0.35,
			0.8,
		),
		linear('beam', [
			[0, '#fff3dc', 0.45],
			[1, '#fff3dc', 0.05],
		]),
		linear(
			'gold',
			[
				[0, '#ffe2a8'],
				[0.45, '#f7b66f'],
				[1, '#c9661a'],
			],
			0,
			0,
			1,
			0,
		),
		linear(
			'curtain',
			[
				[0, '#0a3f4c'],
				[0.5, '#13697c'],
				[1, '#0a3f4c'],
			],
			0,
			0,
			1,
			0,
		),
		radial('floorGlow', [
			[0, '#fff3dc', 0.6],
			[1, '#fff3dc', 0],
		]),
	];
	const b: string[] = [fullBg('bg')];
	// curtains
	for (let i = 0; i < 5; i++) {
		b.push(rect(i * 60, 0, 60, H, 'url(#curtain)'));
		b.push(rect(W - (i + 1) * 60, 0, 60, H, 'url(#curtain)'));
	}
	b.push(shape('M0 0 H1600 V60 Q 1200 110 800 70 Q 400 110 0 60 Z', C.orangeDeep));
	b.push(shape('M0 0 H1600 V40 Q 1200 90 800 50 Q 400 90 0 40 Z', C.orange));
	// stage and spotlight
	b.push(rect(0, 700, W, 200, '#051c23'));
	b.push(ellipse(800, 745, 420, 70, 'url(#floorGlow)'));
	b.push(
		poly(
			[
				[730, 60],
				[870, 60],
				[1120, 760],
				[480, 760],
			],
			'url(#beam)',
		),
	);
	// pedestal
	b.push(rect(650, 620, 300, 130, C.slateDark, { rx: 6 }));
	b.push(rect(630, 600, 340, 30, C.slate, { rx: 6 }));
	b.push(rect(700, 660, 200, 50, C.orange, { rx: 6, opacity: 0.9 }));
	// trophy
	b.push(rect(700, 560, 200, 44, '#2f3b47', { rx: 6 }));
	b.push(rect(730, 530, 140, 34, '#3a4854', { rx: 6 }));
	b.push(rect(744, 540, 112, 14, 'url(#gold)', { rx: 4 }));
	b.push(shape('M770 530 Q 790 470 785 430 H 815 Q 810 470 830 530 Z', 'url(#gold)'));
	b.push(ellipse(800, 435, 40, 12, '#c9661a'));
	b.push(shape('M690 200 H910 Q 910 400 800 430 Q 690 400 690 200 Z', 'url(#gold)'));
	b.push(
		shape('M692 230 Q 600 230 620 300 Q 640 360 710 370', 'none', { stroke: 'url(#gold)', 'stroke-width': 18, 'stroke-linecap': 'round' }),
	);
	b.push(
		shape('M908 230 Q 1000 230 980 300 Q 960 360 890 370', 'none', { stroke: 'url(#gold)', 'stroke-width': 18, 'stroke-linecap': 'round' }),
	);
	b.push(ellipse(800, 200, 110, 18, '#ffe9bf'));
	b.push(ellipse(800, 202, 96, 11, '#d98a3a'));
	b.push(shape('M725 215 Q 725 360 790 405', 'none', { stroke: C.white, 'stroke-width': 10, opacity: 0.45, 'stroke-linecap': 'round' }));
	b.push(sparkle(800, 300, 40, C.white, { opacity: 0.9 }));
	// confetti and sparkles
	b.push(confetti(rng, 140, 320, 80, 1280, 700, [C.orange, C.orangeLight, C.white, C.tealLight, C.sand]));
	for (let i = 0; i < 10; i++)
		b.push(sparkle(between(rng, 380, 1220), between(rng, 100, 560), between(rng, 8, 20), '#fff3dc', { opacity: 0.8 }));
	return svgDoc(W, H, defs, b);
}

function laptop(x: number, y: number, s: number, accent: string): string {
	return group(
		[
			poly(
				[
					[-120, -170],
					[120, -170],
					[126, 0],
					[-126, 0],
				],
				C.slateDark,
			),
			poly(
				[
					[-110, -160],
					[110, -160],
					[114, -10],
					[-114, -10],
				],
				'#0d3a45',
			),
			rect(-96, -146, 90, 60, accent, { rx: 4, opacity: 0.9 }),
			rect(6, -146, 90, 12, C.white, { rx: 6, opacity: 0.7 }),
			rect(6, -124, 70, 8, C.white, { rx: 4, opacity: 0.4 }),
			rect(6, -108, 80, 8, C.white, { rx: 4, opacity: 0.4 }),
			rect(-96, -74, 192, 8, C.white, { rx: 4, opacity: 0.3 }),
			rect(-96, -58, 150, 8, C.white, { rx: 4, opacity: 0.3 }),
			rect(-96, -42, 170, 8, C.white, { rx: 4, opacity: 0.3 }),
			poly(
				[
					[-150, 0],
					[150, 0],
					[170, 26],
					[-170, 26],
				],
				'#c6cfd5',
			),
			poly(
				[
					[-40, 14],
					[40, 14],
					[44, 22],
					[-44, 22],
				],
				'#aab5bd',
			),
		],
		{ transform: tr(x, y, s) },
	);
}

function coverMedia(): string {
	const defs = [
		linear('wall', [
			[0, '#f4ede0'],
			[1, '#e6d8bd'],
		]),
		linear('desk', [
			[0, '#0f5c6e'],
			[1, '#0a3f4c'],
		]),
		linear(
			'screen',
			[
				[0, '#1a7385'],
				[1, '#0c4654'],
			],
			0,
			0,
			1,
			1,
		),
	];
	const b: string[] = [fullBg('wall')];
	b.push(rect(0, 0, W, 40, C.teal));
	// wall of screens
	const screens: Array<[number, string]> = [
		[180, 'anchor'],
		[640, 'chart'],
		[1100, 'map'],
	];
	for (const [sx, kind] of screens) {
		b.push(rect(sx, 90, 360, 210, C.ink, { rx: 8 }), rect(sx + 10, 100, 340, 190, 'url(#screen)', { rx: 4 }));
		if (kind === 'anchor') {
			b.push(circle(sx + 180, 170, 30, SKIN[1]), shape(`M${sx + 120} 290 Q${sx + 180} 190 ${sx + 240} 290 Z`, C.slateDark));
			b.push(shape(`M${sx + 150} 162 a30 30 0 0 1 60 0 q-30 -12 -60 0 Z`, HAIR[0]));
			b.push(rect(sx + 10, 250, 340, 40, C.orange, { opacity: 0.9 }), rect(sx + 24, 262, 140, 14, C.white, { rx: 7 }));
		} else if (kind === 'chart') {
			[60, 95, 80, 120, 150].forEach((h, i) => b.push(rect(sx + 50 + i * 56, 270 - h, 36, h, i === 4 ? C.orange : C.tealLight, { rx: 3 })));
		} else {
			b.push(
				shape(`M${sx + 10} 220 Q ${sx + 120} 160 ${sx + 200} 210 T ${sx + 350} 180`, 'none', {
					stroke: C.tealLight,
					'stroke-width': 16,
					opacity: 0.6,
				}),
			);
			b.push(circle(sx + 220, 170, 16, C.orange), circle(sx + 220, 170, 6, C.white));
		}
	}
	b.push(rect(130, 320, 1340, 8, C.sandDark));
	// desk
	b.push(rect(0, 560, W, 60, 'url(#desk)'));
	b.push(rect(0, 560, W, 14, C.tealMid));
	b.push(rect(0, 620, W, 280, '#d8c7a6'));
	// laptops, coffee and a DSLR on the desk
	b.push(laptop(250, 560, 0.9, C.orange), laptop(770, 560, 1, C.tealLight), laptop(1290, 560, 0.9, C.orangeLight));
	b.push(
		rect(560, 500, 50, 60, C.white, { rx: 6 }),
		shape('M610 515 q 24 0 24 18 t -24 18', 'none', { stroke: C.white, 'stroke-width': 8 }),
		rect(560, 515, 50, 10, C.orange),
	);
	b.push(
		rect(960, 490, 130, 76, C.ink, { rx: 12 }),
		rect(990, 474, 50, 24, C.ink, { rx: 6 }),
		circle(1025, 528, 32, '#3a4652'),
		circle(1025, 528, 20, '#1b2630'),
	);
	b.push(circle(1018, 520, 6, C.tealLight, { opacity: 0.7 }), rect(1060, 500, 16, 8, C.orange, { rx: 3 }));
	// journalists at work, seen from behind
	b.push(seatedBack(330, 660, 1.55, C.slate, HAIR[0]));
	b.push(seatedBack(1010, 670, 1.6, C.orange, HAIR[1]));
	// video camera on a tripod, aimed into the room
	b.push(
		group(
			[
				line(0, 0, -80, 300, C.slateDark, 10, { 'stroke-linecap': 'round' }),
				line(0, 0, 80, 300, C.slateDark, 10, { 'stroke-linecap': 'round' }),
				line(0, 0, 0, 300, C.slate, 10, { 'stroke-linecap': 'round' }),
				rect(-90, -110, 180, 100, C.ink, { rx: 14 }),
				rect(-150, -96, 60, 70, '#26323c', { rx: 8 }),
				ellipse(-150, -61, 14, 35, '#3a4652'),
				rect(-20, -140, 90, 34, '#26323c', { rx: 8 }),
				rect(30, -90, 50, 40, C.orange, { rx: 6 }),
				circle(-60, -90, 8, '#ff5a36'),
			],
			{ transform: tr(1440, 610, 0.9) },
		),
	);
	return svgDoc(W, H, defs, b);
}

// ---------------------------------------------------------------------------
// Inline figures (1200 x 700 PNG, Latin text and numbers only)
// ---------------------------------------------------------------------------

function figureFrame(title: string, subtitle: string): string[] {
	return [
		rect(0, 0, FW, FH, C.white),
		rect(0, 0, FW, 8, C.teal),
		text(60, 70, title, 32, C.slateDark, { 'font-weight': 'bold' }),
		text(60, 104, subtitle, 18, C.slate),
		text(FW - 60, FH - 24, 'QTSE 2027', 14, C.slateLight, { 'text-anchor': 'end' }),
	];
}

function chartExhibitors(): string {
	const data: Array<[string, string, number]> = [
		['2021', '1st', 320],
		['2022', '2nd', 410],
		['2023', '3rd', 520],
		['2024', '4th', 610],
		['2025', '5th', 760],
		['2026', '6th', 880],
		['2027', '7th', 1000],
	];
	const b = figureFrame('Exhibitors per edition', 'Number of exhibiting companies, 1st to 7th edition (2027 planned)');
	const x0 = 150;
	const x1 = 1140;
	const y0 = 590; // baseline
	const yTop = 160;
	const max = 1100;
	const y = (v: number): number => y0 - ((y0 - yTop) * v) / max;
	for (let v = 0; v <= 1000; v += 200) {
		b.push(line(x0, y(v), x1, y(v), v === 0 ? C.slate : C.mist, v === 0 ? 2 : 1.5));
		b.push(text(x0 - 14, y(v) + 6, v.toLocaleString('en-US'), 16, C.slate, { 'text-anchor': 'end' }));
	}
	b.push(text(48, (y0 + yTop) / 2, 'Exhibitors', 17, C.slate, { 'text-anchor': 'middle', transform: `rotate(-90 48 ${(y0 + yTop) / 2})` }));
	const slot = (x1 - x0) / data.length;
	data.forEach(([year, ed, v], i) => {
		const cx = x0 + slot * (i + 0.5);
		const bw = slot * 0.58;
		const last = i === data.length - 1;
		b.push(rect(cx - bw / 2, y(v), bw, y0 - y(v), last ? C.orange : C.teal, { rx: 4 }));
		b.push(rect(cx - bw / 2, y0 - 4, bw, 4, last ? C.orange : C.teal));
		b.push(
			text(cx, y(v) - 12, v.toLocaleString('en-US'), 19, last ? C.orangeDeep : C.slateDark, {
				'text-anchor': 'middle',
				'font-weight': 'bold',
			}),
		);
		b.push(text(cx, y0 + 28, year, 17, C.slateDark, { 'text-anchor': 'middle' }));
		b.push(text(cx, y0 + 50, ed, 15, C.slate, { 'text-anchor': 'middle' }));
	});
	b.push(text((x0 + x1) / 2, y0 + 82, 'Edition (year)', 17, C.slate, { 'text-anchor': 'middle' }));
	b.push(rect(x1 - 210, 126, 16, 16, C.teal, { rx: 3 }), text(x1 - 186, 140, 'Held', 15, C.slate));
	b.push(rect(x1 - 120, 126, 16, 16, C.orange, { rx: 3 }), text(x1 - 96, 140, 'Planned', 15, C.slate));
	return svgDoc(FW, FH, [], b);
}

function chartVisitors(): string {
	const data: Array<[string, number, string]> = [
		['Qingtan', 38, C.teal],
		['Rest of province', 27, C.tealLight],
		['Other provinces', 24, C.orange],
		['Overseas', 11, C.sandDark],
	];
	const b = figureFrame('Where visitors came from', 'Share of registered visitors by origin, 6th edition (2026)');
	const cx = 370;
	const cy = 400;
	const rOut = 230;
	const rIn = 138;
	let a = 0;
	for (const [, pct, col] of data) {
		const a1 = a + (pct / 100) * 360;
		b.push(shape(arcPath(cx, cy, rOut, rIn, a, a1), col, { stroke: C.white, 'stroke-width': 4 }));
		const mid = ((a + a1) / 2 - 90) * (Math.PI / 180);
		const lr = (rOut + rIn) / 2;
		b.push(
			text(cx + Math.cos(mid) * lr, cy + Math.sin(mid) * lr + 8, `${pct}%`, 22, C.white, {
				'text-anchor': 'middle',
				'font-weight': 'bold',
			}),
		);
		a = a1;
	}
	b.push(text(cx, cy - 4, '2026', 44, C.slateDark, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	b.push(text(cx, cy + 30, 'visitor origin', 18, C.slate, { 'text-anchor': 'middle' }));
	data.forEach(([name, pct, col], i) => {
		const ly = 250 + i * 84;
		b.push(rect(720, ly - 24, 30, 30, col, { rx: 6 }));
		b.push(text(770, ly - 1, name, 24, C.slateDark));
		b.push(text(1140, ly - 1, `${pct}%`, 26, C.slateDark, { 'text-anchor': 'end', 'font-weight': 'bold' }));
		b.push(line(720, ly + 30, 1140, ly + 30, C.mist, 2));
	});
	b.push(text(720, 590, 'Total 100%', 16, C.slate));
	return svgDoc(FW, FH, [], b);
}

function chartSectors(): string {
	const data: Array<[string, number]> = [
		['Robotics', 22],
		['Machine tools', 18],
		['New energy', 17],
		['Semiconductors', 12],
		['Logistics', 11],
		['Drones', 9],
		['Other', 11],
	];
	const b = figureFrame('Floor space by sector', 'Share of net exhibition floor space, 7th edition (2027)');
	const x0 = 300;
	const x1 = 1100;
	const max = 25;
	const top = 150;
	const rowH = 62;
	const x = (v: number): number => x0 + ((x1 - x0) * v) / max;
	const bottom = top + rowH * data.length;
	for (let v = 0; v <= 25; v += 5) {
		b.push(line(x(v), top - 10, x(v), bottom, v === 0 ? C.slate : C.mist, v === 0 ? 2 : 1.5));
		b.push(text(x(v), bottom + 28, `${v}%`, 16, C.slate, { 'text-anchor': 'middle' }));
	}
	b.push(text((x0 + x1) / 2, bottom + 60, 'Share of floor space (%)', 17, C.slate, { 'text-anchor': 'middle' }));
	data.forEach(([name, v], i) => {
		const yy = top + i * rowH;
		const other = name === 'Other';
		const col = i === 0 ? C.orange : other ? C.slateLight : C.teal;
		b.push(text(x0 - 16, yy + rowH / 2 + 7, name, 20, C.slateDark, { 'text-anchor': 'end' }));
		b.push(rect(x0, yy + 12, x(v) - x0, rowH - 24, col, { rx: 4 }));
		b.push(text(x(v) + 12, yy + rowH / 2 + 7, `${v}%`, 19, C.slateDark, { 'font-weight': 'bold' }));
	});
	return svgDoc(FW, FH, [], b);
}

function floorplan(): string {
	const b = figureFrame('Hall plan', 'Qingtan International Expo Centre: halls 1-8 around the Central Plaza');
	const cx = 575; // north-south axis through the plaza and the two entrances
	b.push(rect(90, 150, 970, 425, C.sandLight, { rx: 16, stroke: C.sandDark, 'stroke-width': 2 }));
	const hallW = 195;
	const hallH = 140;
	const xs = [120, 340, 615, 835];
	const hall = (x: number, y: number, n: number): void => {
		b.push(rect(x, y, hallW, hallH, C.teal, { rx: 8 }));
		b.push(
			rect(x + 8, y + 8, hallW - 16, hallH - 16, 'none', { rx: 6, stroke: C.tealLight, 'stroke-width': 1.5, 'stroke-dasharray': '6 5' }),
		);
		b.push(text(x + hallW / 2, y + hallH / 2 + 4, `Hall ${n}`, 26, C.white, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
		b.push(text(x + hallW / 2, y + hallH / 2 + 30, n <= 4 ? 'North wing' : 'South wing', 14, C.tealPale, { 'text-anchor': 'middle' }));
	};
	// north row 1-4, south row 8-5 (numbered clockwise)
	xs.forEach((x, i) => hall(x, 170, i + 1));
	xs.forEach((x, i) => hall(x, 415, 8 - i));
	// plaza and the north-south walkway
	b.push(rect(120, 322, 910, 81, C.tealPale, { rx: 10 }));
	b.push(rect(cx - 30, 158, 60, 164, C.white, { opacity: 0.7 }), rect(cx - 30, 403, 60, 164, C.white, { opacity: 0.7 }));
	for (const tx of [170, 240, 310, 380, 450, 700, 770, 840, 910, 980]) b.push(circle(tx, 340, 7, '#7fb8a6'), circle(tx, 385, 7, '#7fb8a6'));
	b.push(ellipse(cx, 362, 80, 28, C.white, { stroke: C.tealLight, 'stroke-width': 2 }));
	b.push(text(cx, 368, 'Central Plaza', 17, C.teal, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	// entrances
	b.push(rect(cx - 45, 139, 90, 22, C.orange, { rx: 6 }));
	b.push(text(cx, 130, 'North Entrance', 16, C.orangeDeep, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	b.push(rect(cx - 45, 564, 90, 22, C.orange, { rx: 6 }));
	b.push(text(cx - 56, 604, 'South Entrance', 16, C.orangeDeep, { 'text-anchor': 'end', 'font-weight': 'bold' }));
	b.push(rect(1049, 322, 22, 81, C.orange, { rx: 6 }));
	b.push(text(1130, 358, 'East', 16, C.orangeDeep, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	b.push(text(1130, 378, 'Entrance', 16, C.orangeDeep, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	// metro station south of the south entrance
	b.push(line(cx, 588, cx, 612, C.slateDark, 3, { 'stroke-dasharray': '4 4' }));
	b.push(rect(cx - 80, 612, 160, 54, C.slateDark, { rx: 10 }));
	b.push(circle(cx - 48, 639, 17, C.orange), text(cx - 48, 646, 'M', 19, C.white, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	b.push(text(cx - 22, 635, 'Metro', 15, C.white, { 'font-weight': 'bold' }), text(cx - 22, 655, 'Line 3', 14, C.mist));
	// compass and note
	b.push(circle(1110, 74, 26, 'none', { stroke: C.slateLight, 'stroke-width': 2 }));
	b.push(
		poly(
			[
				[1110, 52],
				[1120, 80],
				[1110, 74],
				[1100, 80],
			],
			C.slateDark,
		),
	);
	b.push(text(1110, 40, 'N', 16, C.slateDark, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	b.push(text(90, 604, 'Schematic, not to scale', 13, C.slateLight));
	return svgDoc(FW, FH, [], b);
}

function mapTransport(): string {
	const b = figureFrame('Getting to the Expo Centre', 'Airport, high-speed rail and Metro Line 3 (schematic)');
	b.push(rect(40, 130, 1120, 520, '#eef3ec', { rx: 16 }));
	const defsClip = [clip('mapClip', rect(40, 130, 1120, 520, '#fff', { rx: 16 }))];
	const m: string[] = [];
	// parks and city blocks
	m.push(ellipse(250, 545, 150, 50, '#cfe4d5'), ellipse(880, 600, 120, 40, '#cfe4d5'));
	for (let i = 0; i < 6; i++) for (let j = 0; j < 3; j++) m.push(rect(470 + i * 46, 250 + j * 46, 36, 36, '#e1e4de', { rx: 4 }));
	// river
	m.push(
		shape('M40 470 C 250 430 380 520 560 470 S 860 360 1000 420 S 1120 470 1160 440', 'none', {
			stroke: '#a8d2da',
			'stroke-width': 46,
			'stroke-linecap': 'round',
		}),
	);
	// expressway from the airport, passing north of the centre
	const road = 'M290 196 C 420 205 520 232 700 292 S 1000 330 1160 300';
	m.push(shape(road, 'none', { stroke: C.white, 'stroke-width': 14 }), shape(road, 'none', { stroke: '#d9c9a6', 'stroke-width': 6 }));
	// national rail line through the HSR station, leaving south-east over the river
	const rail = 'M40 350 H340 M460 350 C 520 360 560 400 600 470 S 700 560 820 600 S 1000 640 1160 650';
	m.push(
		shape(rail, 'none', { stroke: C.slate, 'stroke-width': 5 }),
		shape(rail, 'none', { stroke: C.white, 'stroke-width': 2, 'stroke-dasharray': '10 10' }),
	);
	b.push(group(m, { 'clip-path': 'url(#mapClip)' }));
	b.push(text(110, 448, 'Qing River', 15, C.tealMid, { 'font-style': 'italic' }));
	// metro line 3: airport, HSR station, city centre, riverside, expo centre
	const stations: Array<[number, number]> = [
		[190, 250],
		[400, 300],
		[590, 330],
		[780, 400],
		[960, 520],
	];
	b.push(polyline(stations, C.orange, 12, { 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
	for (const [x, y] of stations) b.push(circle(x, y, 11, C.white, { stroke: C.orange, 'stroke-width': 5 }));
	b.push(text(590, 306, 'City Centre', 15, C.slateDark, { 'text-anchor': 'middle' }));
	b.push(text(800, 380, 'Riverside', 15, C.slateDark, { 'text-anchor': 'start' }));
	// airport
	b.push(
		rect(70, 160, 220, 60, '#dde3e6', { rx: 8 }),
		rect(84, 178, 190, 10, C.slateLight, { rx: 3 }),
		rect(84, 196, 150, 10, C.slateLight, { rx: 3 }),
	);
	b.push(
		shape('M0 -14 L4 -4 L16 2 L16 6 L4 3 L3 12 L7 15 L7 18 L0 16 L-7 18 L-7 15 L-3 12 L-4 3 L-16 6 L-16 2 L-4 -4 Z', C.slateDark, {
			transform: 'translate(262 172) rotate(70) scale(1.3)',
		}),
	);
	b.push(text(190, 290, 'Qingtan Airport', 17, C.slateDark, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	// HSR station
	b.push(rect(340, 330, 120, 40, C.teal, { rx: 8 }));
	b.push(rect(350, 342, 100, 6, C.white, { rx: 3, opacity: 0.8 }), rect(350, 354, 100, 6, C.white, { rx: 3, opacity: 0.8 }));
	b.push(text(400, 392, 'Qingtan South', 17, C.slateDark, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	b.push(text(400, 412, 'High-speed rail', 14, C.slate, { 'text-anchor': 'middle' }));
	// expo centre
	b.push(rect(990, 480, 150, 90, C.white, { rx: 10, stroke: C.teal, 'stroke-width': 3 }));
	b.push(group([logoMark()], { transform: tr(1065, 520, 0.3) }));
	b.push(text(1065, 596, 'Expo Centre', 18, C.teal, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	// journey times
	b.push(rect(720, 150, 410, 112, C.white, { rx: 12, stroke: C.mist, 'stroke-width': 2 }));
	b.push(
		line(742, 180, 782, 180, C.orange, 10, { 'stroke-linecap': 'round' }),
		text(800, 186, 'Metro Line 3', 17, C.slateDark, { 'font-weight': 'bold' }),
	);
	b.push(text(742, 216, 'Airport to Expo Centre: 42 min', 15, C.slate));
	b.push(text(742, 242, 'HSR station to Expo Centre: 25 min', 15, C.slate));
	// legend, scale bar and compass
	b.push(line(70, 624, 110, 624, C.slate, 5), text(120, 629, 'Rail', 14, C.slate));
	b.push(line(180, 624, 220, 624, '#d9c9a6', 6), text(230, 629, 'Expressway', 14, C.slate));
	b.push(line(340, 624, 380, 624, '#a8d2da', 10), text(390, 629, 'River', 14, C.slate));
	b.push(
		line(470, 624, 570, 624, C.slateDark, 3),
		line(470, 617, 470, 631, C.slateDark, 3),
		line(570, 617, 570, 631, C.slateDark, 3),
		text(580, 629, '5 km', 14, C.slateDark),
	);
	b.push(
		poly(
			[
				[680, 606],
				[690, 634],
				[680, 628],
				[670, 634],
			],
			C.slateDark,
		),
		text(700, 629, 'N', 14, C.slateDark, { 'font-weight': 'bold' }),
	);
	return svgDoc(FW, FH, defsClip, b);
}

// ---------------------------------------------------------------------------
// Brand
// ---------------------------------------------------------------------------

function logoSvg(): string {
	// The mark spans x -112..112 and y -58..110, so its centre is 0,26.
	return (
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">' +
		`<g transform="translate(128 100) scale(1.08)">${logoMark()}</g>` +
		'</svg>\n'
	);
}

// ---------------------------------------------------------------------------
// Table: file name -> drawing function
// ---------------------------------------------------------------------------

type Job = { file: string; kind: 'cover' | 'figure'; draw: () => string };

const JOBS: readonly Job[] = [
	{ file: 'cover-opening.jpg', kind: 'cover', draw: coverOpening },
	{ file: 'cover-robot-arm.jpg', kind: 'cover', draw: coverRobotArm },
	{ file: 'cover-hall-map.jpg', kind: 'cover', draw: coverHallMap },
	{ file: 'cover-press.jpg', kind: 'cover', draw: coverPress },
	{ file: 'cover-signing.jpg', kind: 'cover', draw: coverSigning },
	{ file: 'cover-forum.jpg', kind: 'cover', draw: coverForum },
	{ file: 'cover-battery.jpg', kind: 'cover', draw: coverBattery },
	{ file: 'cover-drone.jpg', kind: 'cover', draw: coverDrone },
	{ file: 'cover-cnc.jpg', kind: 'cover', draw: coverCnc },
	{ file: 'cover-agv.jpg', kind: 'cover', draw: coverAgv },
	{ file: 'cover-green-energy.jpg', kind: 'cover', draw: coverGreenEnergy },
	{ file: 'cover-chip.jpg', kind: 'cover', draw: coverChip },
	{ file: 'cover-registration.jpg', kind: 'cover', draw: coverRegistration },
	{ file: 'cover-shuttle.jpg', kind: 'cover', draw: coverShuttle },
	{ file: 'cover-skyline.jpg', kind: 'cover', draw: coverSkyline },
	{ file: 'cover-startups.jpg', kind: 'cover', draw: coverStartups },
	{ file: 'cover-volunteers.jpg', kind: 'cover', draw: coverVolunteers },
	{ file: 'cover-export.jpg', kind: 'cover', draw: coverExport },
	{ file: 'cover-awards.jpg', kind: 'cover', draw: coverAwards },
	{ file: 'cover-media.jpg', kind: 'cover', draw: coverMedia },
	{ file: 'chart-exhibitors.png', kind: 'figure', draw: chartExhibitors },
	{ file: 'chart-visitors.png', kind: 'figure', draw: chartVisitors },
	{ file: 'chart-sectors.png', kind: 'figure', draw: chartSectors },
	{ file: 'floorplan.png', kind: 'figure', draw: floorplan },
	{ file: 'map-transport.png', kind: 'figure', draw: mapTransport },
];

async function render(job: Job): Promise<void> {
	const img = sharp(Buffer.from(job.draw()));
	const out =
		job.kind === 'cover'
			? img.jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: '4:4:4' })
			: img.png({ palette: true, colors: 96, compressionLevel: 9, effort: 10, dither: 0.6 });
	await out.toFile(join(OUT_DIR, job.file));
}

async function renderBrand(): Promise<void> {
	const logo = logoSvg();
	await writeFile(join(OUT_DIR, 'logo.svg'), logo);
	await sharp(Buffer.from(logo), { density: 72 * 2 })
		.resize(512, 512)
		.png({ compressionLevel: 9, palette: true, colors: 64 })
		.toFile(join(OUT_DIR, 'logo.png'));
	// Whole pixels per module (about 360 px wide in total) keep every module the same size.
	const url = 'https://qtse.example.com/wechat';
	const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
	const qr = await QRCode.toBuffer(url, {
		errorCorrectionLevel: 'M',
		margin: 2,
		scale: Math.round(360 / (modules + 4)),
		color: { dark: '#111111', light: '#ffffff' },
	});
	await sharp(qr).png({ palette: true, colors: 2, compressionLevel: 9 }).toFile(join(OUT_DIR, 'wechat-qr.png'));
}

async function main(): Promise<void> {
	const started = performance.now();
	await mkdir(OUT_DIR, { recursive: true });
	await Promise.all([...JOBS.map(render), renderBrand()]);
	let total = 0;
	for (const name of (await readdir(OUT_DIR)).sort()) {
		const { size } = await stat(join(OUT_DIR, name));
		total += size;
		console.log(`${name.padEnd(26)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
	}
	console.log(`total ${(total / 1024).toFixed(1)} KB in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

await main();
