// Draws the portraits of the demo's fictional speakers: one 320x320 PNG for each file in site/speakers/
// that names a `photo`, written where it points (site/speakers/photos/<slug>.png). A portrait is an
// illustration, not a likeness: head and shoulders in flat shapes, facing the viewer, in front of a
// backdrop with the fair's mark, wearing the fair's orange lanyard. The speakers are fictional, and so
// are their faces.
//
// Run from the repository root:   pnpm images:programme   (or: node demo-art/draw-speaker-photos.ts)
// LOOKS below gives each speaker a hairstyle, a skin tone from the palette and an age; everything else
// (hair and clothes colours, backdrop, glasses, tie, the set of the brows and the smile) comes from a
// generator seeded with the file's name, so a portrait stays the same when other speakers come or go.
// A speaker missing from LOOKS is drawn all from that seed. No text is drawn, so no font is needed.
// Each file is a 32-colour palette PNG and must stay under 12 KB.

import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { ROOT, seedOf } from './lib/exhibitors.ts';
import { gearPath, logoMark } from './lib/motifs.ts';
import { C, HAIR, SKIN } from './lib/palette.ts';
import { between, mulberry32, pick, type Rng } from './lib/random.ts';
import { capsule, circle, ellipse, group, poly, rect, shape, svgDoc, tr } from './lib/svg.ts';

const SPEAKERS_DIR = join(ROOT, 'site', 'speakers');
const SIZE = 320;
const MAX_BYTES = 12 * 1024;

/** The head: an ellipse centred on CX, CY. */
const CX = 160;
const CY = 146;
const RX = 48;
const RY = 58;

type HairStyle = 'short' | 'side' | 'crop' | 'receding' | 'long' | 'bob' | 'bun' | 'ponytail' | 'scarf';

interface Look {
	hair: HairStyle;
	/** Index into SKIN, light to dark. */
	skin: number;
	/** Older speakers get grey hair and, more often, glasses. */
	older?: boolean;
	/** Hair colour for the few whose hair is not one of HAIR's dark browns and blacks. */
	hairColour?: string;
}

/** The speakers' looks, by file name. */
const LOOKS: Record<string, Look> = {
	'lin-siyuan': { hair: 'side', skin: 0 },
	'zhou-yuan': { hair: 'short', skin: 1 },
	'tang-kexin': { hair: 'ponytail', skin: 0 },
	'han-liqun': { hair: 'receding', skin: 1, older: true },
	'gao-zhendong': { hair: 'crop', skin: 2, older: true },
	'shen-jiahe': { hair: 'crop', skin: 1 },
	'luo-jianping': { hair: 'receding', skin: 2, older: true },
	'he-jun': { hair: 'side', skin: 2 },
	'gu-yuanfan': { hair: 'short', skin: 0 },
	'su-man': { hair: 'bob', skin: 0 },
	'shao-qihang': { hair: 'short', skin: 2 },
	'wen-ruotong': { hair: 'long', skin: 1 },
	'anna-weber': { hair: 'bun', skin: 0, hairColour: '#b07a3c' },
	'qin-mingwei': { hair: 'bob', skin: 1, older: true },
	'zheng-lan': { hair: 'long', skin: 0 },
	'ma-guodong': { hair: 'crop', skin: 1, older: true },
	'elise-marchand': { hair: 'long', skin: 0, hairColour: '#7a5434' },
	'nadia-rahim': { hair: 'scarf', skin: 3 },
};

/** Backdrops: a light wall and a deeper disc behind the head, both from the palette. */
const BACKDROPS: ReadonlyArray<readonly [wall: string, disc: string]> = [
	[C.tealPale, C.tealLight],
	[C.sandLight, C.sand],
	[C.orangePale, C.orangeLight],
	[C.mist, C.tealPale],
];
const JACKETS = [C.teal, C.tealDeep, C.slate, C.slateDark, C.ink, C.tealMid, C.orangeDeep, C.sandDark] as const;
const SHIRTS = [C.white, C.tealPale, C.sandLight, C.mist, C.orangePale] as const;
const TIES = [C.orange, C.teal, C.tealNight, C.orangeDeep, C.slate] as const;
const SCARVES = [C.tealMid, C.orangeDeep, C.teal, C.sandDark] as const;
const GREY = ['#8e9ba7', '#a9b1b8', '#6f7780'] as const;

/** A colour between two hex colours: t = 0 gives a, t = 1 gives b. */
function mix(a: string, b: string, t: number): string {
	const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	const out = [0, 1, 2].map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t));
	return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The look of a speaker missing from LOOKS, all from the seed. */
function seededLook(rng: Rng): Look {
	return {
		hair: pick(rng, ['short', 'side', 'crop', 'long', 'bob', 'bun', 'ponytail'] as const),
		skin: Math.floor(rng() * SKIN.length),
		older: rng() < 0.25,
	};
}

/** The backdrop: wall, a disc behind the head and the fair's mark, faint, in the upper corner. */
function backdrop(rng: Rng): string[] {
	const [wall, disc] = pick(rng, BACKDROPS);
	const left = rng() < 0.5;
	const markX = left ? 58 : 262;
	return [
		rect(0, 0, SIZE, SIZE, wall),
		circle(CX, CY + 10, 128, disc, { opacity: 0.55 }),
		shape(gearPath(left ? 300 : 20, 300, 70, 58, 12), disc, { opacity: 0.45 }),
		group([logoMark(disc, disc, wall)], { transform: tr(markX, 44, 0.26) }),
	];
}

/** Hair drawn behind the head and shoulders: long hair, a ponytail, a scarf's back. */
function hairBehind(style: HairStyle, hair: string, scarf: string): string[] {
	switch (style) {
		case 'long':
			return [
				shape(`M${CX - 60} 150 Q${CX - 64} 76 ${CX} 78 Q${CX + 64} 76 ${CX + 60} 150 L${CX + 66} 262 Q${CX} 276 ${CX - 66} 262 Z`, hair),
			];
		case 'bob':
			return [
				shape(`M${CX - 58} 150 Q${CX - 62} 80 ${CX} 80 Q${CX + 62} 80 ${CX + 58} 150 L${CX + 60} 204 Q${CX} 214 ${CX - 60} 204 Z`, hair),
			];
		case 'ponytail':
			return [
				shape(`M${CX + 30} 100 Q${CX + 86} 120 ${CX + 70} 214 Q${CX + 62} 236 ${CX + 50} 220 Q${CX + 62} 160 ${CX + 24} 118 Z`, hair),
			];
		case 'scarf':
			return [
				shape(
					`M${CX - 66} 156 Q${CX - 70} 70 ${CX} 68 Q${CX + 70} 70 ${CX + 66} 156 Q${CX + 64} 214 ${CX + 92} 250 L${CX - 92} 250 Q${CX - 64} 214 ${CX - 66} 156 Z`,
					scarf,
				),
			];
		default:
			return [];
	}
}

/** Hair drawn over the head: the cap of hair, the fringe, the bun; for a scarf, its band round the face. */
function hairFront(style: HairStyle, hair: string, scarf: string, rng: Rng): string[] {
	const top = CY - RY;
	switch (style) {
		case 'short':
			return [
				shape(
					`M${CX - 50} ${CY + 2} Q${CX - 56} ${top - 10} ${CX} ${top - 12} Q${CX + 56} ${top - 10} ${CX + 50} ${CY + 2} ` +
						`Q${CX + 44} ${top + 34} ${CX + 20} ${top + 26} Q${CX - 10} ${top + 36} ${CX - 40} ${top + 28} Q${CX - 46} ${CY - 20} ${CX - 50} ${CY + 2} Z`,
					hair,
				),
			];
		case 'side': {
			// a side parting, left or right
			const k = rng() < 0.5 ? 1 : -1;
			return [
				shape(
					`M${CX - 50 * k} ${CY} Q${CX - 58 * k} ${top - 8} ${CX - 4 * k} ${top - 12} Q${CX + 58 * k} ${top - 10} ${CX + 50 * k} ${CY - 4} ` +
						`Q${CX + 46 * k} ${top + 22} ${CX + 30 * k} ${top + 18} Q${CX - 14 * k} ${top + 40} ${CX - 40 * k} ${top + 30} Q${CX - 46 * k} ${CY - 24} ${CX - 50 * k} ${CY} Z`,
					hair,
				),
			];
		}
		case 'crop':
			return [
				shape(
					`M${CX - 49} ${CY - 6} Q${CX - 52} ${top - 6} ${CX} ${top - 7} Q${CX + 52} ${top - 6} ${CX + 49} ${CY - 6} ` +
						`Q${CX + 46} ${top + 20} ${CX} ${top + 16} Q${CX - 46} ${top + 20} ${CX - 49} ${CY - 6} Z`,
					hair,
				),
			];
		case 'receding':
			return [
				shape(`M${CX - 49} ${CY + 4} Q${CX - 52} ${top + 14} ${CX - 30} ${top + 6} Q${CX - 38} ${top + 30} ${CX - 42} ${CY + 4} Z`, hair),
				shape(`M${CX + 49} ${CY + 4} Q${CX + 52} ${top + 14} ${CX + 30} ${top + 6} Q${CX + 38} ${top + 30} ${CX + 42} ${CY + 4} Z`, hair),
				shape(`M${CX - 26} ${top + 4} Q${CX} ${top - 4} ${CX + 26} ${top + 4} Q${CX} ${top + 8} ${CX - 26} ${top + 4} Z`, hair),
			];
		case 'long':
		case 'bob':
			return [
				shape(
					`M${CX - 52} ${CY + 10} Q${CX - 58} ${top - 8} ${CX} ${top - 10} Q${CX + 58} ${top - 8} ${CX + 52} ${CY + 10} ` +
						`Q${CX + 44} ${top + 26} ${CX + 6} ${top + 20} Q${CX - 30} ${top + 40} ${CX - 44} ${top + 44} Q${CX - 48} ${CY - 10} ${CX - 52} ${CY + 10} Z`,
					hair,
				),
			];
		case 'bun':
			return [
				circle(CX, top - 14, 20, hair),
				shape(
					`M${CX - 50} ${CY} Q${CX - 54} ${top - 8} ${CX} ${top - 9} Q${CX + 54} ${top - 8} ${CX + 50} ${CY} ` +
						`Q${CX + 44} ${top + 22} ${CX} ${top + 20} Q${CX - 44} ${top + 22} ${CX - 50} ${CY} Z`,
					hair,
				),
			];
		case 'ponytail':
			return [
				shape(
					`M${CX - 50} ${CY} Q${CX - 54} ${top - 9} ${CX} ${top - 10} Q${CX + 54} ${top - 9} ${CX + 50} ${CY} ` +
						`Q${CX + 42} ${top + 24} ${CX + 10} ${top + 18} Q${CX - 30} ${top + 28} ${CX - 50} ${CY} Z`,
					hair,
				),
			];
		case 'scarf':
			return [
				shape(
					`M${CX - 54} ${CY + 30} Q${CX - 60} ${top - 12} ${CX} ${top - 14} Q${CX + 60} ${top - 12} ${CX + 54} ${CY + 30} ` +
						`Q${CX + 50} ${top + 8} ${CX} ${top + 8} Q${CX - 50} ${top + 8} ${CX - 54} ${CY + 30} Z`,
					scarf,
				),
			];
	}
}

/** Shoulders, collar, lapels and the fair's lanyard with its badge. */
function shoulders(rng: Rng, jacket: string, shirt: string, skin: string, scarf: string | undefined): string[] {
	const neckTop = CY + RY - 20;
	const collarY = 236;
	// under a scarf the neck does not show
	const parts: string[] = [
		...(scarf === undefined
			? [
					rect(CX - 20, neckTop, 40, collarY - neckTop + 8, skin),
					// the shadow the head casts on the neck
					ellipse(CX, neckTop + 6, 22, 10, mix(skin, C.ink, 0.25)),
				]
			: []),
		shape(
			`M22 ${SIZE} Q26 ${collarY + 14} ${CX - 56} ${collarY} L${CX + 56} ${collarY} Q${SIZE - 26} ${collarY + 14} ${SIZE - 22} ${SIZE} Z`,
			jacket,
		),
	];
	if (scarf !== undefined) {
		// the scarf falls over the collar; a plain top below it
		parts.push(
			shape(
				`M${CX - 70} ${collarY - 10} Q${CX} ${collarY + 50} ${CX + 70} ${collarY - 10} L${CX + 56} ${SIZE} L${CX - 56} ${SIZE} Z`,
				scarf,
			),
		);
	} else if (rng() < 0.45) {
		// a tie: a shirt collar and a knot
		const tie = pick(rng, TIES);
		parts.push(
			poly(
				[
					[CX - 24, collarY - 4],
					[CX + 24, collarY - 4],
					[CX, collarY + 54],
				],
				shirt,
			),
			poly(
				[
					[CX - 7, collarY + 6],
					[CX + 7, collarY + 6],
					[CX + 11, SIZE],
					[CX - 11, SIZE],
				],
				tie,
			),
			poly(
				[
					[CX - 9, collarY - 2],
					[CX + 9, collarY - 2],
					[CX + 6, collarY + 10],
					[CX - 6, collarY + 10],
				],
				mix(tie, C.ink, 0.2),
			),
		);
	} else {
		// an open collar
		parts.push(
			poly(
				[
					[CX - 26, collarY - 6],
					[CX + 26, collarY - 6],
					[CX, collarY + 44],
				],
				shirt,
			),
			poly(
				[
					[CX - 14, collarY - 2],
					[CX + 14, collarY - 2],
					[CX, collarY + 26],
				],
				skin,
			),
		);
	}
	// lapels
	const lapel = mix(jacket, C.ink, 0.22);
	parts.push(
		poly(
			[
				[CX - 34, collarY - 2],
				[CX - 6, SIZE - 22],
				[CX - 20, SIZE],
				[CX - 52, collarY + 6],
			],
			lapel,
		),
		poly(
			[
				[CX + 34, collarY - 2],
				[CX + 6, SIZE - 22],
				[CX + 20, SIZE],
				[CX + 52, collarY + 6],
			],
			lapel,
		),
	);
	// the fair's lanyard, from behind the neck down to a badge at the bottom edge, a little off centre
	const badgeX = CX + between(rng, -10, 10);
	parts.push(
		capsule(CX - 28, collarY - 4, badgeX - 10, SIZE - 34, 6, C.orange),
		capsule(CX + 28, collarY - 4, badgeX + 10, SIZE - 34, 6, C.orange),
		rect(badgeX - 24, SIZE - 36, 48, 60, C.white, { rx: 5 }),
		rect(badgeX - 24, SIZE - 36, 48, 12, C.teal, { rx: 5 }),
		rect(badgeX - 16, SIZE - 16, 32, 4, C.slateLight, { rx: 2 }),
	);
	return parts;
}

/** Ears, eyes, brows, nose, mouth and, for some, glasses. */
function face(rng: Rng, skin: string, hair: string, look: Look, scarf: boolean): string[] {
	const shade = mix(skin, C.ink, 0.3);
	const eyeY = CY + 4;
	const gap = between(rng, 17, 21);
	const browLift = between(rng, 12, 16);
	const browTilt = between(rng, -3, 3);
	const smile = between(rng, 8, 14);
	const mouthY = eyeY + 36;
	const brow = mix(hair, C.ink, 0.2);
	const parts: string[] = [];
	if (!scarf) {
		parts.push(ellipse(CX - RX, CY + 8, 8, 13, skin), ellipse(CX + RX, CY + 8, 8, 13, skin));
		parts.push(ellipse(CX - RX + 1, CY + 8, 3.5, 7, shade), ellipse(CX + RX - 1, CY + 8, 3.5, 7, shade));
	}
	parts.push(ellipse(CX, CY, RX, RY, skin));
	parts.push(
		ellipse(CX - gap, eyeY, 4, 4.6, C.ink),
		ellipse(CX + gap, eyeY, 4, 4.6, C.ink),
		circle(CX - gap + 1.3, eyeY - 1.5, 1.3, C.white),
		circle(CX + gap + 1.3, eyeY - 1.5, 1.3, C.white),
		capsule(CX - gap - 8, eyeY - browLift + browTilt, CX - gap + 7, eyeY - browLift - 1, 3.6, brow),
		capsule(CX + gap - 7, eyeY - browLift - 1, CX + gap + 8, eyeY - browLift + browTilt, 3.6, brow),
		shape(`M${CX - 2} ${eyeY + 8} Q${CX - 7} ${eyeY + 22} ${CX + 3} ${eyeY + 24}`, 'none', {
			stroke: shade,
			'stroke-width': 3,
			'stroke-linecap': 'round',
		}),
		// an open smile with a row of teeth, which shows on every skin tone
		shape(`M${CX - 14} ${mouthY} Q${CX} ${mouthY + smile} ${CX + 14} ${mouthY} Z`, mix(C.orangeDeep, C.ink, 0.4)),
		shape(`M${CX - 12} ${mouthY + 1} L${CX + 12} ${mouthY + 1} Q${CX} ${mouthY + 5} ${CX - 12} ${mouthY + 1} Z`, C.white),
		ellipse(CX - gap - 8, eyeY + 20, 8, 5, mix(skin, C.orangeDeep, 0.22)),
		ellipse(CX + gap + 8, eyeY + 20, 8, 5, mix(skin, C.orangeDeep, 0.22)),
	);
	if (look.older === true) {
		// smile lines
		parts.push(
			shape(`M${CX - 24} ${eyeY + 26} Q${CX - 26} ${eyeY + 36} ${CX - 20} ${eyeY + 44}`, 'none', {
				stroke: shade,
				'stroke-width': 2,
				opacity: 0.6,
			}),
			shape(`M${CX + 24} ${eyeY + 26} Q${CX + 26} ${eyeY + 36} ${CX + 20} ${eyeY + 44}`, 'none', {
				stroke: shade,
				'stroke-width': 2,
				opacity: 0.6,
			}),
		);
	}
	if (rng() < (look.older === true ? 0.7 : 0.3)) {
		const frame = pick(rng, [C.ink, C.slateDark, C.tealDeep, C.orangeDeep] as const);
		const lens = { stroke: frame, 'stroke-width': 3 };
		parts.push(
			rect(CX - gap - 13, eyeY - 10, 26, 20, 'none', { ...lens, rx: 7 }),
			rect(CX + gap - 13, eyeY - 10, 26, 20, 'none', { ...lens, rx: 7 }),
			shape(`M${CX - gap + 13} ${eyeY - 2} Q${CX} ${eyeY - 7} ${CX + gap - 13} ${eyeY - 2}`, 'none', lens),
		);
	}
	return parts;
}

/** The SVG of one speaker's portrait. */
function portraitSvg(slug: string): string {
	const rng = mulberry32(seedOf(slug));
	const look = LOOKS[slug] ?? seededLook(rng);
	const skin = SKIN[Math.min(look.skin, SKIN.length - 1)]!;
	const hair = look.hairColour ?? (look.older === true ? pick(rng, GREY) : pick(rng, HAIR));
	const jacket = pick(rng, JACKETS);
	const shirt = pick(rng, SHIRTS);
	const scarf = pick(rng, SCARVES);
	const wearsScarf = look.hair === 'scarf';
	return svgDoc(
		SIZE,
		SIZE,
		[],
		[
			...backdrop(rng),
			...hairBehind(look.hair, hair, scarf),
			...shoulders(rng, jacket, shirt, skin, wearsScarf ? scarf : undefined),
			...face(rng, skin, hair, look, wearsScarf),
			...hairFront(look.hair, hair, scarf, rng),
		],
	);
}

interface DemoSpeaker {
	slug: string;
	photo: string;
}

/** The speakers whose file names a photo, sorted by file name. */
function readSpeakers(): DemoSpeaker[] {
	return readdirSync(SPEAKERS_DIR)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.flatMap((file) => {
			const slug = file.slice(0, -'.yaml'.length);
			const { photo } = parse(readFileSync(join(SPEAKERS_DIR, file), 'utf8')) as { photo?: unknown };
			if (photo === undefined) return [];
			if (photo !== `./photos/${slug}.png`) throw new Error(`${file}: photo should be ./photos/${slug}.png`);
			return [{ slug, photo }];
		});
}

async function main(): Promise<void> {
	const started = performance.now();
	const speakers = readSpeakers();
	const unknown = speakers.filter(({ slug }) => LOOKS[slug] === undefined).map(({ slug }) => slug);
	if (unknown.length > 0) console.log(`Not in LOOKS, drawn from their seed: ${unknown.join(', ')}`);
	let total = 0;
	for (const { slug, photo } of speakers) {
		const file = join(SPEAKERS_DIR, photo);
		await mkdir(dirname(file), { recursive: true });
		await sharp(Buffer.from(portraitSvg(slug)))
			.png({ palette: true, colours: 32, compressionLevel: 9, effort: 10, dither: 0 })
			.toFile(file);
		const { size } = await stat(file);
		if (size > MAX_BYTES) throw new Error(`${photo} is ${size} bytes, more than ${MAX_BYTES}`);
		total += size;
		console.log(`${photo.padEnd(34)} ${(size / 1024).toFixed(1).padStart(5)} KB`);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(`${speakers.length} portraits, total ${(total / 1024).toFixed(1)} KB in ${seconds} s`);
}

await main();
