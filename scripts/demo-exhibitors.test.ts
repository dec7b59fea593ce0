import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exhibitorSchema } from '../packages/pavilion/schemas/exhibitor.ts';
import { exhibitorsOptionsSchema } from '../packages/pavilion/schemas/exhibitors-options.ts';
import exhibitorsOptions from '../site/exhibitors.options.mjs';

/**
 * The demo's exhibitor directory: every file in site/exhibitors/ is an exhibitor the theme's schema
 * takes, with the sectors and halls of site/exhibitors.options.mjs (the object astro.config.mjs passes
 * to the theme), its logo beside it and its stand on its hall's floor plan. What a build would also
 * refuse is checked here without one, and so is what no schema can see: two exhibitors on one stand or
 * under one name, a logo too heavy for a page of sixty, an article naming an exhibitor that is not there.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = join(ROOT, 'site', 'exhibitors');
const LOCALES = ['zh', 'en'] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const sectors = Object.keys(exhibitorsOptions.sectors);
const halls = Object.keys(exhibitorsOptions.halls);

/** The schema for one file: its logo must name a file that exists, relative to the exhibitor file. */
function schemaFor(file: string) {
	const image = () =>
		z.string().refine((path) => existsSync(join(dirname(file), path)), { error: 'names no file beside the exhibitor file' });
	return exhibitorSchema({ image: image as never, localeKeys: LOCALES, defaultLocale: 'zh', sectors, halls });
}

const files = readdirSync(DIR)
	.filter((name) => name.endsWith('.yaml'))
	.sort();
const entries = files.map((name) => {
	const file = join(DIR, name);
	const raw = parse(readFileSync(file, 'utf8')) as unknown;
	return { name, slug: name.slice(0, -'.yaml'.length), file, raw, result: schemaFor(file).safeParse(raw) };
});
const exhibitors = entries.flatMap(({ slug, file, result }) => (result.success ? [{ slug, file, data: result.data }] : []));

/** Width and height from a PNG's header, or undefined if the bytes are not a PNG. */
function pngSize(path: string): { width: number; height: number; bytes: number } | undefined {
	const bytes = readFileSync(path);
	if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
}

/** Values that appear more than once. */
function repeated(values: readonly string[]): string[] {
	return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

function nameIn(name: string | Record<string, string>, locale: string): string | undefined {
	return typeof name === 'string' ? (locale === 'zh' ? name : undefined) : name[locale];
}

describe('the exhibitor options', () => {
	it('are what the theme’s options schema takes, with a floor plan for each hall', () => {
		expect(exhibitorsOptionsSchema(LOCALES, 'zh').safeParse(exhibitorsOptions).error?.issues ?? []).toEqual([]);
		for (const [hall, { floorPlan }] of Object.entries(exhibitorsOptions.halls)) {
			const png = existsSync(join(ROOT, floorPlan)) ? pngSize(join(ROOT, floorPlan)) : undefined;
			expect(png, `${hall}: ${floorPlan}`).toBeDefined();
			expect(png!.bytes, floorPlan).toBeLessThanOrEqual(150 * 1024);
			expect(png!.width, floorPlan).toBeGreaterThanOrEqual(1200);
		}
	});
});

describe('the exhibitor files', () => {
	it('are about sixty, each named by a lower-case URL name', () => {
		expect(files.length).toBeGreaterThanOrEqual(50);
		expect(files.map((name) => name.slice(0, -'.yaml'.length)).filter((slug) => !SLUG.test(slug))).toEqual([]);
	});

	it('each pass the theme’s exhibitor schema, with the sectors and halls of the options', () => {
		const problems = entries.flatMap(({ name, result }) =>
			(result.error?.issues ?? []).map((issue) => `${name} ${issue.path.join('.')}: ${issue.message}`),
		);
		expect(problems).toEqual([]);
	});

	it('put no two exhibitors on one stand, and give each a stand of its own hall', () => {
		// read from every file, also one the schema refuses, so that a second mistake in it is not hidden
		const numbers = entries.flatMap(({ raw }) => {
			const number = (raw as { stand?: { number?: unknown } } | null)?.stand?.number;
			return typeof number === 'string' ? [number] : [];
		});
		expect(repeated(numbers)).toEqual([]);
		for (const { slug, data } of exhibitors) {
			expect(data.stand.number, slug).toMatch(new RegExp(`^${data.stand.hall.replace(/^hall-/, '')}[A-D]\\d{2}$`));
		}
	});

	it('give no two exhibitors one name in any language', () => {
		for (const locale of LOCALES) {
			const names = exhibitors.flatMap(({ data }) => nameIn(data.name, locale) ?? []);
			expect(repeated(names), locale).toEqual([]);
		}
	});

	it('fill every hall and every sector of the options', () => {
		expect(new Set(exhibitors.map(({ data }) => data.stand.hall))).toEqual(new Set(halls));
		expect(new Set(exhibitors.flatMap(({ data }) => data.sectors))).toEqual(new Set(sectors));
	});

	it('give logos that are PNG files of 240x240 pixels and at most 8 KB', () => {
		// the stand-in image() keeps the logo's path as text (Astro's gives the image's metadata)
		const withLogo = exhibitors.flatMap(({ slug, file, data }) => {
			const logo = data.logo as unknown as string | undefined;
			return logo === undefined ? [] : [{ slug, file, logo }];
		});
		expect(withLogo.length).toBeGreaterThan(exhibitors.length / 2);
		for (const { slug, file, logo } of withLogo) {
			const path = join(dirname(file), logo);
			expect(logo, slug).toBe(`./logos/${slug}.png`);
			expect(pngSize(path), slug).toEqual({ width: 240, height: 240, bytes: statSync(path).size });
			expect(statSync(path).size, slug).toBeLessThanOrEqual(8 * 1024);
		}
	});

	it('point web sites and e-mail at reserved example domains only', () => {
		const example = /(^|\.)example(\.com)?$/;
		for (const { slug, data } of exhibitors) {
			if (data.website !== undefined) expect(new URL(data.website).hostname, slug).toMatch(example);
			if (data.contact?.email !== undefined) expect(data.contact.email.split('@')[1], slug).toMatch(example);
		}
	});
});

describe('the demo articles that name exhibitors', () => {
	const articlesDir = join(ROOT, 'site', 'articles');
	const articles = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
		.filter((path) => /\.mdx?$/.test(path))
		.map((path) => {
			const text = readFileSync(join(articlesDir, path), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
			const front = (match ? parse(match[1]!) : {}) as { exhibitors?: unknown };
			return { path, front, body: match ? text.slice(match[0].length) : text };
		})
		.filter(({ front }) => front.exhibitors !== undefined);

	it('name them by the file names of site/exhibitors/', () => {
		expect(articles.length).toBeGreaterThanOrEqual(5);
		const slugs = new Set(exhibitors.map(({ slug }) => slug));
		for (const { path, front } of articles) {
			expect(Array.isArray(front.exhibitors), path).toBe(true);
			for (const slug of front.exhibitors as unknown[]) expect(slugs.has(slug as string), `${path}: ${String(slug)}`).toBe(true);
		}
	});

	it('give the stand the exhibitor’s file gives, when they give one', () => {
		const stands = new Map(exhibitors.map(({ slug, data }) => [slug, data.stand.number]));
		for (const { path, front, body } of articles) {
			const mentioned = body.match(/\b[A-D]\d{2}\b/g) ?? [];
			if (mentioned.length === 0) continue;
			for (const slug of front.exhibitors as string[]) {
				const stand = stands.get(slug);
				// "7 号馆 A12" in an article is stand 7A12: the file's number without the hall's digits
				if (stand !== undefined) expect(mentioned, `${path}: ${slug}`).toContain(stand.replace(/^\d+/, ''));
			}
		}
	});
});
