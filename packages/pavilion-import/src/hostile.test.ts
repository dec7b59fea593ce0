import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePage } from './charset.ts';
import { privateKind } from './hosts.ts';
import { importArticles } from './import-articles.ts';
import { formatReport, type ImportReport } from './report.ts';
import { fixture, onePostExport, optionsFor, readArticle, tempProject } from './test-utils.ts';

/** Pages written by others: nothing they name may read this machine's files, reach its network or flood the report. */

const PNG = readFileSync(fixture('pages/images/robot-arm.png'));
const page = (body: string, charset = 'utf-8') =>
	`<html><head><meta charset="${charset}"><title>t</title></head><body><article><h1>展馆开放时间调整</h1><p>发布日期：2026年9月2日</p><p>九号馆开放时间调整为每天九点至十七点，请观众合理安排参观。</p>${body}</article></body></html>`;

/** A fetch that fails the test if it is ever called: the refusals below must happen before any request. */
const noNetwork: typeof fetch = (input) => {
	throw new Error(`a request was made to ${input instanceof Request ? input.url : input.toString()}`);
};

/** Lines of the printed report that mention `text`. */
const reportLines = (report: ImportReport, text: string) =>
	formatReport(report)
		.split('\n')
		.filter((line) => line.includes(text));

describe('addresses a page names', () => {
	const project = tempProject();
	afterAll(() => project.remove());

	it('never reads a file: address, and says so', async () => {
		const folder = join(project.root, 'file-page');
		mkdirSync(folder);
		writeFileSync(join(folder, 'page.html'), page('<p><img src="file:///etc/hostname" alt="主机名"></p>'));
		const report = await importArticles(optionsFor(project.root, { inputs: [folder] }));
		expect(report.articles[0]?.images).toEqual({
			copied: [],
			missing: [
				{
					src: 'file:///etc/hostname',
					url: 'file:///etc/hostname',
					alt: '主机名',
					reason: 'is a file: address, which names a file of the importing machine: refused',
				},
			],
		});
		expect(formatReport(report)).not.toContain('No problems found');
	});

	it('reads no picture from outside the folder given, by ".." or through a symbolic link', async () => {
		const folder = join(project.root, 'saved');
		mkdirSync(join(folder, 'page_files'), { recursive: true });
		writeFileSync(join(project.root, 'secret.png'), PNG);
		symlinkSync(join(project.root, 'secret.png'), join(folder, 'page_files', 'linked.png'));
		writeFileSync(
			join(folder, 'page.html'),
			page('<p><img src="../secret.png" alt="上一级"></p><p><img src="page_files/linked.png" alt="链接"></p>'),
		);
		const report = await importArticles(optionsFor(project.root, { inputs: [folder] }));
		const missing = report.articles[0]?.images.missing ?? [];
		expect(missing.map((image) => image.alt)).toEqual(['上一级', '链接']);
		for (const image of missing) expect(image.reason).toMatch(/lies outside the folder given .*: refused$/);
		expect(report.articles[0]?.images.copied).toEqual([]);
	});

	it('reads no upload from outside --uploads, even with --offline: not by %2F, not through a link', async () => {
		const uploads = join(project.root, 'wp/uploads');
		mkdirSync(join(uploads, '2026/09'), { recursive: true });
		writeFileSync(join(project.root, 'wp/private.png'), PNG);
		symlinkSync(join(project.root, 'wp/private.png'), join(uploads, '2026/09/link.png'));
		const xml = join(project.root, 'escape.xml');
		writeFileSync(
			xml,
			onePostExport(
				'<img src="https://news.example.com/wp-content/uploads/..%2F..%2Fprivate.png" alt="逃出">\n\n<img src="https://news.example.com/wp-content/uploads/2026/09/link.png" alt="链接">\n\n论坛报名今天开始，名额有限。',
			),
		);
		const report = await importArticles(optionsFor(project.root, { inputs: [xml], uploads, offline: true }));
		expect(report.articles[0]?.images.copied).toEqual([]);
		expect(report.articles[0]?.images.missing.map((image) => image.reason)).toEqual([
			'its path leads out of the uploads folder: refused',
			'its path leads out of the uploads folder: refused',
		]);
		expect(formatReport(report)).toContain('2 problem(s) marked "!" above need a look.');
	});
});

describe('hosts only this machine can reach', () => {
	let server: Server;
	let port = 0;
	const requests: string[] = [];
	const project = tempProject();
	beforeAll(async () => {
		server = createServer((request, response) => {
			requests.push(request.url ?? '');
			if (request.url === '/bounce.png') {
				response.writeHead(302, { location: `http://127.0.0.1:${port}/admin.png?token=secret` });
				response.end();
				return;
			}
			response.writeHead(200, { 'content-type': 'image/png' });
			response.end(PNG);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const address = server.address();
		if (!address || typeof address === 'string') throw new Error('the test server has no port');
		port = address.port;
	});
	afterAll(() => {
		server.close();
		project.remove();
	});

	it('knows loopback, private and link-local addresses from public ones', () => {
		for (const address of [
			'127.0.0.1',
			'::1',
			'10.2.3.4',
			'172.20.0.1',
			'192.168.1.1',
			'fd12::1',
			'169.254.169.254',
			'fe80::1',
			'::ffff:127.0.0.1',
			'::ffff:7f00:1',
			'::ffff:a00:1',
		])
			expect(privateKind(address), address).toBeDefined();
		for (const address of ['93.184.215.14', '172.32.0.1', '2606:4700::1111']) expect(privateKind(address), address).toBeUndefined();
	});

	it('refuses them, by address or by a name that resolves to one, each with a report line and without a request', async () => {
		const folder = join(project.root, 'private');
		mkdirSync(folder);
		writeFileSync(
			join(folder, 'page.html'),
			page(
				[
					`http://127.0.0.1:${port}/admin.png?token=secret`,
					`http://localhost:${port}/admin.png?token=secret`,
					'http://10.0.0.8/logo.png',
					'http://192.168.1.20/logo.png',
					'http://169.254.169.254/latest/meta-data.png',
					'http://[fe80::1]/logo.png',
					'http://[fd00::8]/logo.png',
				]
					.map((src) => `<p><img src="${src}" alt="内网"></p>`)
					.join(''),
			),
		);
		const report = await importArticles(optionsFor(project.root, { inputs: [folder], offline: false, fetchFn: noNetwork }));
		const reasons = report.articles[0]?.images.missing.map((image) => image.reason) ?? [];
		expect(reasons).toEqual([
			`refused: its host 127.0.0.1 is on this machine (loopback): not fetched (pass --allow-host 127.0.0.1 if it is yours)`,
			expect.stringMatching(
				/^refused: its host localhost \((127\.0\.0\.1|::1)\) is on this machine \(loopback\): not fetched \(pass --allow-host localhost if it is yours\)$/,
			),
			'refused: its host 10.0.0.8 is on a private network: not fetched (pass --allow-host 10.0.0.8 if it is yours)',
			'refused: its host 192.168.1.20 is on a private network: not fetched (pass --allow-host 192.168.1.20 if it is yours)',
			'refused: its host 169.254.169.254 is on the local link: not fetched (pass --allow-host 169.254.169.254 if it is yours)',
			'refused: its host fe80::1 is on the local link: not fetched (pass --allow-host fe80::1 if it is yours)',
			'refused: its host fd00::8 is on a private network: not fetched (pass --allow-host fd00::8 if it is yours)',
		]);
		expect(reportLines(report, '! image missing')).toHaveLength(7);
		expect(requests).toEqual([]);
	});

	it('fetches from a host --allow-host names, and checks every redirect again', async () => {
		const folder = join(project.root, 'allowed');
		mkdirSync(folder);
		writeFileSync(
			join(folder, 'page.html'),
			page(
				`<p><img src="http://localhost:${port}/photo.png" alt="允许"></p><p><img src="http://localhost:${port}/bounce.png" alt="转向"></p>`,
			),
		);
		const report = await importArticles(optionsFor(project.root, { inputs: [folder], offline: false, allowHosts: ['localhost'] }));
		expect(report.articles[0]?.images.copied.map((image) => image.alt)).toEqual(['允许']);
		expect(report.articles[0]?.images.missing[0]?.reason).toBe(
			`refused: it redirects to http://127.0.0.1:${port}/admin.png?token=secret, and its host 127.0.0.1 is on this machine (loopback): not fetched (pass --allow-host 127.0.0.1 if it is yours)`,
		);
		expect(requests).toEqual(['/photo.png', '/bounce.png']);
	});

	it('refuses a page address on this machine given on the command line, unless allowed', async () => {
		const report = await importArticles(optionsFor(project.root, { inputs: [`http://127.0.0.1:${port}/page.html`], fetchFn: noNetwork }));
		expect(report.failures).toEqual([
			{
				name: `http://127.0.0.1:${port}/page.html`,
				problem: 'not fetched: its host 127.0.0.1 is on this machine (loopback): not fetched (pass --allow-host 127.0.0.1 if it is yours)',
			},
		]);
	});
});

describe('what pages carry', () => {
	const project = tempProject();
	afterAll(() => project.remove());

	it('reads a page declaring GBK whose bytes are UTF-8 as UTF-8, and reports it', async () => {
		const bytes = new TextEncoder().encode(page('<p>氢能展区位于九号馆。</p>', 'gbk'));
		const folder = join(project.root, 'mislabelled');
		mkdirSync(folder);
		writeFileSync(join(folder, 'page.html'), bytes);
		const report = await importArticles(optionsFor(project.root, { inputs: [folder], dryRun: true }));
		expect(report.articles[0]?.problems[0]).toMatch(/^the page declares gbk, but its bytes are UTF-8/);
		expect(report.articles[0]?.found.title).toMatch(/^展馆开放时间调整/);
		expect(formatReport(report)).not.toContain('No problems found');
		const decoded = decodePage(bytes);
		expect(decoded.charset).toBe('utf-8');
		expect(decoded.text).toContain('氢能展区位于九号馆。');
		expect(decoded.problem).toBe(
			'the page declares gbk, but its bytes are UTF-8; it was read as UTF-8 (read as gbk it would be garbled): check the text',
		);
	});

	it('reports bytes that are valid neither in the declared charset nor in UTF-8', () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="gbk"><p>'), 0xd5, 0xb9, 0x81, 0x20, 0x3c]);
		const decoded = decodePage(bytes);
		expect(decoded.text).toContain('展\uFFFD');
		expect(decoded.problem).toMatch(/^the page declares gbk, but 1 part\(s\) of it are not valid gbk \(nor UTF-8\)/);
	});

	it('imports a large data: picture whose base64 happens to spell "qr", and keeps every report line short', async () => {
		// The bytes after the PNG are chosen so that the base64 text is full of "qrcode".
		const padding = Buffer.alloc((3 - (PNG.length % 3)) % 3);
		const filler = Buffer.from('qrcodeqr'.repeat(400_000), 'base64');
		const data = `data:image/png;base64,${Buffer.concat([PNG, padding, filler]).toString('base64')}`;
		expect(data).toContain('qrcode');
		const folder = join(project.root, 'data');
		mkdirSync(folder);
		writeFileSync(
			join(folder, 'page.html'),
			page(
				`<p><img src="${data}" alt="九号馆外景"></p><p><img src="https://old.example.com/${'长'.repeat(3000)}.png" alt="${'很长的说明'.repeat(100)}"></p>`,
			),
		);
		const report = await importArticles(optionsFor(project.root, { inputs: [folder] }));
		expect(report.articles[0]?.removed).toEqual([]);
		expect(report.articles[0]?.images.copied.map((image) => image.to)).toEqual([expect.stringMatching(/\/image\.png$/)]);
		const printed = formatReport(report);
		for (const line of printed.split('\n')) expect(line.length, line.slice(0, 80)).toBeLessThanOrEqual(1000);
		expect(printed.length).toBeLessThan(5000);
		const missing = report.articles[0]?.images.missing[0];
		expect(missing?.src.length).toBeLessThanOrEqual(200);
		expect(missing?.alt.length).toBeLessThanOrEqual(200);
		expect(missing?.src.endsWith('…')).toBe(true);
	});

	it('refuses an SVG picture with script, and imports a plain drawing', async () => {
		const svg = (inner: string) =>
			`data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`).toString('base64')}`;
		const folder = join(project.root, 'svg');
		mkdirSync(folder);
		writeFileSync(
			join(folder, 'page.html'),
			page(
				`<p><img src="${svg('<script>alert(1)</script><rect width="10" height="10"/>')}" alt="带脚本"></p>` +
					`<p><img src="${svg('<rect width="10" height="10" onload="alert(1)"/>')}" alt="带事件"></p>` +
					`<p><img src="${svg('<image href="https://tracker.example.com/p.png"/>')}" alt="外链"></p>` +
					`<p><img src="${svg('<rect width="10" height="10" fill="#c00"/>')}" alt="方块"></p>`,
			),
		);
		const report = await importArticles(optionsFor(project.root, { inputs: [folder] }));
		const images = report.articles[0]!.images;
		expect(images.missing.map((image) => [image.alt, image.reason.replace(/^.* is an SVG picture holding /, '')])).toEqual([
			['带脚本', '<script>: refused (an SVG is imported only when it is a drawing, with no script or outside references)'],
			[
				'带事件',
				'the onload attribute on <rect>: refused (an SVG is imported only when it is a drawing, with no script or outside references)',
			],
			['外链', '<image>: refused (an SVG is imported only when it is a drawing, with no script or outside references)'],
		]);
		expect(images.copied.map((image) => image.alt)).toEqual(['方块']);
		const imported = join(project.root, 'site/images/imported');
		const written = readdirSync(imported, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.svg'));
		expect(written).toHaveLength(1);
		for (const file of written) expect(readFileSync(join(imported, file), 'utf8')).not.toMatch(/script|onload|href/);
	});
});

describe('a wget mirror', () => {
	it('finds a root-relative picture inside the mirror, not at the root of the disk', async () => {
		const project = tempProject();
		try {
			const report = await importArticles(
				optionsFor(project.root, { inputs: [fixture('mirror')], oldBase: 'https://old.qtse-expo.example.com/' }),
			);
			const [article] = report.articles;
			expect(article).toMatchObject({ status: 'written', oldUrl: 'https://old.qtse-expo.example.com/news/2026/0901/hall-guide.html' });
			expect(article?.images.missing).toEqual([]);
			expect(article?.images.copied.map((image) => image.from)).toEqual([
				fixture('mirror/uploads/2026/09/hall-map.png'),
				fixture('mirror/uploads/2026/09/hall-map.png'),
			]);
			expect(readArticle(join(project.root, article!.file!)).body).toContain(
				'![九号馆平面图](../../images/imported/hall-guide/hall-map.png)',
			);
		} finally {
			project.remove();
		}
	});
});
