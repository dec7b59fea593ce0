/**
 * Wall time and peak memory of a benchmark step: the whole process tree counts, so a build's
 * child processes (Pagefind, sharp workers) are measured with it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const benchEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssBytes(pid: number): number {
	const parents = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const parent = Number(fields[1]);
			parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
			rss.set(Number(entry), Number(fields[21]) * 4096);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const next = stack.pop()!;
		total += rss.get(next) ?? 0;
		stack.push(...(parents.get(next) ?? []));
	}
	return total;
}

export interface Run {
	seconds: number;
	peakBytes: number;
}

/** Run commands one after another as one measured step: wall time and peak memory of the whole tree. */
export async function measure(steps: [string, string[]][], cwd: string, extraEnv: Record<string, string> = {}): Promise<Run> {
	const started = performance.now();
	let peakBytes = 0;
	for (const [command, args] of steps) {
		const child = spawn(command, args, { cwd, env: { ...benchEnv, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
		const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRssBytes(child.pid!))), 100);
		const code = await new Promise<number | null>((done) => child.on('exit', done));
		clearInterval(sampler);
		if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
	}
	return { seconds: (performance.now() - started) / 1000, peakBytes };
}
