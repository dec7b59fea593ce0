import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUserConfig } from '../../config/user-config.ts';
import { pressModule } from './press.ts';

const base = {
	title: { zh: '青潭智博会', en: 'QTSE' },
	expo: { name: '青潭智博会', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: '博览中心', address: '博览大道1号' } },
};

function project(files: Record<string, string>): URL {
	const root = mkdtempSync(join(tmpdir(), 'pavilion-press-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return pathToFileURL(`${root}/`);
}

const messageOf = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the press options to be refused');
};

describe('the press kit downloads', () => {
	it('lists every visible file with its size, labelled files first in the order given', () => {
		const root = project({
			'site/press/downloads/b-photo.jpg': 'x'.repeat(2048),
			'site/press/downloads/a-sheet.pdf': 'pdf',
			'site/press/downloads/.DS_Store': '',
		});
		const config = parseUserConfig({ ...base, press: { files: { 'b-photo.jpg': { title: { zh: '图片', en: 'Photo' } } } } });
		const downloads = pressModule(config, root)!.downloads;
		expect(downloads.map(({ name, bytes, title }) => ({ name, bytes, title }))).toEqual([
			{ name: 'b-photo.jpg', bytes: 2048, title: { zh: '图片', en: 'Photo' } },
			{ name: 'a-sheet.pdf', bytes: 3, title: undefined },
		]);
	});
	it('names in a warning the photos whose GPS position and names it cannot remove', () => {
		const root = project({
			'site/press/downloads/hall.tif': 'tiff',
			'site/press/downloads/broken.jpg': 'not a jpeg',
			'site/press/downloads/sheet.pdf': 'pdf',
		});
		const warnings: string[] = [];
		pressModule(parseUserConfig({ ...base, press: {} }), root, (message) => warnings.push(message));
		expect(warnings).toEqual([
			'press.downloads: site/press/downloads/broken.jpg could not be read as a JPG picture to its end, so it ships as it is, with any GPS position, names and camera data it holds',
			'press.downloads: site/press/downloads/hall.tif ships as it is, with any GPS position, names and camera data it holds; Pavilion removes them only from JPEG, PNG and WebP files (export it as one of those)',
		]);
	});
	it('is off unless asked for', () => {
		expect(pressModule(parseUserConfig(base), project({}))).toBeUndefined();
	});
	it('names a missing folder, a label for a file that is not there and an unknown releases category, in one message', () => {
		expect(messageOf(() => pressModule(parseUserConfig({ ...base, press: {} }), project({})))).toContain(
			'press.downloads: "site/press/downloads" was given, but there is no folder at site/press/downloads; expected the folder of the press-kit files',
		);
		const root = project({ 'site/press/downloads/kit.zip': 'zip' });
		const message = messageOf(() =>
			pressModule(parseUserConfig({ ...base, press: { releases: 'pr', files: { 'kit.zp': { title: 'Kit' } } } }), root),
		);
		expect(message).toContain('press.releases: "pr" was given; expected one of the categories: news, press, industry, exhibitors');
		expect(message).toContain(
			'press.files: "kit.zp" was given, but there is no such file in site/press/downloads; expected one of its files: kit.zip',
		);
	});
	it('refuses a file whose name an address cannot hold, and lists spaces and Chinese names', () => {
		const root = project({ 'site/press/downloads/fact sheet #1.pdf': 'pdf', 'site/press/downloads/展会概况 2027.pdf': 'pdf' });
		expect(messageOf(() => pressModule(parseUserConfig({ ...base, press: {} }), root))).toContain(
			'press.downloads: the file "fact sheet #1.pdf" in site/press/downloads was given; expected a file name without #, ? or \\ (rename the file)',
		);
		const fine = project({ 'site/press/downloads/展会概况 2027.pdf': 'pdf', 'site/press/downloads/100%.pdf': 'pdf' });
		expect(pressModule(parseUserConfig({ ...base, press: {} }), fine)!.downloads.map((download) => download.name)).toEqual([
			'100%.pdf',
			'展会概况 2027.pdf',
		]);
	});
	it('refuses a downloads folder outside the project', () => {
		expect(messageOf(() => parseUserConfig({ ...base, press: { downloads: '../elsewhere' } }))).toMatch(/press\.downloads/);
	});
});
