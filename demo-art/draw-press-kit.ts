// Makes the press kit offered in the press centre of the demo site, the fictional 7th Qingtan
// International Smart Equipment Expo (QTSE 2027). It writes these downloads into site/press/downloads/:
//
//   qtse-2027-logo-pack.zip       site/images/logo.svg as SVG and as PNG (512 and 2048 px, transparent
//                                 and on white), with a README.txt on logo use in Chinese and English
//   qtse-2027-fact-sheet-zh.pdf   one A4 page of key facts in Chinese, an HTML page printed by Chromium
//   qtse-2027-fact-sheet-en.pdf   the same in English
//   qtse-hall-overview.jpg        press images, 1600x1067 JPEG, composed as SVG in code (in the style of
//   qtse-opening-ceremony.jpg     the covers drawn by draw-demo-images.ts) and rasterised with sharp
//   qtse-plaza-demonstrations.jpg
//
// The outputs are committed, and that folder holds the downloads only: this comment is their README.
// The site's title and description for each file are in site/press/files.json (read by astro.config.mjs).
//
// Run from the repository root:   node demo-art/draw-press-kit.ts
// It needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and Noto Sans CJK SC (Debian: fonts-noto-cjk).
// Output is repeatable byte for byte: the zip entries carry a fixed date, the dates Chromium writes into
// the PDFs are replaced by the same fixed date, and the pictures use seeded randomness. (As with
// draw-demo-images.ts, another version of sharp, Chromium or the fonts can still change the bytes.)
// The palette, the PRNG, the SVG helpers and the motifs it shares with draw-demo-images.ts are in lib/.

import sharp from 'sharp';
import { strToU8, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
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
	ellipse,
	esc,
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
	tr,
	type Attrs,
	type Pt,
} from './lib/svg.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'site', 'press', 'downloads');
const LOGO = join(ROOT, 'site', 'images', 'logo.svg');
const LABELS = join(ROOT, 'site', 'press', 'files.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The kit is dated 1 December 2026, 09:00 in Qingtan (UTC+8), just after the newest demo article.
// The zip date is built from local fields because zip stores local time: the bytes do not depend on TZ.
const ZIP_DATE = new Date(2026, 11, 1, 9, 0, 0);
const PDF_DATE = "D:20261201090000+08'00'";

const PHOTO_MAX = 400 * 1024; // bytes per press image
const TOTAL_MAX = 1.5 * 1024 * 1024; // bytes for the whole folder

const PW = 1600; // press image width
const PH = 1067; // press image height (3:2)

const FILES = {
	logoPack: 'qtse-2027-logo-pack.zip',
	factSheetZh: 'qtse-2027-fact-sheet-zh.pdf',
	factSheetEn: 'qtse-2027-fact-sheet-en.pdf',
	hall: 'qtse-hall-overview.jpg',
	opening: 'qtse-opening-ceremony.jpg',
	plaza: 'qtse-plaza-demonstrations.jpg',
} as const;

const SILK = '#d2412e'; // the red of ribbon-cutting silk, used only in the opening ceremony

// ---------------------------------------------------------------------------
// Composite helpers of the press images (the ones draw-demo-images.ts draws too are in lib/motifs.ts)
// ---------------------------------------------------------------------------

function fullBg(id: string): string {
	return rect(0, 0, PW, PH, `url(#${id})`);
}

/** The mark on a white disc, centred on x,y with the given disc radius. */
function logoDisc(x: number, y: number, r: number): string {
	const s = (r * 1.6) / 224;
	return group([circle(x, y, r, C.white), group([logoMark()], { transform: tr(x, y - 26 * s, s) })]);
}

/** A press photographer seen from behind, camera raised; x,y is the base of the shoulders. */
function photographer(x: number, y: number, s: number, body: string, hair: string): string {
	return group([
		audienceHead(x, y, s, body, hair),
		group(
			[
				rect(-62, -96, 92, 60, '#0d1418', { rx: 10 }),
				rect(-52, -88, 58, 40, '#1f6f80'),
				rect(-52, -88, 58, 40, C.white, { opacity: 0.15 }),
				rect(-40, -112, 40, 18, '#0d1418', { rx: 5 }),
				capsule(30, -60, 44, -10, 16, body),
			],
			{ transform: tr(x + 30 * s, y, s) },
		),
	]);
}

/** A phone held up over the crowd, with its lit screen towards the viewer's back. */
function raisedPhone(x: number, y: number, s: number, sleeve: string, skin: string): string {
	return group(
		[
			capsule(0, 60, 10, -10, 14, sleeve),
			circle(10, -14, 8, skin),
			rect(-4, -58, 30, 50, C.ink, { rx: 5 }),
			rect(0, -54, 22, 40, '#9fe0e8'),
		],
		{ transform: tr(x, y, s) },
	);
}

// ---------------------------------------------------------------------------
// Press image 1: an exhibition hall's main aisle, in one-point perspective
// ---------------------------------------------------------------------------

// World units are metres: x across (right is positive), y up from the floor, z away from the camera.
const EYE = 2.4; // camera height: a photographer on a step, just above the visitors' heads
const FOCAL = 820; // pixels per metre at 1 m distance
const VX = 800; // vanishing point
const VY = 470;
const AISLE = 3.6; // half the width of the main aisle
const STAND_D = 8; // stand depth, from the aisle to its back wall
const STAND_H = 3.2; // stand wall height
const FASCIA = 0.55; // height of the name board above a stand's open side
const HALL_X = 26; // side walls at x = -26 and 26
const HALL_Y = 13; // roof trusses
const HALL_Z = 120; // far end wall

function hp(x: number, y: number, z: number): Pt {
	return [VX + (FOCAL * x) / z, VY + (FOCAL * (EYE - y)) / z];
}

/** Pixels per metre at depth z. */
function scaleAt(z: number): number {
	return FOCAL / z;
}

/** A rectangle on the plane x = const, from depth z0 to z1 and height y0 to y1. */
function onSide(x: number, z0: number, z1: number, y0: number, y1: number, fill: string, extra: Attrs = {}): string {
	return poly([hp(x, y0, z0), hp(x, y0, z1), hp(x, y1, z1), hp(x, y1, z0)], fill, extra);
}

/** A rectangle on the plane z = const, which faces the camera. */
function onFront(x0: number, x1: number, y0: number, y1: number, z: number, fill: string, extra: Attrs = {}): string {
	const [ax, ay] = hp(Math.min(x0, x1), Math.max(y0, y1), z);
	const [bx, by] = hp(Math.max(x0, x1), Math.min(y0, y1), z);
	return rect(ax, ay, bx - ax, by - ay, fill, extra);
}

/** A rectangle on the horizontal plane at height y. */
function onFloor(x0: number, x1: number, z0: number, z1: number, fill: string, y = 0, extra: Attrs = {}): string {
	return poly([hp(x0, y, z0), hp(x1, y, z0), hp(x1, y, z1), hp(x0, y, z1)], fill, extra);
}

type BoxColors = { front: string; side: string; top: string };

/** A solid block, showing the faces the camera sees: the front, one side and the top when below eye level. */
function box(x0: number, x1: number, y0: number, y1: number, z0: number, z1: number, c: BoxColors): string {
	const lo = Math.min(x0, x1);
	const hi = Math.max(x0, x1);
	const parts: string[] = [];
	if (y1 < EYE) parts.push(onFloor(lo, hi, z0, z1, c.top, y1));
	if (hi < 0) parts.push(onSide(hi, z0, z1, y0, y1, c.side));
	if (lo > 0) parts.push(onSide(lo, z0, z1, y0, y1, c.side));
	parts.push(onFront(lo, hi, y0, y1, z0, c.front));
	return group(parts);
}

function visitor(rng: Rng, x: number, z: number, shirt: string): string {
	const [sx, sy] = hp(x, 0, z);
	const h = scaleAt(z) * between(rng, 1.58, 1.84);
	return group([
		ellipse(sx, sy, h * 0.2, h * 0.035, '#000', { opacity: 0.14 }),
		person(sx, sy, h, {
			skin: pick(rng, SKIN),
			hair: pick(rng, HAIR),
			shirt,
			pants: pick(rng, [C.slateDark, C.ink, '#3d4c5c', C.slate]),
			hairStyle: pick(rng, ['short', 'long', 'bun', 'short', 'cap'] as const),
			holding: rng() < 0.3 ? pick(rng, [C.white, C.orangePale, C.ink]) : undefined,
			wave: rng() < 0.05,
		}),
	]);
}

type Stand = {
	side: -1 | 1;
	z0: number;
	z1: number;
	wall: string;
	accent: string;
	floor: string;
	/** A wall on the near side too (a stand with a neighbour or a closed corner). */
	closed: boolean;
	exhibit: 'robot' | 'machine' | 'agv' | 'battery' | 'plinths';
};

/** One shell-scheme stand along the main aisle, open to the aisle, drawn from the back forwards. */
function stand(st: Stand, rng: Rng): string {
	const { side: s, z0, z1 } = st;
	const at = (t: number): number => s * (AISLE + t); // x of a point t metres in from the aisle
	const len = z1 - z0;
	const p: string[] = [];
	// carpet and back wall with a graphic panel
	p.push(onFloor(at(0), at(STAND_D), z0, z1, st.floor));
	p.push(onSide(at(STAND_D), z0, z1, 0, STAND_H, st.wall));
	p.push(onSide(at(STAND_D), z0 + len * 0.1, z0 + len * 0.6, 0.7, 2.7, st.accent, { opacity: 0.35 }));
	p.push(onSide(at(STAND_D), z0, z1, 0, STAND_H, '#000', { opacity: 0.08 }));
	// far partition, facing the camera: the stand's main graphic
	const k1 = scaleAt(z1);
	p.push(onFront(at(0), at(STAND_D), 0, STAND_H, z1, st.wall));
	p.push(onFront(at(0), at(STAND_D), 2.55, STAND_H, z1, st.accent));
	const [dx, dy] = hp(at(0.7), 2.875, z1);
	p.push(circle(dx, dy, 0.22 * k1, C.white));
	p.push(onFront(at(1.1), at(3.4), 2.8, 2.95, z1, C.white, { opacity: 0.85 }));
	p.push(onFront(at(4.6), at(7.2), 1.0, 2.3, z1, C.ink));
	p.push(onFront(at(4.72), at(7.08), 1.1, 2.2, z1, st.accent, { opacity: 0.8 }));
	const [sx, sy] = hp(at(5.4), 1.65, z1);
	p.push(circle(sx, sy, 0.24 * k1, C.white, { opacity: 0.85 }));
	p.push(onFront(at(5.9), at(6.8), 1.72, 1.84, z1, C.white, { opacity: 0.7 }));
	p.push(onFront(at(5.9), at(6.5), 1.5, 1.6, z1, C.white, { opacity: 0.5 }));
	p.push(onFront(at(1.2), at(3.6), 0.5, 2.3, z1, st.accent, { opacity: 0.2 }));
	// the exhibit
	const ez = z0 + len * 0.55;
	const k = scaleAt(ez);
	if (st.exhibit === 'robot') {
		p.push(box(at(3), at(4.4), 0, 0.7, ez - 0.6, ez + 0.6, { front: C.slateDark, side: C.slate, top: C.slateLight }));
		const [bx, by] = hp(at(3.7), 0.7, ez);
		const el1: Pt = [bx - s * 0.35 * k, by - 1.1 * k];
		const wr: Pt = [bx - s * 1.05 * k, by - 0.85 * k];
		p.push(circle(bx, by - 0.12 * k, 0.3 * k, C.slateDark));
		p.push(capsule(bx, by - 0.15 * k, el1[0], el1[1], 0.3 * k, C.orange));
		p.push(capsule(el1[0], el1[1], wr[0], wr[1], 0.22 * k, C.orange));
		p.push(circle(el1[0], el1[1], 0.17 * k, C.slateDark), circle(wr[0], wr[1], 0.13 * k, C.slateDark));
		p.push(capsule(wr[0], wr[1], wr[0], wr[1] + 0.3 * k, 0.08 * k, C.mist));
	} else if (st.exhibit === 'machine') {
		p.push(box(at(2.2), at(5.6), 0, 2.1, ez - 1, ez + 1.2, { front: C.white, side: C.mist, top: '#d5dde2' }));
		p.push(onFront(at(2.7), at(4.3), 0.8, 1.7, ez - 1, C.tealDeep, { opacity: 0.85 }));
		p.push(onFront(at(2.2), at(5.6), 1.85, 2.0, ez - 1, C.orange));
		p.push(box(at(4.6), at(5.3), 0.9, 1.6, ez - 1.15, ez - 1, { front: C.slateDark, side: C.slate, top: C.slate }));
	} else if (st.exhibit === 'agv') {
		p.push(box(at(2.5), at(4.3), 0, 0.35, ez - 0.8, ez + 0.8, { front: C.teal, side: C.tealDeep, top: C.sandLight }));
		p.push(box(at(2.7), at(3.5), 0.35, 1.1, ez - 0.6, ez, { front: '#d8b884', side: '#c9a46c', top: '#e4cb9f' }));
		p.push(box(at(3.5), at(4.1), 0.35, 0.9, ez - 0.5, ez + 0.2, { front: '#e4cb9f', side: '#c9a46c', top: '#f0dcb4' }));
		p.push(box(at(5), at(5.8), 0, 2.4, ez - 1.2, ez + 1.2, { front: C.slate, side: C.slateDark, top: C.slateLight }));
	} else if (st.exhibit === 'battery') {
		for (const [i, h] of [1.2, 1.6, 1.2].entries()) {
			const zz = ez - 1.4 + i * 1.1;
			p.push(box(at(3.2), at(4.6), 0, h, zz, zz + 0.9, { front: C.tealMid, side: C.teal, top: C.tealLight }));
			p.push(onFront(at(3.3), at(4.5), h - 0.35, h - 0.25, zz, C.orange));
		}
	} else {
		for (const [i, t] of [2.4, 4.4].entries()) {
			const zz = ez - 1 + i * 1.6;
			p.push(box(at(t), at(t + 0.9), 0, 1, zz, zz + 0.9, { front: C.white, side: C.mist, top: '#f4f6f7' }));
			const [ox, oy] = hp(at(t + 0.45), 1, zz + 0.45);
			const kk = scaleAt(zz + 0.45);
			p.push(ellipse(ox, oy - 0.18 * kk, 0.28 * kk, 0.2 * kk, i === 0 ? st.accent : C.slateDark));
		}
	}
	// someone on the stand staff, behind the counter
	if (rng() < 0.7) p.push(visitor(rng, at(1.9), z0 + 2.6, pick(rng, [st.accent, C.white, C.slateDark])));
	// counter at the aisle
	p.push(box(at(0.3), at(1.4), 0, 1.05, z0 + 1.1, z0 + 3.2, { front: st.accent, side: st.wall, top: C.white }));
	// closed near side, with a big graphic
	if (st.closed) {
		const k0 = scaleAt(z0);
		p.push(onFront(at(0), at(STAND_D), 0, STAND_H, z0, st.wall));
		p.push(onFront(at(0), at(STAND_D), 0, 0.25, z0, st.accent));
		p.push(onFront(at(0.8), at(5), 0.7, 2.5, z0, st.accent, { opacity: 0.9 }));
		const [gx, gy] = hp(at(2.9), 1.6, z0);
		p.push(circle(gx, gy, 0.6 * k0, C.white, { opacity: 0.9 }), circle(gx, gy, 0.32 * k0, st.accent));
		p.push(onFront(at(5.5), at(7.4), 2.2, 2.4, z0, st.accent, { opacity: 0.7 }));
		p.push(onFront(at(5.5), at(7), 1.85, 2.0, z0, st.accent, { opacity: 0.45 }));
	}
	// name board over the open side, and corner posts
	p.push(onSide(at(0), z0, z1, STAND_H, STAND_H + FASCIA, st.accent));
	p.push(onSide(at(0), z0 + 0.5, z0 + 1.1, STAND_H + 0.12, STAND_H + 0.43, C.white));
	p.push(onSide(at(0), z0 + 1.5, z0 + Math.min(5, len - 1), STAND_H + 0.2, STAND_H + 0.35, C.white, { opacity: 0.85 }));
	for (const z of [z0, z1]) p.push(onFront(at(0), at(0.15), 0, STAND_H + FASCIA, z, C.slateLight));
	return group(p);
}

/** A banner hung from the roof over the aisle, facing the camera. */
function hangingBanner(x: number, z: number, kind: 'mark' | 'drum' | 'flag', color: string): string {
	const k = scaleAt(z);
	const p: string[] = [];
	const [tx, ty] = hp(x, HALL_Y, z);
	if (kind === 'drum') {
		const [cx, cy] = hp(x, 8.6, z);
		const r = 2.2 * k;
		const hgt = 1.2 * k;
		p.push(
			line(tx - r * 0.6, ty, cx - r * 0.6, cy - hgt / 2, C.slateLight, 1),
			line(tx + r * 0.6, ty, cx + r * 0.6, cy - hgt / 2, C.slateLight, 1),
		);
		p.push(rect(cx - r, cy - hgt / 2, 2 * r, hgt, color));
		p.push(ellipse(cx, cy + hgt / 2, r, 0.25 * k, color));
		p.push(rect(cx - r, cy - hgt / 2, 2 * r, hgt * 0.18, C.white, { opacity: 0.5 }));
		p.push(circle(cx, cy, 0.42 * k, C.white), rect(cx + 0.6 * k, cy - 0.1 * k, 1.1 * k, 0.2 * k, C.white, { opacity: 0.85 }));
		p.push(ellipse(cx, cy - hgt / 2, r, 0.25 * k, '#000', { opacity: 0.25 }));
	} else {
		const w = (kind === 'flag' ? 1.8 : 5) * k;
		const hgt = (kind === 'flag' ? 4.2 : 2.4) * k;
		const [bx, by] = hp(x, kind === 'flag' ? 10.2 : 9.6, z);
		p.push(line(tx - w * 0.4, ty, bx - w * 0.4, by, C.slateLight, 1), line(tx + w * 0.4, ty, bx + w * 0.4, by, C.slateLight, 1));
		p.push(rect(bx - w / 2, by, w, hgt, kind === 'mark' ? C.white : color));
		if (kind === 'mark') {
			p.push(rect(bx - w / 2, by + hgt - 0.3 * k, w, 0.3 * k, color));
			p.push(group([logoMark()], { transform: tr(bx - w * 0.28, by + hgt * 0.45 - 26 * ((1.5 * k) / 224), (1.5 * k) / 224) }));
			p.push(rect(bx - w * 0.02, by + hgt * 0.32, w * 0.42, 0.22 * k, C.teal, { rx: 0.1 * k }));
			p.push(rect(bx - w * 0.02, by + hgt * 0.52, w * 0.3, 0.16 * k, C.slateLight, { rx: 0.08 * k }));
		} else {
			p.push(circle(bx, by + 0.9 * k, 0.5 * k, C.white));
			p.push(rect(bx - w * 0.3, by + 1.8 * k, w * 0.6, 0.18 * k, C.white, { opacity: 0.85 }));
			p.push(rect(bx - w * 0.3, by + 2.2 * k, w * 0.45, 0.14 * k, C.white, { opacity: 0.6 }));
			p.push(rect(bx - w / 2, by + hgt - 0.35 * k, w, 0.35 * k, '#000', { opacity: 0.15 }));
		}
	}
	return group(p);
}

function photoHallOverview(): string {
	const rng = mulberry32(2701);
	const defs = [
		linear('roof', [
			[0, '#0a3440'],
			[0.55, '#185e6c'],
			[1, '#4e8f99'],
		]),
		linear('floor', [
			[0, '#b9c1c6'],
			[1, '#dfe3e4'],
		]),
		linear('carpet', [
			[0, '#7f8f9b'],
			[1, '#9aa8b2'],
		]),
		radial('haze', [
			[0, '#fff4e0', 0.55],
			[1, '#fff4e0', 0],
		]),
		radial('lamp', [
			[0, '#fff6e2', 0.9],
			[1, '#fff6e2', 0],
		]),
	];
	const b: string[] = [fullBg('roof')];
	// hall shell: far wall, side walls with clerestory windows, floor and the aisle carpet
	b.push(onFront(-HALL_X, HALL_X, 0, HALL_Y, HALL_Z, '#6fa3ab'));
	b.push(onFront(-HALL_X, HALL_X, 9.5, 12.2, HALL_Z, '#cfe6e8'));
	b.push(onFront(-9, 9, 4.2, 8.6, HALL_Z, C.orange));
	b.push(logoDisc(...hp(-5.6, 6.4, HALL_Z), 1.8 * scaleAt(HALL_Z)));
	b.push(onFront(-2.6, 6.4, 6.7, 7.4, HALL_Z, C.white, { opacity: 0.9 }));
	b.push(onFront(-2.6, 3.8, 5.5, 6.0, HALL_Z, C.white, { opacity: 0.7 }));
	for (const s of [-1, 1]) {
		b.push(onSide(s * HALL_X, 2, HALL_Z, 0, HALL_Y, '#3f7f8b'));
		b.push(onSide(s * HALL_X, 2, HALL_Z, 9.5, 12.2, '#a9d3d9', { opacity: 0.85 }));
		for (let z = 6; z < HALL_Z; z += 12) b.push(onSide(s * HALL_X, z, z + 0.9, 0, HALL_Y, C.tealDeep, { opacity: 0.7 }));
	}
	b.push(onFloor(-HALL_X, HALL_X, 2, HALL_Z, 'url(#floor)'));
	b.push(onFloor(-AISLE, AISLE, 2, HALL_Z, 'url(#carpet)'));
	for (const x of [-AISLE, AISLE]) b.push(onFloor(x - 0.08, x + 0.08, 2, HALL_Z, C.white, 0, { opacity: 0.5 }));
	b.push(ellipse(VX, VY - 10, 420, 170, 'url(#haze)'));
	// roof: lengthwise purlins and cross trusses with lamps
	for (let x = -24; x <= 24; x += 4) {
		const [ax, ay] = hp(x, HALL_Y, 3);
		const [bx, by] = hp(x, HALL_Y, HALL_Z);
		b.push(line(ax, ay, bx, by, '#8fb9c0', 2, { opacity: 0.45 }));
	}
	for (const z of [7, 10, 14, 19, 25, 33, 43, 56, 72, 92]) {
		const w = Math.max(1, 0.14 * scaleAt(z));
		const top: Pt[] = [];
		for (let x = -HALL_X; x <= HALL_X; x += 2) top.push(hp(x, x % 4 === 0 ? HALL_Y : HALL_Y - 1.1, z));
		b.push(line(...hp(-HALL_X, HALL_Y, z), ...hp(HALL_X, HALL_Y, z), '#a7c9cf', w, { opacity: 0.8 }));
		b.push(line(...hp(-HALL_X, HALL_Y - 1.1, z), ...hp(HALL_X, HALL_Y - 1.1, z), '#a7c9cf', w, { opacity: 0.8 }));
		b.push(polyline(top, '#a7c9cf', w * 0.6, { opacity: 0.6 }));
		for (let x = -20; x <= 20; x += 8) {
			const [lx, ly] = hp(x, HALL_Y - 1.4, z);
			b.push(circle(lx, ly, 1.6 * scaleAt(z), 'url(#lamp)', { opacity: 0.5 }));
			b.push(circle(lx, ly, Math.max(1.5, 0.18 * scaleAt(z)), '#fff6e2'));
		}
	}
	// second-row stands, taller, seen over and between the aisle stands
	for (const s of [-1, 1] as const) {
		for (const [z0, len, wdt, h] of [
			[86, 12, 7, 5.2],
			[62, 14, 8, 6.5],
			[40, 13, 6, 4.6],
			[27, 9, 6, 4.4],
		] as const) {
			const zz = s === 1 ? z0 + 5 : z0;
			const accent = pick(rng, [C.orange, C.teal, C.tealMid, C.slateDark, C.orangeDeep]);
			const x0 = s * (AISLE + STAND_D + 3.5);
			const x1 = s * (AISLE + STAND_D + 3.5 + wdt);
			b.push(box(x0, x1, 0, h, zz, zz + len, { front: C.sandLight, side: accent, top: accent }));
			b.push(onFront(x0, x1, h - 1, h, zz, accent));
			const [cx, cy] = hp((x0 + x1) / 2, h - 0.5, zz);
			b.push(circle(cx, cy, 0.3 * scaleAt(zz), C.white));
		}
	}
	// stands along the aisle, far ones first
	const looks: Array<[wall: string, accent: string, floor: string]> = [
		[C.white, C.teal, '#c9d3da'],
		[C.sandLight, C.orange, '#d8c7a6'],
		[C.tealPale, C.tealMid, '#b9ccd3'],
		[C.white, C.orange, '#d3d9de'],
		[C.orangePale, C.tealDeep, '#cdb48a'],
		[C.mist, C.slateDark, '#aab4bd'],
	];
	const exhibits = ['robot', 'machine', 'agv', 'battery', 'plinths'] as const;
	const stands: Stand[] = [];
	for (const side of [-1, 1] as const) {
		let z = side === -1 ? 2 : 4.5;
		let n = 0;
		while (z < 104) {
			const [wall, accent, floor] = pick(rng, looks);
			stands.push({ side, z0: z, z1: z + 9, wall, accent, floor, closed: n % 2 === 1 && rng() < 0.5, exhibit: pick(rng, exhibits) });
			z += 9;
			n++;
			if (n % 2 === 0) z += 4; // cross aisle
		}
	}
	stands.sort((a, c) => c.z0 - a.z0);
	for (const st of stands) b.push(stand(st, rng));
	// banners over the aisle
	const banners: Array<[number, number, 'mark' | 'drum' | 'flag', string]> = [
		[-4, 100, 'mark', C.orange],
		[6, 78, 'drum', C.orange],
		[-7, 60, 'flag', C.teal],
		[3, 46, 'mark', C.teal],
		[-6, 31, 'drum', C.tealMid],
		[8, 22, 'flag', C.orange],
	];
	for (const [x, z, kind, color] of banners) b.push(hangingBanner(x, z, kind, color));
	// visitors in the aisle, far ones first
	const crowd: Array<[number, number]> = [
		[-2.3, 4.4],
		[2.5, 5.6],
		[-0.4, 8.2],
		[1.2, 10.5],
		[-2.8, 12],
		[3, 13.5],
	];
	for (let i = 0; i < 34; i++) crowd.push([between(rng, -3.1, 3.1), 9 + 70 * rng() ** 1.3]);
	crowd.sort((a, c) => c[1] - a[1]);
	const shirts = [C.orange, C.white, C.tealMid, C.slateDark, C.sand, C.tealLight, C.orangeLight, C.slate, C.teal, C.ink];
	for (const [x, z] of crowd) b.push(visitor(rng, x, z, pick(rng, shirts)));
	return svgDoc(PW, PH, defs, b);
}

// ---------------------------------------------------------------------------
// Press image 2: ribbon-cutting at the opening ceremony
// ---------------------------------------------------------------------------

/** Collar, tie and corsage over a guest drawn by person(): the feet at x,y, height h. */
function guestDress(x: number, y: number, h: number, tie: string | undefined): string {
	const u = h / 100;
	const sh = -h + 19 * u;
	const p: string[] = [
		poly(
			[
				[-4.5 * u, sh],
				[4.5 * u, sh],
				[0, sh + 10 * u],
			],
			C.white,
		),
	];
	if (tie !== undefined)
		p.push(
			poly(
				[
					[-1.3 * u, sh + 1.5 * u],
					[1.3 * u, sh + 1.5 * u],
					[2 * u, sh + 14 * u],
					[0, sh + 16.5 * u],
					[-2 * u, sh + 14 * u],
				],
				tie,
			),
		);
	p.push(
		capsule(-8 * u, sh + 9 * u, -9.5 * u, sh + 14 * u, 1.4 * u, SILK),
		capsule(-6 * u, sh + 9 * u, -5 * u, sh + 14 * u, 1.4 * u, SILK),
	);
	p.push(circle(-7 * u, sh + 7 * u, 3.2 * u, SILK), circle(-7 * u, sh + 7 * u, 1.3 * u, C.orangeLight));
	return group(p, { transform: tr(x, y) });
}

/** The big silk flower on a ribbon-cutting ribbon. */
function silkFlower(x: number, y: number, r: number): string {
	const p: string[] = [
		poly(
			[
				[-0.3 * r, 0.6 * r],
				[-0.75 * r, 2 * r],
				[-0.35 * r, 1.85 * r],
				[-0.05 * r, 0.7 * r],
			],
			'#b5321f',
		),
		poly(
			[
				[0.3 * r, 0.6 * r],
				[0.75 * r, 2 * r],
				[0.35 * r, 1.85 * r],
				[0.05 * r, 0.7 * r],
			],
			'#b5321f',
		),
	];
	for (let i = 0; i < 10; i++) {
		const a = (i / 10) * Math.PI * 2;
		p.push(circle(Math.cos(a) * 0.62 * r, Math.sin(a) * 0.62 * r, 0.42 * r, i % 2 === 0 ? SILK : '#e05a3f'));
	}
	p.push(
		circle(0, 0, 0.55 * r, '#e8664a'),
		circle(0, 0, 0.28 * r, C.orangeLight),
		circle(-0.15 * r, -0.2 * r, 0.1 * r, C.white, { opacity: 0.6 }),
	);
	return group(p, { transform: tr(x, y) });
}

/** Scissors held at x,y, blades pointing down-left to the ribbon. */
function scissors(x: number, y: number, s: number): string {
	return group(
		[
			poly(
				[
					[0, 0],
					[-26, 16],
					[-24, 19],
				],
				'#d7dde2',
			),
			poly(
				[
					[0, 2],
					[-22, 24],
					[-19, 26],
				],
				'#c3cbd1',
			),
			circle(6, -4, 6, 'none', { stroke: '#e8b04a', 'stroke-width': 3 }),
			circle(9, 4, 6, 'none', { stroke: '#e8b04a', 'stroke-width': 3 }),
		],
		{ transform: tr(x, y, s) },
	);
}

function photoOpeningCeremony(): string {
	const rng = mulberry32(2702);
	const defs = [
		linear('hall', [
			[0, '#0a3440'],
			[1, '#05161c'],
		]),
		linear(
			'screen',
			[
				[0, '#15697c'],
				[1, '#0a3f4c'],
			],
			0,
			0,
			1,
			1,
		),
		radial('screenGlow', [
			[0, '#f7b66f', 0.55],
			[1, '#f7b66f', 0],
		]),
		linear('beam', [
			[0, '#ffe6c4', 0.32],
			[1, '#ffe6c4', 0],
		]),
		linear('deck', [
			[0, '#164c59'],
			[1, '#0f3a45'],
		]),
		FLASH_GLOW,
	];
	const b: string[] = [fullBg('hall')];
	// LED wall with the mark, rings and a swoosh
	b.push(rect(170, 40, 1260, 520, '#031014', { rx: 10 }));
	b.push(rect(184, 54, 1232, 492, 'url(#screen)', { rx: 4 }));
	b.push(ellipse(800, 250, 520, 260, 'url(#screenGlow)'));
	b.push(shape(gearPath(800, 250, 250, 224, 24), C.white, { opacity: 0.06 }));
	b.push(circle(800, 250, 190, 'none', { stroke: C.tealLight, 'stroke-width': 3, opacity: 0.35 }));
	b.push(logoDisc(800, 250, 128));
	for (const [x, y, r] of [
		[470, 160, 26],
		[1130, 130, 34],
		[1210, 300, 18],
		[380, 330, 16],
		[1040, 420, 14],
	] as const)
		b.push(sparkle(x, y, r, C.orangeLight, { opacity: 0.85 }));
	for (let i = 0; i < 9; i++) b.push(capsule(240 + i * 26, 110 + i * 34, 420 + i * 26, 110 + i * 34, 4, C.tealLight, { opacity: 0.25 }));
	for (let i = 0; i < 9; i++) b.push(capsule(1180 - i * 26, 110 + i * 34, 1360 - i * 26, 110 + i * 34, 4, C.tealLight, { opacity: 0.25 }));
	b.push(shape('M184 500 C 460 410 700 520 960 455 S 1300 380 1416 420 V 546 H 184 Z', C.orange, { opacity: 0.75 }));
	b.push(shape('M184 520 C 480 450 720 545 980 490 S 1300 430 1416 470 V 546 H 184 Z', C.tealLight, { opacity: 0.55 }));
	// side pillars
	for (const x of [40, 1460]) {
		b.push(rect(x, 40, 100, 640, C.orange), rect(x, 40, 100, 640, '#000', { opacity: 0.08 }));
		b.push(logoDisc(x + 50, 130, 38));
		for (let i = 0; i < 5; i++) b.push(rect(x + 26, 210 + i * 70, 48, 10, C.white, { rx: 5, opacity: 0.7 - i * 0.1 }));
	}
	// stage lights
	for (const x of [260, 600, 1000, 1340]) {
		const d = Math.sign(800 - x) * 120;
		b.push(
			poly(
				[
					[x - 14, 0],
					[x + 14, 0],
					[x + d + 150, 760],
					[x + d - 150, 760],
				],
				'url(#beam)',
			),
		);
		b.push(rect(x - 20, 0, 40, 24, C.slate, { rx: 4 }));
	}
	// stage with a carpet
	b.push(rect(0, 600, PW, 170, 'url(#deck)'));
	b.push(rect(0, 600, PW, 4, C.tealLight, { opacity: 0.3 }));
	b.push(
		poly(
			[
				[300, 640],
				[1300, 640],
				[1380, 770],
				[220, 770],
			],
			'#9e2f22',
		),
	);
	b.push(
		poly(
			[
				[300, 640],
				[1300, 640],
				[1310, 656],
				[290, 656],
			],
			'#000',
			{ opacity: 0.15 },
		),
	);
	b.push(rect(0, 770, PW, 12, C.orange));
	b.push(rect(0, 782, PW, 120, '#082a33'));
	for (let x = 60; x < PW; x += 200) b.push(rect(x, 810, 120, 8, C.white, { rx: 4, opacity: 0.12 }));
	// hosts at both ends and the guests, with the ribbon and its flowers across their hands
	const feet = 752;
	const gh = 330;
	const u = gh / 100;
	const handY = feet - 40 * u;
	for (const [x, skin, hair] of [
		[190, SKIN[0], HAIR[0]],
		[1410, SKIN[1], HAIR[2]],
	] as const) {
		b.push(ellipse(x, feet, 60, 10, '#000', { opacity: 0.25 }));
		b.push(person(x, feet, gh * 0.95, { skin, hair, shirt: C.sandLight, pants: C.sandLight, hairStyle: 'bun' }));
		b.push(rect(x - 45, feet - 0.95 * gh * 0.44, 90, 6, SILK, { rx: 3 }));
	}
	const guests: Array<[number, number, PersonOpts['hairStyle'], string | undefined]> = [
		[330, 2, 'short', C.tealMid],
		[490, 0, 'bun', undefined],
		[650, 3, 'short', SILK],
		[800, 1, 'short', C.orange],
		[950, 0, 'long', undefined],
		[1110, 2, 'short', C.tealLight],
		[1270, 1, 'short', C.orangeDeep],
	];
	guests.forEach(([x, skinIdx, hairStyle, tie], i) => {
		const suit = [C.slateDark, C.ink, '#27313b', C.slateDark, '#2f3d4a', C.ink, '#27313b'][i] ?? C.ink;
		const h = gh + (i % 3) * 6 - (hairStyle === 'short' ? 0 : 14);
		b.push(ellipse(x, feet, 64, 10, '#000', { opacity: 0.25 }));
		b.push(
			person(x, feet, h, { skin: SKIN[skinIdx] ?? SKIN[0], hair: HAIR[i % HAIR.length] ?? HAIR[0], shirt: suit, pants: suit, hairStyle }),
		);
		b.push(guestDress(x, feet, h, tie));
	});
	const ribbon: Pt[] = [[230, handY - 4]];
	guests.forEach(([x]) => ribbon.push([x - 80, handY + 16], [x, handY]));
	ribbon.push([1350, handY + 16], [1370, handY - 4]);
	b.push(polyline(ribbon, SILK, 14, { 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
	b.push(polyline(ribbon, '#f08a6e', 3, { 'stroke-linejoin': 'round', opacity: 0.6, transform: 'translate(0 -4)' }));
	for (const [x, y] of ribbon.slice(1, -1)) if (y > handY) b.push(silkFlower(x, y + 6, 30));
	for (const [x] of guests) b.push(scissors(x + 18.5 * u, handY - 8, 1.1));
	// confetti and streamers
	b.push(confetti(rng, 170, 0, 0, PW, 720, [C.orange, C.orangeLight, C.white, C.tealLight, SILK, C.sand]));
	for (let i = 0; i < 8; i++) {
		const x = i % 2 === 0 ? between(rng, 100, 560) : between(rng, 1040, 1500);
		const y = between(rng, 40, 420);
		const d = `M${num(x)} ${num(y)} q 30 40 0 80 t 0 80 t 0 80`;
		b.push(shape(d, 'none', { stroke: pick(rng, [C.orangeLight, C.white, SILK]), 'stroke-width': 4, opacity: 0.8 }));
	}
	// audience and photographers in front of the stage
	for (const [y, s, gap] of [
		[955, 1.15, 150],
		[1050, 1.5, 190],
	] as const) {
		for (let x = -30 + (y % 2) * 60; x < PW + 80; x += gap) {
			const jx = x + between(rng, -20, 20);
			b.push(darkAudienceHead(rng, jx, y, s));
			if (rng() < 0.18) b.push(raisedPhone(jx + 40 * s, y - 40 * s, s * 0.9, '#123640', pick(rng, SKIN)));
		}
	}
	for (const [x, y, s] of [
		[250, 1000, 1.6],
		[1330, 990, 1.6],
		[760, 1075, 1.8],
	] as const)
		b.push(photographer(x, y, s, '#0b2f39', '#081c22'));
	for (const [x, y] of [
		[300, 830],
		[1380, 820],
	] as const)
		b.push(cameraFlash(x, y, 52));
	return svgDoc(PW, PH, defs, b);
}

// ---------------------------------------------------------------------------
// Press image 3: AGV and drone demonstrations on the Central Plaza (an artist's impression)
// ---------------------------------------------------------------------------

function barrier(x0: number, x1: number, y: number, postH: number, step: number): string {
	const p: string[] = [];
	const band = postH * 0.22;
	p.push(rect(x0, y - postH * 0.8, x1 - x0, band, C.white));
	for (let x = x0; x < x1; x += band * 2.4) p.push(rect(x, y - postH * 0.8, Math.min(band * 1.2, x1 - x), band, C.orange));
	for (let x = x0; x <= x1 + 0.5; x += step) {
		p.push(rect(x - postH * 0.06, y - postH, postH * 0.12, postH, C.slateDark, { rx: postH * 0.04 }));
		p.push(ellipse(x, y, postH * 0.2, postH * 0.05, C.slateDark));
	}
	return group(p);
}

function netPanel(corners: readonly [Pt, Pt, Pt, Pt], cols: number, rows: number, opacity: number): string {
	const [a, bb, c, d] = corners; // top-left, top-right, bottom-right, bottom-left
	const lerp = (p: Pt, q: Pt, t: number): Pt => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
	const p: string[] = [poly(corners, C.white, { opacity: opacity * 0.25 })];
	for (let i = 0; i <= cols; i++) p.push(line(...lerp(a, bb, i / cols), ...lerp(d, c, i / cols), C.white, 1.2, { opacity }));
	for (let j = 0; j <= rows; j++) p.push(line(...lerp(a, d, j / rows), ...lerp(bb, c, j / rows), C.white, 1.2, { opacity }));
	return group(p);
}

function photoPlazaDemonstrations(): string {
	const rng = mulberry32(2703);
	const defs = [
		linear('sky', [
			[0, '#7fb9c6'],
			[0.6, '#cfe6e8'],
			[1, '#f3ecdc'],
		]),
		linear('plaza', [
			[0, '#dcc6a0'],
			[1, '#f3e9d6'],
		]),
		linear('glass', [
			[0, '#2c8596'],
			[1, '#0f5c6e'],
		]),
		linear('court', [
			[0, '#3d7d89'],
			[1, '#5e98a2'],
		]),
	];
	const b: string[] = [fullBg('sky')];
	b.push(cloud(260, 150, 1.2, C.white, 0.8), cloud(1180, 110, 1.5, C.white, 0.75), cloud(760, 230, 0.8, C.white, 0.6));
	// halls around the plaza, the North Entrance Hall in the middle
	for (const [x0, w] of [
		[-20, 560],
		[1060, 560],
	] as const) {
		b.push(rect(x0, 380, w, 150, 'url(#glass)'));
		for (let x = x0 + 20; x < x0 + w; x += 34) b.push(line(x, 380, x, 530, C.tealLight, 2, { opacity: 0.4 }));
		b.push(rect(x0, 362, w, 22, C.sandLight), rect(x0, 382, w, 6, C.sandDark));
		b.push(rect(x0, 448, w, 4, C.tealLight, { opacity: 0.6 }));
	}
	b.push(rect(560, 340, 480, 190, 'url(#glass)'));
	for (let x = 580; x < 1040; x += 30) b.push(line(x, 340, x, 530, C.tealLight, 2, { opacity: 0.45 }));
	b.push(shape('M520 352 Q 660 290 800 300 Q 940 290 1080 352 L 1080 366 Q 940 308 800 318 Q 660 308 520 366 Z', C.sandLight));
	b.push(shape('M520 366 Q 660 308 800 318 Q 940 308 1080 366 L 1080 372 Q 940 318 800 326 Q 660 318 520 372 Z', C.sandDark));
	b.push(rect(740, 430, 120, 100, '#ffe2b5', { opacity: 0.9 }), rect(740, 430, 120, 100, 'none', { stroke: C.orange, 'stroke-width': 8 }));
	b.push(logoDisc(800, 318, 30));
	for (const x of [70, 170, 280, 390, 1210, 1320, 1430, 1530]) b.push(tree(x, 540, 0.9));
	// flags along the plaza's edge
	const flagColors = [C.orange, C.white, C.tealMid, C.orangeLight, C.sand];
	[40, 125, 210, 1310, 1395, 1480].forEach((x, i) => {
		const top = 262;
		b.push(line(x, top - 8, x, 550, '#f4f1ea', 5), circle(x, top - 10, 5, C.orangeLight));
		b.push(shape(`M${x + 2} ${top} q 20 -9 40 0 t 40 0 v 48 q -20 -9 -40 0 t -40 0 Z`, flagColors[i % flagColors.length] ?? C.orange));
		b.push(shape(`M${x + 2} ${top + 30} q 20 -9 40 0 t 40 0 v 18 q -20 -9 -40 0 t -40 0 Z`, '#000', { opacity: 0.08 }));
	});
	// plaza paving
	b.push(rect(0, 530, PW, PH - 530, 'url(#plaza)'));
	b.push(rect(0, 528, PW, 5, C.slate, { opacity: 0.5 }));
	for (let x = -2400; x <= 4000; x += 200) b.push(line(800 + (x - 800) * 0.09, 530, x, PH, '#cdb48a', 2, { opacity: 0.6 }));
	for (const y of [548, 575, 612, 662, 730, 820, 940]) b.push(line(0, y, PW, y, '#cdb48a', 2, { opacity: 0.55 }));
	// spectators on the far side, behind their barrier
	const farY = 604;
	for (let i = 0; i < 22; i++) {
		const x = 300 + i * 46 + between(rng, -12, 12);
		const h = between(rng, 78, 92);
		b.push(
			person(x, farY - 8 + between(rng, -4, 4), h, {
				skin: pick(rng, SKIN),
				hair: pick(rng, HAIR),
				shirt: pick(rng, [C.orange, C.white, C.tealMid, C.slateDark, C.sand, C.tealLight, C.orangeLight, C.slate]),
				pants: pick(rng, [C.slateDark, C.ink, '#3d4c5c']),
				hairStyle: pick(rng, ['short', 'long', 'bun', 'short', 'cap'] as const),
				wave: rng() < 0.15,
				holding: rng() < 0.2 ? C.ink : undefined,
			}),
		);
	}
	b.push(barrier(290, 1310, farY + 6, 34, 85));
	// the demonstration court
	const court: Pt[] = [
		[380, 616],
		[1220, 616],
		[1500, 905],
		[100, 905],
	];
	b.push(poly(court, 'url(#court)'), poly(court, 'none', { stroke: C.white, 'stroke-width': 5, 'stroke-linejoin': 'round' }));
	b.push(ellipse(800, 815, 540, 62, 'none', { stroke: C.orange, 'stroke-width': 7, 'stroke-dasharray': '38 22' }));
	b.push(ellipse(800, 815, 470, 44, 'none', { stroke: C.white, 'stroke-width': 3, opacity: 0.5 }));
	for (const x of [420, 660, 940, 1180]) {
		b.push(
			poly(
				[
					[x, 873],
					[x + 34, 880],
					[x, 887],
				],
				C.white,
				{ opacity: 0.8 },
			),
		);
	}
	// drone cage at the back of the court: back and sides first, drones, then the front net
	const cage = {
		backL: 430,
		backR: 1170,
		backY: 626,
		backH: 270,
		frontL: 330,
		frontR: 1270,
		frontY: 712,
		frontH: 315,
	};
	// the corners of an upright net from x = l to x = r, h high above the ground line y
	const upright = (l: number, r: number, y: number, h: number): [Pt, Pt, Pt, Pt] => [
		[l, y - h],
		[r, y - h],
		[r, y],
		[l, y],
	];
	b.push(netPanel(upright(cage.backL, cage.backR, cage.backY, cage.backH), 30, 11, 0.3));
	for (const [xb, xf] of [
		[cage.backL, cage.frontL],
		[cage.backR, cage.frontR],
	] as const)
		b.push(
			netPanel(
				[
					[xb, cage.backY - cage.backH],
					[xf, cage.frontY - cage.frontH],
					[xf, cage.frontY],
					[xb, cage.backY],
				],
				5,
				11,
				0.3,
			),
		);
	b.push(
		poly(
			[
				[cage.backL, cage.backY],
				[cage.backR, cage.backY],
				[cage.frontR, cage.frontY],
				[cage.frontL, cage.frontY],
			],
			C.tealDeep,
			{ opacity: 0.25 },
		),
	);
	for (const [x, y, s, deg] of [
		[560, 500, 0.36, -6],
		[830, 455, 0.42, 4],
		[1070, 530, 0.34, 8],
	] as const) {
		b.push(ellipse(x, cage.frontY - 40, 60 * s * 2, 10 * s * 2, '#000', { opacity: 0.12 }));
		b.push(drone(x, y, s, deg));
	}
	b.push(netPanel(upright(cage.frontL, cage.frontR, cage.frontY, cage.frontH), 36, 12, 0.45));
	for (const [x, y, hgt] of [
		[cage.backL, cage.backY, cage.backH],
		[cage.backR, cage.backY, cage.backH],
		[cage.frontL, cage.frontY, cage.frontH],
		[cage.frontR, cage.frontY, cage.frontH],
		[(cage.frontL + cage.frontR) / 2, cage.frontY, cage.frontH],
	] as const)
		b.push(rect(x - 5, y - hgt - 6, 10, hgt + 6, C.slateDark, { rx: 3 }));
	b.push(line(cage.frontL, cage.frontY - cage.frontH, cage.frontR, cage.frontY - cage.frontH, C.slateDark, 6));
	b.push(line(cage.backL, cage.backY - cage.backH, cage.frontL, cage.frontY - cage.frontH, C.slateDark, 4));
	b.push(line(cage.backR, cage.backY - cage.backH, cage.frontR, cage.frontY - cage.frontH, C.slateDark, 4));
	// AGVs on the track, and a staff member in a vest
	b.push(agv(1110, 800, 0.5, 'rack', rng));
	b.push(agv(520, 862, 0.62, 'pallet', rng));
	b.push(ellipse(1350, 884, 44, 8, '#000', { opacity: 0.18 }));
	b.push(
		person(1350, 884, 220, {
			skin: SKIN[2],
			hair: HAIR[0],
			shirt: C.white,
			pants: C.slateDark,
			vest: C.orange,
			hairStyle: 'cap',
			holding: C.ink,
		}),
	);
	// near barrier and spectators seen from behind
	b.push(barrier(-20, PW + 20, 960, 96, 230));
	for (const [y, s, gap] of [
		[1000, 1.15, 150],
		[1070, 1.5, 200],
	] as const) {
		for (let x = -20 + (y % 3) * 40; x < PW + 80; x += gap) {
			const jx = x + between(rng, -24, 24);
			const shirt = pick(rng, [C.tealMid, C.orange, C.slate, C.sand, C.white, C.tealDeep, C.orangeLight]);
			b.push(audienceHead(jx, y + between(rng, -6, 6), s, shirt, pick(rng, HAIR)));
			if (rng() < 0.2) b.push(raisedPhone(jx + 40 * s, y - 40 * s, s * 0.9, shirt, pick(rng, SKIN)));
		}
	}
	return svgDoc(PW, PH, defs, b);
}

// ---------------------------------------------------------------------------
// Logo pack
// ---------------------------------------------------------------------------

const LOGO_README = `第七届青潭国际智能装备博览会（青潭智博会 / QTSE 2027）标志资料包

文件
  qtse-logo.svg             矢量标志，适合印刷和任意尺寸
  qtse-logo-512.png         512 × 512 像素，透明背景
  qtse-logo-512-white.png   512 × 512 像素，白色背景
  qtse-logo-2048.png        2048 × 2048 像素，透明背景
  qtse-logo-2048-white.png  2048 × 2048 像素，白色背景

使用说明
- 标志由橙色亭顶和青色齿轮组成，请整体使用，不要拆开、拉伸、旋转、加描边或改变颜色。
- 标志四周请留出不少于标志宽度十分之一的空白。
- 印刷品上标志宽度不小于 15 毫米，屏幕上不小于 48 像素。
- 标志内含白色部分。在深色或图片背景上，请把标志放在白色圆形或方形底板上使用。
- 标准色：青色 #0F5C6E，橙色 #F08A24。
- 本标志可用于与本届展会有关的新闻报道和活动宣传。其他用途请先联系组委会新闻办。

组委会新闻办：press@qtse.example.com，+86 838 6655 0428

--------------------------------------------------------------------------

7th Qingtan International Smart Equipment Expo (QTSE 2027): logo pack

Files
  qtse-logo.svg             vector logo, for print and any size
  qtse-logo-512.png         512 x 512 px, transparent background
  qtse-logo-512-white.png   512 x 512 px, white background
  qtse-logo-2048.png        2048 x 2048 px, transparent background
  qtse-logo-2048-white.png  2048 x 2048 px, white background

Using the logo
- The logo is an orange pavilion roof resting on a teal gear. Use it whole: do not separate,
  stretch, rotate or outline it, and do not change its colours.
- Keep clear space around it of at least a tenth of the logo's width.
- Print it at least 15 mm wide, and show it at least 48 px wide on screen.
- The logo has white parts. On dark backgrounds or photos, place it on a white circle or square.
- Colours: teal #0F5C6E, orange #F08A24.
- You may use the logo in news coverage of the fair and in promoting activities related to it.
  For any other use, please ask the press office first.

Press office: press@qtse.example.com, +86 838 6655 0428
`;

async function logoPack(): Promise<Uint8Array> {
	const svg = await readFile(LOGO);
	const intrinsic = Number(/\bwidth="(\d+)"/.exec(svg.toString('utf8'))?.[1]);
	if (!Number.isFinite(intrinsic) || intrinsic <= 0) throw new Error(`${LOGO}: no width attribute on the root element`);
	const png = async (size: number, background: string | undefined): Promise<Uint8Array> => {
		let img = sharp(svg, { density: (72 * size) / intrinsic }).resize(size, size);
		if (background !== undefined) img = img.flatten({ background });
		return img.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
	};
	const dir = 'qtse-2027-logo-pack/';
	// A byte-order mark, so that editors which guess the encoding open the Chinese as UTF-8.
	const readme = strToU8('\ufeff' + LOGO_README.replace(/\n/g, '\r\n'));
	return zipSync(
		{
			[`${dir}README.txt`]: readme,
			[`${dir}qtse-logo.svg`]: svg,
			[`${dir}qtse-logo-512.png`]: await png(512, undefined),
			[`${dir}qtse-logo-512-white.png`]: await png(512, '#ffffff'),
			[`${dir}qtse-logo-2048.png`]: await png(2048, undefined),
			[`${dir}qtse-logo-2048-white.png`]: await png(2048, '#ffffff'),
		},
		{ level: 9, mtime: ZIP_DATE },
	);
}

// ---------------------------------------------------------------------------
// Fact sheets: an HTML page per language, printed to one A4 page by Chromium
// ---------------------------------------------------------------------------

type Locale = 'zh' | 'en';
type Row = readonly [label: string, value: string];

type SheetText = {
	lang: string;
	title: string;
	kicker: string;
	name: string;
	short: string;
	when: string;
	factsHeading: string;
	facts: readonly Row[];
	hoursHeading: string;
	hours: readonly Row[];
	hallsHeading: string;
	halls: readonly Row[];
	hallsNote: string;
	mediaHeading: string;
	media: readonly string[];
	travelHeading: string;
	travel: readonly string[];
	statsHeading: string;
	stats: ReadonlyArray<readonly [figure: string, what: string]>;
	contactHeading: string;
	contacts: readonly Row[];
	note: string;
};

const SHEETS: Record<Locale, SheetText> = {
	zh: {
		lang: 'zh-CN',
		title: '第七届青潭国际智能装备博览会 展会概况',
		kicker: '新闻资料 · 展会概况',
		name: '第七届青潭国际智能装备博览会',
		short: '青潭智博会 · QTSE 2027',
		when: '2027年4月21日—24日 · 青潭国际博览中心',
		factsHeading: '基本信息',
		facts: [
			['展会名称', '第七届青潭国际智能装备博览会\n简称“青潭智博会”，英文简称 QTSE 2027'],
			['展期', '2027年4月21日（周三）至24日（周六）'],
			['地点', '青潭国际博览中心\n青潭市临江新区博览大道1号'],
			['规模', '8 个展馆，展览面积约 12 万平方米；预计展商约 1,000 家，观众超过 15 万人次'],
			['主办单位', '青潭市人民政府'],
			['承办单位', '青潭会展集团有限公司'],
			['协办单位', '青潭市智能制造协会'],
			['官方网站', 'qtse.example.com'],
		],
		hoursHeading: '开放时间',
		hours: [
			['4月21日—23日', '专业观众日　09:00—17:00'],
			['4月24日', '公众开放日　09:00—15:00'],
		],
		hallsHeading: '展馆分布',
		halls: [
			['1 号馆', '工业机器人整机'],
			['2 号馆', '协作机器人与核心部件'],
			['3 号馆', '数控机床（切削）'],
			['4 号馆', '成形与激光装备、工业软件'],
			['5 号馆', '动力电池与储能'],
			['6 号馆', '半导体装备与材料'],
			['7 号馆（新）', '智能物流与无人机'],
			['8 号馆（新）', '风电光伏、创新创业馆、国际展区'],
		],
		hallsNote: '中央广场设约 3,000 平方米的室外演示区，AGV 车队和无人机每天定时演示。',
		mediaHeading: '媒体服务',
		media: [
			'媒体注册：在线申请截至 2027年4月10日，提交后 7 个工作日内通知审核结果。',
			'证件领取：4月20日起在媒体中心领取媒体证。',
			'媒体中心：南登录厅二层，展期每天 08:00—18:00 开放，设 180 个工作席位和可预约的采访间。',
			'开幕式和主论坛设摄影区，名额有限，先到先得。',
			'展期内每天发布新闻稿和图片，可在官网新闻中心下载。',
		],
		travelHeading: '交通',
		travel: ['地铁 3 号线博览中心站位于南侧，出站步行约 5 分钟到南登录厅。', '机场、高铁青潭南站和市区酒店开行免费接驳巴士，停靠东入口。'],
		statsHeading: '上届回顾：第六届（2026年4月15日—18日）',
		stats: [
			['880 家', '参展企业'],
			['13.2 万人次', '观众'],
			['1,380 场', '供采对接洽谈'],
			['46.8 亿元', '意向采购额'],
		],
		contactHeading: '新闻联络',
		contacts: [
			['组委会新闻办', 'press@qtse.example.com'],
			['新闻发言人', '林思远'],
			['电话', '+86 838 6655 0428（工作日 9:00—17:30）'],
			['展会咨询', 'info@qtse.example.com'],
		],
		note: '资料更新于 2026年12月1日。展会信息如有调整，以官方网站公布为准。',
	},
	en: {
		lang: 'en',
		title: 'QTSE 2027 fact sheet: 7th Qingtan International Smart Equipment Expo',
		kicker: 'Press kit · Fact sheet',
		name: '7th Qingtan International Smart Equipment Expo',
		short: 'QTSE 2027 · 青潭智博会',
		when: '21–24 April 2027 · Qingtan International Expo Centre',
		factsHeading: 'Key facts',
		facts: [
			['Short name', 'QTSE 2027 (青潭智博会 in Chinese)'],
			['Dates', 'Wednesday 21 to Saturday 24 April 2027'],
			['Venue', 'Qingtan International Expo Centre\n1 Bolan Avenue, Linjiang New District, Qingtan'],
			['Size', '8 halls, about 120,000 m²; around 1,000 exhibitors and over 150,000 visits expected'],
			['Host', 'Qingtan Municipal People’s Government'],
			['Organizer', 'Qingtan Exhibition Group'],
			['Co-organizer', 'Qingtan Intelligent Manufacturing Association'],
			['Website', 'qtse.example.com'],
		],
		hoursHeading: 'Opening hours',
		hours: [
			['21–23 April', 'Trade visitor days, 09:00–17:00'],
			['24 April', 'Public day, 09:00–15:00'],
		],
		hallsHeading: 'Halls',
		halls: [
			['Hall 1', 'Industrial robots'],
			['Hall 2', 'Collaborative robots and components'],
			['Hall 3', 'CNC machine tools (cutting)'],
			['Hall 4', 'Forming, laser and industrial software'],
			['Hall 5', 'Batteries and energy storage'],
			['Hall 6', 'Semiconductor equipment and materials'],
			['Hall 7 (new)', 'Smart logistics and drones'],
			['Hall 8 (new)', 'Wind and solar, Startup Pavilion, international area'],
		],
		hallsNote: 'An outdoor demonstration area of about 3,000 m² on the Central Plaza hosts AGV and drone shows every day.',
		mediaHeading: 'Media services',
		media: [
			'Accreditation: apply online by 10 April 2027; replies within 7 working days.',
			'Badges: at the media centre from 20 April.',
			'Media centre: upper floor of the South Entrance Hall, open 08:00–18:00 on show days, with 180 work desks and interview rooms to book.',
			'Photo positions at the opening ceremony and the keynote forum are limited: first come, first served.',
			'Press releases and photos every show day on the official website.',
		],
		travelHeading: 'Getting there',
		travel: [
			'Metro Line 3 to Expo Centre station, on the south side: a five-minute walk to the South Entrance Hall.',
			'Free shuttle buses from the airport, Qingtan South station and city hotels stop at the East Entrance.',
		],
		statsHeading: 'Last edition: the 6th, 15–18 April 2026',
		stats: [
			['880', 'exhibitors'],
			['132,000', 'visits'],
			['1,380', 'buyer–supplier meetings'],
			['RMB 4.68 bn', 'in intended purchases'],
		],
		contactHeading: 'Press contacts',
		contacts: [
			['Press office', 'press@qtse.example.com'],
			['Spokesperson', 'Lin Siyuan'],
			['Phone', '+86 838 6655 0428 (weekdays 09:00–17:30)'],
			['Enquiries', 'info@qtse.example.com'],
		],
		note: 'Information as of 1 December 2026 and subject to change; the official website has the latest.',
	},
};

/** Escapes text for HTML, turns newlines into <br> and links the e-mail addresses, website and phone number. */
function html(s: string): string {
	return esc(s)
		.replace(/\n/g, '<br>')
		.replace(/\b[a-z]+@qtse\.example\.com\b/g, (m) => `<a href="mailto:${m}">${m}</a>`)
		.replace(/(^|[^@\w.])(qtse\.example\.com)\b/g, (_m, pre: string, host: string) => `${pre}<a href="https://${host}/">${host}</a>`)
		.replace(/\+86 838 6655 0428/g, (m) => `<a href="tel:${m.replace(/ /g, '')}">${m}</a>`);
}

function rows(list: readonly Row[], cls: string): string {
	return `<table class="${cls}">${list.map(([k, v]) => `<tr><th scope="row">${html(k)}</th><td>${html(v)}</td></tr>`).join('')}</table>`;
}

function factSheetHtml(locale: Locale, logoSvg: string): string {
	const t = SHEETS[locale];
	const mark = logoSvg.replace('<svg ', `<svg role="img" aria-label="${locale === 'zh' ? '青潭智博会标志' : 'QTSE logo'}" `);
	return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<title>${esc(t.title)}</title>
<style>
@page { size: A4; margin: 0; }
/* Noto Sans CJK draws curly quotes full width; English text takes them from Liberation Sans. */
@font-face { font-family: 'Latin Quotes'; src: local('Liberation Sans'); unicode-range: U+2018-201F; }
@font-face { font-family: 'Latin Quotes'; src: local('Liberation Sans Bold'); font-weight: 700; unicode-range: U+2018-201F; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${locale === 'zh' ? '' : "'Latin Quotes', "}'Noto Sans CJK SC', sans-serif; font-size: ${locale === 'zh' ? '9.9pt' : '9.4pt'}; line-height: 1.55; color: ${C.ink}; }
a { color: inherit; text-decoration: none; }
.sheet { width: 210mm; height: 296mm; display: flex; flex-direction: column; overflow: hidden; }
header { background: ${C.teal}; color: ${C.white}; padding: 8mm 14mm 7mm; display: flex; align-items: center; gap: 7mm; border-bottom: 2mm solid ${C.orange}; }
.mark { flex: none; width: 30mm; height: 30mm; border-radius: 50%; background: ${C.white}; display: flex; align-items: center; justify-content: center; }
.mark svg { width: 25mm; height: 25mm; }
.kicker { margin: 0; font-size: 8.6pt; letter-spacing: 0.08em; color: ${C.orangeLight}; font-weight: 700; }
h1 { margin: 1mm 0 1.2mm; font-size: ${locale === 'zh' ? '19pt' : '17.5pt'}; line-height: 1.25; font-weight: 700; text-wrap: balance; }
.short { margin: 0; font-size: 10.5pt; color: ${C.tealPale}; }
.when { margin: 2mm 0 0; font-size: 11pt; font-weight: 700; }
main { flex: 1; padding: 6mm 14mm 0; display: grid; grid-template-columns: 1.08fr 1fr; column-gap: 8mm; align-content: start; }
section { margin-bottom: 4.5mm; }
h2 { margin: 0 0 2mm; padding-bottom: 1mm; font-size: 10.5pt; color: ${C.teal}; border-bottom: 0.5mm solid ${C.orange}; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; vertical-align: top; font-weight: 400; color: ${C.slate}; white-space: nowrap; padding: 0.9mm 3mm 0.9mm 0; }
td { vertical-align: top; padding: 0.9mm 0; }
table.facts tr + tr th, table.facts tr + tr td { border-top: 0.2mm solid ${C.mist}; }
table.halls th { color: ${C.teal}; font-weight: 700; }
ul { margin: 0; padding-left: 4mm; }
li { margin-bottom: 1mm; }
li::marker { color: ${C.orange}; }
.note { margin: 1.5mm 0 0; font-size: 8.6pt; color: ${C.slate}; }
.stats { margin: 0 14mm 4mm; }
.stats h2 { border: 0; padding: 0; }
.stats dl { margin: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; }
.stats div { display: flex; flex-direction: column-reverse; padding: 2mm 0 0; border-top: 0.8mm solid ${C.tealLight}; }
.stats dd { margin: 0; font-size: 15pt; font-weight: 700; line-height: 1.3; color: ${C.teal}; white-space: nowrap; }
.stats dt { font-size: 8.6pt; color: ${C.slate}; }
.contact { margin: 0 14mm; padding: 4.5mm 6mm; background: ${C.orangePale}; border-left: 1.6mm solid ${C.orange}; }
.contact h2 { border: 0; padding: 0; margin-bottom: 1.5mm; }
.contact tbody { display: grid; grid-template-columns: repeat(4, auto); justify-content: start; column-gap: 5mm; }
.contact tr { display: contents; }
.contact td { white-space: nowrap; padding-right: 4mm; }
footer { padding: 3.5mm 14mm 7mm; font-size: 8pt; color: ${C.slate}; }
</style>
</head>
<body>
<div class="sheet">
<header>
<div class="mark">${mark}</div>
<div>
<p class="kicker">${esc(t.kicker)}</p>
<h1>${esc(t.name)}</h1>
<p class="short">${esc(t.short)}</p>
<p class="when">${esc(t.when)}</p>
</div>
</header>
<main>
<div>
<section><h2>${esc(t.factsHeading)}</h2>${rows(t.facts, 'facts')}</section>
<section><h2>${esc(t.hoursHeading)}</h2>${rows(t.hours, 'hours')}</section>
<section><h2>${esc(t.travelHeading)}</h2><ul>${t.travel.map((s) => `<li>${html(s)}</li>`).join('')}</ul></section>
</div>
<div>
<section><h2>${esc(t.hallsHeading)}</h2>${rows(t.halls, 'halls')}<p class="note">${html(t.hallsNote)}</p></section>
<section><h2>${esc(t.mediaHeading)}</h2><ul>${t.media.map((s) => `<li>${html(s)}</li>`).join('')}</ul></section>
</div>
</main>
<section class="stats"><h2>${esc(t.statsHeading)}</h2><dl>${t.stats.map(([n, what]) => `<div><dt>${esc(what)}</dt><dd>${esc(n)}</dd></div>`).join('')}</dl></section>
<section class="contact"><h2>${esc(t.contactHeading)}</h2>${rows(t.contacts, 'contacts')}</section>
<footer>${html(t.note)}</footer>
</div>
</body>
</html>
`;
}

/**
 * Chromium writes the print time into the PDF's /CreationDate and /ModDate. Replace both with the kit's
 * fixed date, of the same length, so that the cross-reference offsets stay right.
 */
function pinPdfDates(pdf: Buffer, name: string): Buffer {
	const text = pdf.toString('latin1');
	let count = 0;
	const out = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_m, key: string, value: string) => {
		if (value.length !== PDF_DATE.length) throw new Error(`${name}: unexpected ${key} ${value}`);
		count++;
		return `/${key} (${PDF_DATE})`;
	});
	if (count !== 2) throw new Error(`${name}: expected a creation and a modification date, found ${count} dates`);
	const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
	if (pages !== 1) throw new Error(`${name}: the fact sheet runs to ${pages} pages, not 1`);
	if (!text.includes('NotoSansCJKsc')) throw new Error(`${name}: Noto Sans CJK SC was not used; install fonts-noto-cjk`);
	return Buffer.from(out, 'latin1');
}

async function factSheets(): Promise<Record<Locale, Buffer>> {
	const logoSvg = (await readFile(LOGO, 'utf8')).trim();
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	try {
		const out: Partial<Record<Locale, Buffer>> = {};
		for (const locale of ['zh', 'en'] as const) {
			const page = await browser.newPage();
			await page.emulateMedia({ media: 'print' });
			await page.setContent(factSheetHtml(locale, logoSvg), { waitUntil: 'load' });
			// The sheet is one fixed A4 box that hides what does not fit: check that nothing is cut off.
			const overflow = await page.evaluate(async () => {
				await document.fonts.ready;
				const sheet = document.querySelector('.sheet');
				const main = document.querySelector('main');
				if (sheet === null || main === null) return 'no .sheet or main';
				if (sheet.scrollHeight > sheet.clientHeight) return `${sheet.scrollHeight - sheet.clientHeight} px too tall`;
				const lastBlock = main.lastElementChild?.lastElementChild;
				const firstBlock = main.firstElementChild?.lastElementChild;
				const bottom = Math.max(lastBlock?.getBoundingClientRect().bottom ?? 0, firstBlock?.getBoundingClientRect().bottom ?? 0);
				return bottom > main.getBoundingClientRect().bottom ? 'the two columns run into the boxes below' : '';
			});
			if (overflow !== '') throw new Error(`fact sheet (${locale}): ${overflow}`);
			const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
			await page.close();
			out[locale] = pinPdfDates(pdf, `fact sheet (${locale})`);
		}
		return { zh: out.zh!, en: out.en! };
	} finally {
		await browser.close();
	}
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

async function photo(draw: () => string): Promise<Buffer> {
	return sharp(Buffer.from(draw())).jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: '4:4:4' }).toBuffer();
}

async function main(): Promise<void> {
	const started = performance.now();
	await mkdir(OUT_DIR, { recursive: true });
	const [hall, opening, plaza, pack] = await Promise.all([
		photo(photoHallOverview),
		photo(photoOpeningCeremony),
		photo(photoPlazaDemonstrations),
		logoPack(),
	]);
	const sheets = await factSheets();
	const outputs: Record<string, Uint8Array> = {
		[FILES.logoPack]: pack,
		[FILES.factSheetZh]: sheets.zh,
		[FILES.factSheetEn]: sheets.en,
		[FILES.hall]: hall,
		[FILES.opening]: opening,
		[FILES.plaza]: plaza,
	};
	for (const [name, data] of Object.entries(outputs)) await writeFile(join(OUT_DIR, name), data);

	// Report sizes, and what does not match the budgets or the labels file.
	const problems: string[] = [];
	let total = 0;
	for (const name of (await readdir(OUT_DIR)).sort()) {
		const { size } = await stat(join(OUT_DIR, name));
		total += size;
		console.log(`${name.padEnd(32)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
		if (!(name in outputs)) problems.push(`${name} is not made by this script: remove it if it is stale`);
		if (name.endsWith('.jpg') && size > PHOTO_MAX) problems.push(`${name} is over ${PHOTO_MAX / 1024} KB`);
	}
	console.log(`total ${(total / 1024).toFixed(1)} KB in ${((performance.now() - started) / 1000).toFixed(2)} s`);
	if (total > TOTAL_MAX) problems.push(`the folder is over ${TOTAL_MAX / 1024} KB`);
	const labels = Object.keys(JSON.parse(await readFile(LABELS, 'utf8')) as Record<string, unknown>);
	for (const name of Object.keys(outputs)) if (!labels.includes(name)) problems.push(`${name} has no entry in ${LABELS}`);
	for (const name of labels) if (!(name in outputs)) problems.push(`${LABELS} labels ${name}, which this script does not make`);
	for (const p of problems) console.error(`warning: ${p}`);
	if (problems.length > 0) process.exitCode = 1;
}

await main();
