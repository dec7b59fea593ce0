import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { devSearchMiddleware } from './dev-search.ts';

function logger() {
	const lines: string[] = [];
	const log = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
	return {
		lines,
		logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } as unknown as AstroIntegrationLogger,
	};
}

/** Call the middleware as Vite would, and collect what it answers. */
interface Answer {
	status?: number | undefined;
	type?: string | undefined;
	body: string;
	next: boolean;
}

function request(middleware: ReturnType<typeof devSearchMiddleware>, url: string): Promise<Answer> {
	return new Promise((resolve) => {
		const response = Object.assign(new PassThrough(), {
			status: undefined as number | undefined,
			type: undefined as string | undefined,
			writeHead(status: number, headers: Record<string, string>) {
				this.status = status;
				this.type = headers['Content-Type'];
			},
		});
		const chunks: Buffer[] = [];
		response.on('data', (chunk: Buffer) => chunks.push(chunk));
		response.on('end', () =>
			resolve({ status: response.status, type: response.type, body: Buffer.concat(chunks).toString(), next: false }),
		);
		middleware({ url }, response as never, () => resolve({ body: '', next: true }));
	});
}

describe('search in astro dev', () => {
	it('serves the index of the last build under /pagefind/', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'pavilion-dev-'));
		mkdirSync(join(dist, 'pagefind'));
		writeFileSync(join(dist, 'pagefind', 'pagefind.js'), 'export const ok = 1;');
		const { lines, logger: log } = logger();
		const middleware = devSearchMiddleware(pathToFileURL(`${dist}/`), log);
		expect(lines[0]).toMatch(/^info: Search in dev uses the index of the last build/);
		expect(await request(middleware, '/pagefind/pagefind.js')).toEqual({
			status: 200,
			type: 'text/javascript',
			body: 'export const ok = 1;',
			next: false,
		});
		expect((await request(middleware, '/pagefind/missing.js')).next).toBe(true);
		expect((await request(middleware, '/pagefind/../../etc/passwd')).next).toBe(true);
		expect((await request(middleware, '/news/')).next).toBe(true);
	});

	it('says plainly how to get an index when there is none', () => {
		const { lines, logger: log } = logger();
		devSearchMiddleware(pathToFileURL(`${mkdtempSync(join(tmpdir(), 'pavilion-dev-'))}/`), log);
		expect(lines).toEqual([
			'warn: Search has no index in dev until the site has been built once: run `astro build`, then restart `astro dev`.',
		]);
	});
});
