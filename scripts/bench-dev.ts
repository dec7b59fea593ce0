/**
 * How soon `astro dev` answers on a generated site: the time until the server answers at all
 * (content sync included), then the first article page (modules compiled, site model built) and
 * a second one.
 *   node scripts/bench-dev.ts --count 1000 [--runs 3]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusOf, repoRoot } from './lib/corpus.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const root = repoRoot;
const corpus = corpusOf(values.count);

const port = 4400 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;

async function timed(path: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(`${base}${path}`);
	await response.text();
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return (performance.now() - started) / 1000;
}

async function waitForServer(deadline: number): Promise<void> {
	while (performance.now() < deadline) {
		try {
			await timed('/robots.txt');
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	throw new Error('astro dev did not answer within 5 minutes');
}

for (let run = 1; run <= Number(values.runs); run++) {
	const started = performance.now();
	const server = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: corpus,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'ignore',
	});
	try {
		await waitForServer(started + 300_000);
		const ready = (performance.now() - started) / 1000;
		const first = await timed('/news/article-00010/');
		const second = await timed('/en/news/article-00011/');
		console.log(
			`run ${run}: server answers after ${ready.toFixed(1)} s; first article ${first.toFixed(2)} s; next article ${second.toFixed(2)} s`,
		);
	} finally {
		server.kill();
		await new Promise((done) => server.on('exit', done));
	}
}
