// Draws the floor plan of each hall of the demo's exhibitor directory: site/exhibitors.options.mjs names
// the halls and where each plan goes (site/images/halls/<hall>.png), and the exhibitor files in
// site/exhibitors/ say whose stand is where. Every stand an exhibitor names is drawn in its sector's
// colour and labelled with its number; the other stands of the hall are drawn plain, unlabelled.
//
// A stand number is the hall, the row and the place in the row: 7A12 is hall 7, row A, place 12. Each
// hall has rows A to D of 24 places, with cross aisles after places 8 and 16. A stand takes one place or
// more: the stands the demo's articles describe as large take the places SPAN gives, the others one or
// two, as the exhibitor's seed decides and the next stand in the row allows.
//
// Run from the repository root:   pnpm images:exhibitors   (or: node demo-art/draw-floor-plans.ts)
// The hall names and legend are in English and Chinese, so Noto Sans CJK SC must be installed (see
// draw-exhibitor-logos.ts). Each plan is a palette PNG of about 1600x1000 and must stay under 150 KB.

import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import options from '../site/exhibitors.options.mjs';
import { readExhibitors, ROOT, seedOf, type DemoExhibitor } from './lib/exhibitors.ts';
import { C } from './lib/palette.ts';
import { mulberry32 } from './lib/random.ts';
import { circle, group, line, poly, rect, svgDoc, text, type Attrs } from './lib/svg.ts';

const W = 1600;
const H = 1000;
const MAX_BYTES = 150 * 1024;
const FONT = 'DejaVu Sans, Noto Sans CJK SC, sans-serif';

const ROWS = ['A', 'B', 'C', 'D'] as const;
const PLACES = 24;
/** Cross aisles run after these places. */
const CROSS_AFTER = [8, 16] as const;

// Geometry: the hall's walls, and inside them the rows of stands with aisles between and around them.
const HALL = { x: 60, y: 150, w: 1480, h: 708 } as const;
const PLACE_W = 52;
const CROSS_W = 64;
const ROW_H = 112;
const AISLE = 52;
const STANDS_X = HALL.x + (HALL.w - (PLACES * PLACE_W + CROSS_AFTER.length * CROSS_W)) / 2;

/** The places the stands the demo's articles describe take: Chiheng's 600 m² mini warehouse, Yaoneng's
 * 360 m² and Lanqi's 108 m² stands (site/articles/). */
const SPAN: Readonly<Record<string, number>> = { '7A12': 4, '5C15': 2, '2B21': 2 };

/** What the hall layout article (site/articles/en/hall-layout-released.md) says of each hall, and where its
 * doors are: halls 1–4 stand north of the Central Plaza, halls 8–5 south of it, numbered from the west. */
interface HallFacts {
	theme: { zh: string; en: string };
	plaza: 'north' | 'south';
	west?: string;
	east?: string;
}
const FACTS: Readonly<Record<string, HallFacts>> = {
	'hall-1': { theme: { zh: '工业机器人整机', en: 'Industrial robots' }, plaza: 'south', east: 'Hall 2 · 2号馆' },
	'hall-2': {
		theme: { zh: '协作机器人与核心部件', en: 'Collaborative robots and components' },
		plaza: 'south',
		west: 'Hall 1 · 1号馆',
		east: 'Hall 3 · 3号馆',
	},
	'hall-3': {
		theme: { zh: '数控机床（切削）', en: 'CNC machine tools (cutting)' },
		plaza: 'south',
		west: 'Hall 2 · 2号馆',
		east: 'Hall 4 · 4号馆',
	},
	'hall-5': { theme: { zh: '动力电池与储能', en: 'Batteries and energy storage' }, plaza: 'north', west: 'Hall 6 · 6号馆' },
	'hall-7': {
		theme: { zh: '智能物流与无人机', en: 'Smart logistics and drones' },
		plaza: 'north',
		west: 'Hall 8 · 8号馆',
		east: 'Hall 6 · 6号馆',
	},
};

/** A stand's colour by its first sector, and the colour of its number on it: the demo palette, and one
 * green of this script's own for new energy, whose orange would read as an entrance. */
const SECTOR_COLOUR: Readonly<Record<string, { fill: string; ink: string }>> = {
	robotics: { fill: C.teal, ink: C.white },
	'machine-tools': { fill: C.slateDark, ink: C.white },
	'smart-logistics': { fill: C.orangeDeep, ink: C.white },
	drones: { fill: C.tealMid, ink: C.white },
	'new-energy': { fill: '#3d7a4a', ink: C.white },
	'software-vision': { fill: C.tealLight, ink: C.ink },
	sensors: { fill: C.sandDark, ink: C.ink },
};

function label(x: number, y: number, s: string, size: number, fill: string, extra: Attrs = {}): string {
	return text(x, y, s, size, fill, { 'font-family': FONT, ...extra });
}

interface Place {
	row: number;
	place: number;
}

/** Row and place of a stand number such as 7A12 in hall-7; an error names the file that gives it. */
function parseStand(exhibitor: DemoExhibitor): Place {
	const hallNumber = exhibitor.hall.replace(/^hall-/, '');
	const match = /^(\d+)([A-Z])(\d{2})$/.exec(exhibitor.stand);
	const row = match ? ROWS.indexOf(match[2] as (typeof ROWS)[number]) : -1;
	const place = match ? Number(match[3]) : 0;
	if (!match || match[1] !== hallNumber || row < 0 || place < 1 || place > PLACES) {
		throw new Error(
			`${exhibitor.slug}.yaml: stand "${exhibitor.stand}" is not a stand of ${exhibitor.hall} (expected ${hallNumber}A01 to ${hallNumber}D${PLACES})`,
		);
	}
	return { row, place };
}

/** The x of a place's left edge, counting the cross aisles before it. */
function placeX(place: number): number {
	const crossings = CROSS_AFTER.filter((after) => place > after).length;
	return STANDS_X + (place - 1) * PLACE_W + crossings * CROSS_W;
}

function rowY(row: number): number {
	return HALL.y + AISLE + row * (ROW_H + AISLE);
}

/** The last place of the block (between cross aisles) that a place is in. */
function blockEnd(place: number): number {
	return CROSS_AFTER.find((after) => place <= after) ?? PLACES;
}

interface Stand extends Place {
	exhibitor: DemoExhibitor;
	span: number;
}

/** The hall's listed stands with the places each takes; two exhibitors on one place stop the script. */
function layOut(exhibitors: readonly DemoExhibitor[]): Stand[] {
	const places = exhibitors.map((exhibitor) => ({ exhibitor, ...parseStand(exhibitor) }));
	places.sort((a, b) => a.row - b.row || a.place - b.place);
	return places.map((stand, i) => {
		const next = places[i + 1];
		const before = places[i - 1];
		if (before && before.row === stand.row && before.place === stand.place) {
			throw new Error(`${before.exhibitor.slug}.yaml and ${stand.exhibitor.slug}.yaml both give stand ${stand.exhibitor.stand}`);
		}
		const free = Math.min(blockEnd(stand.place), next && next.row === stand.row ? next.place - 1 : PLACES) - stand.place + 1;
		const wanted = SPAN[stand.exhibitor.stand] ?? (mulberry32(seedOf(stand.exhibitor.slug))() < 0.45 ? 2 : 1);
		if ((SPAN[stand.exhibitor.stand] ?? 1) > free) {
			throw new Error(`stand ${stand.exhibitor.stand} takes ${wanted} places, but only ${free} are free in its row and block`);
		}
		return { ...stand, span: Math.min(wanted, free) };
	});
}

/** The plain stands: every place no listed stand takes. */
function otherStands(stands: readonly Stand[]): string[] {
	const taken = new Set(stands.flatMap((stand) => Array.from({ length: stand.span }, (_, k) => `${stand.row}:${stand.place + k}`)));
	const out: string[] = [];
	ROWS.forEach((_, row) => {
		for (let place = 1; place <= PLACES; place++) {
			if (taken.has(`${row}:${place}`)) continue;
			out.push(rect(placeX(place) + 2, rowY(row) + 2, PLACE_W - 4, ROW_H - 4, C.mist, { stroke: '#c9d2d9', 'stroke-width': 1.5, rx: 3 }));
		}
	});
	return out;
}

function listedStand(stand: Stand): string {
	const x = placeX(stand.place) + 2;
	const y = rowY(stand.row) + 2;
	const w = stand.span * PLACE_W - 4;
	const h = ROW_H - 4;
	const [first, second] = stand.exhibitor.sectors;
	const colour = SECTOR_COLOUR[first!] ?? { fill: C.slate, ink: C.white };
	const parts = [rect(x, y, w, h, colour.fill, { rx: 3 })];
	// a second sector shows as a band along the stand's foot
	if (second !== undefined) parts.push(rect(x, y + h - 16, w, 16, (SECTOR_COLOUR[second] ?? colour).fill, { opacity: 1 }));
	parts.push(rect(x, y, w, h, 'none', { rx: 3, stroke: C.ink, 'stroke-width': 2 }));
	parts.push(label(x + w / 2, y + 30, stand.exhibitor.stand, 15, colour.ink, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
	return group(parts);
}

/** A door in the wall: a gap drawn in the door's colour, centred on x along the top or bottom wall. */
function door(x: number, wall: 'north' | 'south', width: number, fill: string): string {
	const y = wall === 'north' ? HALL.y - 7 : HALL.y + HALL.h - 7;
	return rect(x - width / 2, y, width, 14, fill, { rx: 4 });
}

function northArrow(x: number, y: number): string {
	return group([
		circle(x, y, 30, C.white, { stroke: C.slateLight, 'stroke-width': 2 }),
		poly(
			[
				[x, y - 24],
				[x + 11, y + 12],
				[x, y + 5],
				[x - 11, y + 12],
			],
			C.slateDark,
		),
		label(x, y - 38, 'N', 18, C.slateDark, { 'text-anchor': 'middle', 'font-weight': 'bold' }),
	]);
}

function legendSwatch(x: number, y: number, fill: string, caption: string, extra: Attrs = {}): { svg: string; width: number } {
	const svg = group([rect(x, y - 14, 26, 18, fill, { rx: 3, ...extra }), label(x + 34, y, caption, 15, C.slateDark)]);
	// DejaVu Sans runs about 0.6 em a Latin letter at 15 px; a CJK character is 1 em.
	let width = 34 + 28;
	for (const ch of caption) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 15 : 8.6;
	return { svg, width };
}

function floorPlan(hall: string, name: { zh: string; en: string }, exhibitors: readonly DemoExhibitor[]): string {
	const facts = FACTS[hall];
	if (facts === undefined) throw new Error(`No facts for ${hall} in draw-floor-plans.ts: add its theme and doors to FACTS`);
	const stands = layOut(exhibitors);
	const b: string[] = [rect(0, 0, W, H, C.white), rect(0, 0, W, 8, C.teal)];
	b.push(label(60, 62, `${name.en} · ${name.zh}`, 32, C.slateDark, { 'font-weight': 'bold' }));
	b.push(label(60, 96, `${facts.theme.en} · ${facts.theme.zh}`, 18, C.slate));
	b.push(northArrow(1500, 80));

	// walls and floor
	b.push(rect(HALL.x, HALL.y, HALL.w, HALL.h, C.sandLight, { stroke: C.slateDark, 'stroke-width': 6, rx: 6 }));

	// row letters at both ends of each row
	ROWS.forEach((letter, row) => {
		const cy = rowY(row) + ROW_H / 2;
		for (const cx of [HALL.x + 28, HALL.x + HALL.w - 28]) {
			b.push(circle(cx, cy, 17, C.teal), label(cx, cy + 6, letter, 17, C.white, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
		}
	});
	b.push(...otherStands(stands), ...stands.map(listedStand));

	// place numbers over the first row, so a stand can be found by its number
	for (let place = 1; place <= PLACES; place++) {
		b.push(label(placeX(place) + PLACE_W / 2, rowY(0) - 12, String(place).padStart(2, '0'), 12, C.slateLight, { 'text-anchor': 'middle' }));
	}

	// doors: two entrances from the Central Plaza at the cross aisles, a goods door opposite
	const plazaWall = facts.plaza;
	const goodsWall = plazaWall === 'north' ? 'south' : 'north';
	const crossX = CROSS_AFTER.map((after) => placeX(after + 1) - CROSS_W / 2);
	for (const x of crossX) b.push(door(x, plazaWall, 90, C.orange));
	const outside = (wall: 'north' | 'south'): number => (wall === 'north' ? HALL.y - 18 : HALL.y + HALL.h + 28);
	b.push(
		label(W / 2, outside(plazaWall), 'Entrances from the Central Plaza · 中央广场入口', 17, C.orangeDeep, {
			'text-anchor': 'middle',
			'font-weight': 'bold',
		}),
	);
	for (const x of crossX) {
		const tip = plazaWall === 'north' ? HALL.y + 12 : HALL.y + HALL.h - 12;
		const dir = plazaWall === 'north' ? 1 : -1;
		b.push(
			poly(
				[
					[x, tip + dir * 22],
					[x - 10, tip],
					[x + 10, tip],
				],
				C.orange,
			),
		);
	}
	const goodsX = HALL.x + HALL.w - 150;
	b.push(door(goodsX, goodsWall, 120, C.slateLight));
	b.push(label(goodsX, outside(goodsWall), 'Goods entrance · 货运入口', 15, C.slate, { 'text-anchor': 'middle' }));

	// passages to the neighbouring halls, in the middle aisle
	const midAisle = rowY(2) - AISLE / 2;
	if (facts.west !== undefined) {
		b.push(rect(HALL.x - 5, midAisle - 20, 10, 40, C.tealMid));
		b.push(label(HALL.x + 16, midAisle + 5, `← ${facts.west}`, 14, C.tealDeep));
	}
	if (facts.east !== undefined) {
		b.push(rect(HALL.x + HALL.w - 5, midAisle - 20, 10, 40, C.tealMid));
		b.push(label(HALL.x + HALL.w - 16, midAisle + 5, `${facts.east} →`, 14, C.tealDeep, { 'text-anchor': 'end' }));
	}

	// services where the cross aisles meet the aisle nearest the entrances
	const serviceY = plazaWall === 'north' ? rowY(1) - AISLE / 2 : rowY(3) - AISLE / 2;
	const [info, wc] = crossX as unknown as [number, number];
	b.push(
		circle(info, serviceY, 14, C.teal),
		label(info, serviceY + 6, 'i', 17, C.white, { 'text-anchor': 'middle', 'font-weight': 'bold' }),
	);
	b.push(label(info + 22, serviceY + 5, 'Information · 服务台', 14, C.tealDeep));
	b.push(rect(wc - 18, serviceY - 12, 36, 24, C.slate, { rx: 4 }), label(wc, serviceY + 5, 'WC', 13, C.white, { 'text-anchor': 'middle' }));

	// legend: the sectors of the stands drawn, then the plain stands and the doors
	const sectors = [...new Set(stands.flatMap((stand) => stand.exhibitor.sectors))].sort(
		(a, c) => Object.keys(SECTOR_COLOUR).indexOf(a) - Object.keys(SECTOR_COLOUR).indexOf(c),
	);
	const labels = options.sectors as Record<string, { zh: string; en: string }>;
	const items: Array<{ fill: string; caption: string; extra?: Attrs }> = [
		...sectors.map((sector) => ({
			fill: SECTOR_COLOUR[sector]?.fill ?? C.slate,
			caption: `${labels[sector]?.en ?? sector} · ${labels[sector]?.zh ?? ''}`,
		})),
		{ fill: C.mist, caption: 'Other stands · 其他展位', extra: { stroke: '#c9d2d9', 'stroke-width': 1.5 } },
		{ fill: C.orange, caption: 'Entrance · 入口' },
	];
	let x = 60;
	let y = 932;
	for (const item of items) {
		const swatch = legendSwatch(x, y, item.fill, item.caption, item.extra);
		if (x + swatch.width > W - 60) {
			x = 60;
			y += 30;
		}
		b.push(legendSwatch(x, y, item.fill, item.caption, item.extra).svg);
		x += swatch.width;
	}
	b.push(line(60, 902, W - 60, 902, C.mist, 2));
	b.push(label(W - 60, 990, 'Schematic, not to scale · 示意图，非按比例 · QTSE 2027', 13, C.slateLight, { 'text-anchor': 'end' }));
	return svgDoc(W, H, [], b);
}

async function main(): Promise<void> {
	const started = performance.now();
	const exhibitors = readExhibitors();
	const halls = options.halls as Record<string, { name: { zh: string; en: string }; floorPlan: string }>;
	const unknown = exhibitors.filter((exhibitor) => !(exhibitor.hall in halls));
	if (unknown.length > 0)
		throw new Error(`Halls not in site/exhibitors.options.mjs: ${unknown.map((e) => `${e.slug} (${e.hall})`).join(', ')}`);
	for (const [hall, { name, floorPlan: path }] of Object.entries(halls)) {
		const inHall = exhibitors.filter((exhibitor) => exhibitor.hall === hall);
		const file = join(ROOT, path);
		await mkdir(dirname(file), { recursive: true });
		await sharp(Buffer.from(floorPlan(hall, name, inHall)))
			.png({ palette: true, colours: 48, compressionLevel: 9, effort: 10, dither: 0 })
			.toFile(file);
		const { size } = await stat(file);
		if (size > MAX_BYTES) throw new Error(`${path} is ${size} bytes, more than ${MAX_BYTES}`);
		console.log(`${path.padEnd(32)} ${String(inHall.length).padStart(3)} stands ${(size / 1024).toFixed(1).padStart(7)} KB`);
	}
	console.log(`${Object.keys(halls).length} floor plans in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

await main();
