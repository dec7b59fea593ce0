import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUserConfig } from '../config/user-config.ts';
import { svgMetadataWarnings } from './svg-metadata.ts';

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
