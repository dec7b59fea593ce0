/**
 * Wall time and peak memory of a benchmark step: the whole process tree counts, so a build's
 * child processes (Pagefind, sharp workers) are measured with it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const benchEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

interface TreeSample {
	bytes: number;
	/** Resident memory by program name ("node", "pagefind"), to say whose the peak is. */
	byProgram: Record<string, number>;
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): TreeSample {
	const parents = new Map<number, number[]>();
	const rss = new Map<number, number>();
	const program = new Map<number, string>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			program.set(Number(entry), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
			const parent = Number(fields[1]);
			parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
			rss.set(Number(entry), Number(fields[21]) * 4096);
		} catch {
			// The process ended while we looked.
		}
	}
	const sample: TreeSample = { bytes: 0, byProgram: {} };
	const stack = [pid];
	while (stack.length) {
		const next = stack.pop()!;
		const bytes = rss.get(next) ?? 0;
		const name = program.get(next) ?? '?';
		sample.bytes += bytes;
		sample.byProgram[name] = (sample.byProgram[name] ?? 0) + bytes;
		stack.push(...(parents.get(next) ?? []));
	}
	return sample;
}

export interface Run {
	seconds: number;
	peakBytes: number;
	/** The processes alive at the peak, by program name, and their resident memory then. */
	peakByProgram: Record<string, number>;
}

/** Run commands one after another as one measured step: wall time and peak memory of the whole tree. */
export async function measure(steps: [string, string[]][], cwd: string, extraEnv: Record<string, string> = {}): Promise<Run> {
	const started = performance.now();
	let peak: TreeSample = { bytes: 0, byProgram: {} };
	for (const [command, args] of steps) {
		const child = spawn(command, args, { cwd, env: { ...benchEnv, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
		const sampler = setInterval(() => {
			const sample = treeRss(child.pid!);
			if (sample.bytes > peak.bytes) peak = sample;
		}, 100);
		const code = await new Promise<number | null>((done) => child.on('exit', done));
		clearInterval(sampler);
		if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
	}
	return { seconds: (performance.now() - started) / 1000, peakBytes: peak.bytes, peakByProgram: peak.byProgram };
}
