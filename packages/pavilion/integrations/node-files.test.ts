import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseUserConfig } from '../config/user-config.ts';
import { nodeFiles, nodeFilesMiddleware, writeNodeFiles } from './node-files.ts';
import { pressKitFiles, pressModule } from '../features/press/press.ts';

const base = {
	title: { zh: '青潭智博会', en: 'QTSE' },
	expo: { name: '青潭智博会', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: '博览中心', address: '博览大道1号' } },
};
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0f5c6e"/></svg>';

function project(files: Record<string, string>): URL {
	const root = mkdtempSync(join(tmpdir(), 'pavilion-node-files-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return pathToFileURL(`${root}/`);
}

describe('files only Node can make', () => {
	const root = project({ 'site/images/logo.svg': LOGO, 'site/press/downloads/sheet-100%.pdf': '%PDF-1.4\n%%EOF\n' });
	const config = parseUserConfig({ ...base, logo: 'site/images/logo.svg', press: {} });
	const files = [...nodeFiles(config, root, false), ...pressKitFiles(pressModule(config, root))];

	it('are written into the build where their routes would have put them', async () => {
		const outDir = project({});
		await writeNodeFiles(files, outDir);
		const written = (path: string) => readFileSync(new URL(path, outDir));
		expect(await sharp(written('icons/logo-192.png')).metadata()).toMatchObject({ format: 'png', width: 192, height: 192 });
		expect(written('favicon.ico').subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
		expect(written('press/downloads/sheet-100%25.pdf').toString()).toBe('%PDF-1.4\n%%EOF\n');
	});

	it('leave /favicon.ico to a site that has its own, and make no icons without a logo', () => {
		const paths = (own: boolean, logo?: string) =>
			nodeFiles(parseUserConfig({ ...base, ...(logo ? { logo } : {}) }), root, own).map((file) => file.path);
		expect(paths(true, 'site/images/logo.svg')).toEqual(['icons/logo-144.png', 'icons/logo-192.png', 'icons/logo-512.png']);
		expect(paths(false)).toEqual([]);
	});

	it('are served by astro dev below the base', async () => {
		const serve = nodeFilesMiddleware(files, '/fair/');
		const served = await new Promise<{ status: number; type: unknown; body: Uint8Array }>((resolve, reject) => {
			let status = 0;
			let type: unknown;
			const response = {
				writeHead: (code: number, headers: Record<string, string>) => {
					status = code;
					type = headers['Content-Type'];
				},
				end: (body: Uint8Array) => resolve({ status, type, body }),
			} as unknown as ServerResponse;
			serve({ url: '/fair/press/downloads/sheet-100%25.pdf' }, response, () => reject(new Error('passed on')));
		});
		expect(served).toMatchObject({ status: 200, type: 'application/pdf' });
		expect(Buffer.from(served.body).toString()).toBe('%PDF-1.4\n%%EOF\n');
		let passedOn = false;
		serve({ url: '/icons/logo-192.png' }, undefined as unknown as ServerResponse, () => (passedOn = true));
		expect(passedOn).toBe(true);
	});
});
