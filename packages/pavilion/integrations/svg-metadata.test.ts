import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUserConfig } from '../config/user-config.ts';
import { svgHoldsMetadata, svgMetadataWarnings } from './svg-metadata.ts';

describe('svgHoldsMetadata', () => {
	it('finds what a drawing program wrote about the file and its author', () => {
		const inkscape =
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="logo.svg"><rect width="1" height="1"/></svg>';
		const rdf =
			'<svg xmlns="http://www.w3.org/2000/svg"><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><dc:creator>Wang Fang</dc:creator></rdf:RDF></metadata></svg>';
		const comment = '<svg xmlns="http://www.w3.org/2000/svg"><!-- Generator: Adobe Illustrator, Wang Fang --><rect/></svg>';
		for (const svg of [inkscape, rdf, comment]) expect(svgHoldsMetadata(svg), svg).toBe(true);
	});
	it('leaves a plain drawing alone, titles and namespaces included', () => {
		const plain =
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64"><title>QTSE</title><rect width="64" height="64" fill="#0f5c6e"/><use xlink:href="#a"/></svg>';
		expect(svgHoldsMetadata(plain)).toBe(false);
	});
});

describe('svgMetadataWarnings', () => {
	it('names the SVG logo and QR codes that ship with their editor’s metadata, and no other picture', () => {
		const root = mkdtempSync(join(tmpdir(), 'pavilion-svg-'));
		mkdirSync(join(root, 'site/images'), { recursive: true });
		writeFileSync(join(root, 'site/images/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><metadata>Wang Fang</metadata></svg>');
		writeFileSync(join(root, 'site/images/qr.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
		const config = parseUserConfig({
			title: 'QTSE',
			expo: { name: 'QTSE', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: 'Hall', address: '1 Expo Road' } },
			logo: 'site/images/logo.svg',
			social: [{ platform: 'wechat', label: 'WeChat', qr: 'site/images/qr.svg' }],
		});
		expect(svgMetadataWarnings(config, pathToFileURL(`${root}/`))).toEqual([
			expect.stringMatching(/^logo: site\/images\/logo\.svg ships as it is, with its drawing program's metadata/),
		]);
	});
});
