import { readFileSync } from 'node:fs';
import { pathInProject, resolveProjectPath } from '../config/project-path.ts';
import type { PavilionConfig } from '../schemas/config.ts';
import { svgMetadata } from '../utils/svg.ts';

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
			if (svgMetadata(readFileSync(file, 'utf8')).length === 0) return [];
			return [
				`${option}: ${pathInProject(file, root) ?? path} ships as it is, with its drawing program's metadata (author, rights, the file's path on the designer's disk, comments); expected a plain SVG (Inkscape: Save As › Optimized SVG, or svgo)`,
			];
		});
}
