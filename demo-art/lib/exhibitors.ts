// The demo's exhibitors as draw-exhibitor-logos.ts and draw-floor-plans.ts need them: read from
// site/exhibitors/<slug>.yaml, the files the theme's directory shows. Only the fields the drawings use
// are read; scripts/demo-exhibitors.test.ts checks the files against the theme's schema.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root (demo-art/lib/ is two levels below it). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXHIBITORS_DIR = join(ROOT, 'site', 'exhibitors');

export interface DemoExhibitor {
	/** The file's name without .yaml: the exhibitor's URL name. */
	slug: string;
	zh: string;
	en: string | undefined;
	hall: string;
	stand: string;
	sectors: string[];
	region: string;
	/** The logo's path as the file gives it, relative to the file. */
	logo: string | undefined;
}

function record(value: unknown, where: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected a mapping`);
	return value as Record<string, unknown>;
}

function str(value: unknown, where: string): string {
	if (typeof value !== 'string') throw new Error(`${where}: expected text`);
	return value;
}

function optionalStr(value: unknown, where: string): string | undefined {
	return value === undefined ? undefined : str(value, where);
}

/** Every exhibitor, sorted by file name. */
export function readExhibitors(): DemoExhibitor[] {
	const files = readdirSync(EXHIBITORS_DIR)
		.filter((file) => file.endsWith('.yaml'))
		.sort();
	return files.map((file) => {
		const data = record(parse(readFileSync(join(EXHIBITORS_DIR, file), 'utf8')), file);
		const name = typeof data['name'] === 'string' ? { zh: data['name'] } : record(data['name'], `${file} name`);
		const stand = record(data['stand'], `${file} stand`);
		const sectors = data['sectors'];
		if (!Array.isArray(sectors)) throw new Error(`${file} sectors: expected a list`);
		return {
			slug: file.slice(0, -'.yaml'.length),
			zh: str(name['zh'], `${file} name.zh`),
			en: optionalStr(name['en'], `${file} name.en`),
			hall: str(stand['hall'], `${file} stand.hall`),
			stand: str(stand['number'], `${file} stand.number`),
			sectors: sectors.map((sector, i) => str(sector, `${file} sectors.${i}`)),
			region: str(data['region'], `${file} region`),
			logo: optionalStr(data['logo'], `${file} logo`),
		};
	});
}

/** A seed for mulberry32 from a text (FNV-1a), so each exhibitor's drawing depends on its name only. */
export function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}
