import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { pathInProject, resolveProjectPath } from '../config/project-path.ts';
import type { PavilionConfig } from '../schemas/config.ts';

/** What drawing programs write into an SVG about the file and its author: RDF/Dublin Core (creator, rights), Inkscape's and Sodipodi's attributes (the file's path on the author's disk), comments. */
const EDITOR_PREFIX = /^(sodipodi|inkscape|rdf|dc|cc|sketch|serif|adobe|illustrator|i|x):/i;

/** Whether an SVG holds more than the drawing: its editor's metadata, read with an XML parser. */
export function svgHoldsMetadata(svg: string): boolean {
	let found = false;
	const parser = new Parser(
		{
			onopentag: (name, attributes) => {
				if (name.toLowerCase() === 'metadata' || EDITOR_PREFIX.test(name)) found = true;
				if (Object.keys(attributes).some((attribute) => EDITOR_PREFIX.test(attribute) && !/^xmlns:/i.test(attribute))) found = true;
			},
			oncomment: () => {
				found = true;
			},
		},
		{ xmlMode: true },
	);
	parser.end(svg);
	return found;
}

/**
 * Warnings for SVG pictures named in the options that ship as they are (Astro copies an SVG
 * unchanged) with their editor's metadata: the logo (the browser-tab icon) and the QR codes.
 */
export function svgMetadataWarnings(config: PavilionConfig, root: URL): string[] {
	const named: [string, string][] = [
		...(config.logo ? [['logo', config.logo.src] as [string, string]] : []),
		...config.social.flatMap((account, index) => (account.qr ? [[`social[${index}].qr`, account.qr] as [string, string]] : [])),
	];
	return named
		.filter(([, path]) => /\.svg$/i.test(path))
		.flatMap(([option, path]) => {
			const file = resolveProjectPath(path, root, option, 'site/images/logo.svg');
			if (!svgHoldsMetadata(readFileSync(file, 'utf8'))) return [];
			return [
				`${option}: ${pathInProject(file, root) ?? path} ships as it is, with its drawing program's metadata (author, rights, the file's path on the designer's disk, comments); expected a plain SVG (Inkscape: Save As › Optimized SVG, or svgo)`,
			];
		});
}
