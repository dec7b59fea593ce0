// Draws the logos of the demo's fictional exhibitors: one 240x240 PNG for each file in site/exhibitors/
// that names a `logo`, written where it points (site/exhibitors/logos/<slug>.png). A logo is a simple
// mark, a geometric shape in a colour of the demo's palette, with the firm's initials or the first
// character of its Chinese name. Which shape, which colours and which text come from a generator
// seeded with the file's name, so a logo stays the same when other exhibitors come or go.
//
// Run from the repository root:   pnpm images:exhibitors   (or: node demo-art/draw-exhibitor-logos.ts)
// The Chinese characters need a CJK font: Noto Sans CJK SC (`fc-list :lang=zh`). Without it, librsvg
// falls back to another font or draws boxes, so the script stops instead. Each file is a 16-colour
// palette PNG and must stay under 8 KB.

import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { readExhibitors, seedOf, EXHIBITORS_DIR, type DemoExhibitor } from './lib/exhibitors.ts';
import { gearPath } from './lib/motifs.ts';
import { C } from './lib/palette.ts';
import { mulberry32, pick, type Rng } from './lib/random.ts';
import { circle, ellipse, group, poly, rect, shape, svgDoc, text, type Pt } from './lib/svg.ts';

const SIZE = 240;
const MID = SIZE / 2;
const MAX_BYTES = 8 * 1024;
const LATIN_FONT = 'DejaVu Sans, Liberation Sans, sans-serif';
const CJK_FONT = 'Noto Sans CJK SC';

/** Main colours: dark enough for white text on them and for their own text on white. */
const MAIN = [C.teal, C.tealDeep, C.tealMid, C.orangeDeep, C.slate, C.slateDark, C.ink] as const;
/** Accents: a second colour beside the main one. */
const ACCENT = [C.orange, C.orangeLight, C.tealLight, C.sandDark] as const;

interface Label {
	text: string;
	cjk: boolean;
}

/** The texts the mark may show, best first: the Latin letters a Chinese name starts with (QT智造),
 * else for a firm from a region that writes Chinese characters often the first character of its name (a
 * Japanese firm's name is its own kanji), else the initials of its English name; then, for when another
 * logo already shows that text, the first two letters of the English name. */
function labelsOf(exhibitor: DemoExhibitor, rng: Rng): Label[] {
	const latin = /^[A-Z]{1,3}/.exec(exhibitor.zh);
	if (latin) return [{ text: latin[0], cjk: false }];
	const character: Label = { text: String.fromCodePoint(exhibitor.zh.codePointAt(0)!), cjk: true };
	const writesHanzi = ['CN', 'HK', 'TW', 'JP'].includes(exhibitor.region);
	if (exhibitor.en === undefined) return [character];
	const words = exhibitor.en.split(/\s+/);
	const initials: Label = {
		text: words
			.map((word) => word[0]!.toUpperCase())
			.slice(0, 2)
			.join(''),
		cjk: false,
	};
	const firstTwo: Label = { text: words[0]!.slice(0, 2).toUpperCase(), cjk: false };
	return writesHanzi && rng() < 0.55 ? [character, initials, firstTwo] : [initials, firstTwo, character];
}

/** The label centred on x,y; `scale` shrinks it for marks with less room inside. */
function labelText(label: Label, x: number, y: number, fill: string, scale = 1): string {
	const size = (label.cjk ? 104 : label.text.length > 2 ? 60 : 76) * scale;
	return text(x, y, label.text, size, fill, {
		'font-family': label.cjk ? CJK_FONT : LATIN_FONT,
		'font-weight': 'bold',
		'text-anchor': 'middle',
		'dominant-baseline': 'central',
		'letter-spacing': label.cjk ? undefined : -2,
	});
}

function regularPolygon(cx: number, cy: number, r: number, sides: number, turn = 0): Pt[] {
	return Array.from({ length: sides }, (_, i) => {
		const a = turn + (i * 2 * Math.PI) / sides;
		return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
	});
}

type Mark = (label: Label, main: string, accent: string) => string[];

/** The shapes a logo can take. Each draws on a 240x240 white square. */
const MARKS: Record<string, Mark> = {
	disc: (label, main, accent) => [
		circle(MID, MID, 100, main),
		shape('M40 150 A 84 84 0 0 0 200 150', 'none', { stroke: accent, 'stroke-width': 8, 'stroke-linecap': 'round' }),
		labelText(label, MID, MID - 8, C.white),
	],
	tile: (label, main, accent) => [
		rect(22, 22, 196, 196, main, { rx: 36 }),
		poly(
			[
				[160, 218],
				[218, 160],
				[218, 182],
				[182, 218],
			],
			accent,
		),
		labelText(label, MID, MID - 4, C.white),
	],
	hexagon: (label, main, accent) => [
		poly(regularPolygon(MID, MID, 108, 6, Math.PI / 6), main),
		poly(regularPolygon(MID, MID, 92, 6, Math.PI / 6), 'none', { stroke: accent, 'stroke-width': 4 }),
		labelText(label, MID, MID, C.white, 0.9),
	],
	gear: (label, main, accent) => [
		shape(gearPath(MID, MID, 112, 96, 12), main),
		circle(MID, MID, 80, C.white),
		circle(MID, MID, 80, 'none', { stroke: accent, 'stroke-width': 5 }),
		labelText(label, MID, MID, main, 0.82),
	],
	ring: (label, main, accent) => [
		circle(MID, MID, 94, 'none', { stroke: main, 'stroke-width': 16 }),
		circle(MID + 66, MID - 66, 16, accent, { stroke: C.white, 'stroke-width': 6 }),
		labelText(label, MID, MID, main, 0.95),
	],
	split: (label, main, accent) => [
		rect(26, 26, 188, 188, main, { rx: 22 }),
		// the lower left corner in the accent colour, rounded like the square
		shape('M26 112 L128 214 H48 Q26 214 26 192 Z', accent),
		labelText(label, MID + 12, MID - 12, C.white, 0.9),
	],
	bars: (label, main, accent) => [
		rect(34, 30, 172, 16, accent, { rx: 8 }),
		rect(54, 54, 132, 16, main, { rx: 8 }),
		rect(74, 78, 92, 16, accent, { rx: 8 }),
		labelText(label, MID, 156, main, 0.9),
	],
	diamond: (label, main, accent) => [
		poly(
			[
				[MID, 10],
				[230, MID],
				[MID, 230],
				[10, MID],
			],
			main,
			{ 'stroke-linejoin': 'round' },
		),
		poly(
			[
				[MID, 34],
				[206, MID],
				[MID, 206],
				[34, MID],
			],
			'none',
			{ stroke: accent, 'stroke-width': 4 },
		),
		labelText(label, MID, MID, C.white, 0.72),
	],
	arch: (label, main, accent) => [
		shape('M30 214 V120 A90 90 0 0 1 210 120 V214 Z', main),
		rect(30, 196, 180, 18, accent),
		labelText(label, MID, 124, C.white, 0.9),
	],
	orbit: (label, main, accent) => [
		ellipse(MID, MID, 108, 46, 'none', { stroke: accent, 'stroke-width': 8, transform: `rotate(-30 ${MID} ${MID})` }),
		circle(MID, MID, 72, main),
		circle(MID + 94, MID - 54, 11, main),
		labelText(label, MID, MID, C.white, 0.72),
	],
};
const MARK_NAMES = Object.keys(MARKS);

/** The SVG of one exhibitor's logo. The i-th exhibitor takes the i-th shape in turn, so that neighbours
 * in the directory differ; the colours and the text come from its own seed. `taken` holds the texts of
 * the logos drawn before, so that two firms never show the same letters. */
function logoSvg(exhibitor: DemoExhibitor, i: number, taken: Set<string>): string {
	const rng = mulberry32(seedOf(exhibitor.slug));
	const main = pick(rng, MAIN);
	let accent = pick(rng, ACCENT);
	if (main === C.orangeDeep && accent === C.orange) accent = C.tealLight;
	const label = labelsOf(exhibitor, rng).find((candidate) => !taken.has(candidate.text));
	if (label === undefined) throw new Error(`${exhibitor.slug}: every text its logo could show is already taken`);
	taken.add(label.text);
	const mark = MARKS[MARK_NAMES[i % MARK_NAMES.length]!]!;
	return svgDoc(SIZE, SIZE, [], [rect(0, 0, SIZE, SIZE, C.white), group(mark(label, main, accent))]);
}

function checkCjkFont(): void {
	const families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
	if (!families.includes(CJK_FONT)) {
		throw new Error(`The logos with Chinese characters need the font ${CJK_FONT} (fc-list :lang=zh lists none of that name).`);
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	checkCjkFont();
	const exhibitors = readExhibitors().filter((exhibitor) => exhibitor.logo !== undefined);
	const taken = new Set<string>();
	let total = 0;
	for (const [i, exhibitor] of exhibitors.entries()) {
		const file = join(EXHIBITORS_DIR, exhibitor.logo!);
		await mkdir(dirname(file), { recursive: true });
		await sharp(Buffer.from(logoSvg(exhibitor, i, taken)))
			.flatten({ background: C.white })
			.png({ palette: true, colours: 16, compressionLevel: 9, effort: 10 })
			.toFile(file);
		const { size } = await stat(file);
		if (size > MAX_BYTES) throw new Error(`${exhibitor.logo!} is ${size} bytes, more than ${MAX_BYTES}`);
		total += size;
		console.log(`${exhibitor.logo!.padEnd(40)} ${(size / 1024).toFixed(1).padStart(5)} KB`);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(`${exhibitors.length} logos, total ${(total / 1024).toFixed(1)} KB in ${seconds} s`);
}

await main();
