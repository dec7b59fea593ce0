/**
 * What `pnpm add astro-pavilion` brings into an organizer's site: packages installed and bytes on
 * disk, beside an empty Astro site with the same Astro and sharp (the baseline, measured in the
 * same run from the same registry). The theme is packed from this checkout, as it would be published.
 *   node scripts/bench-install.ts [--astro 7.4.8] [--importer]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { astro: { type: 'string', default: '7.4.8' }, importer: { type: 'boolean', default: false } },
});
const root = resolve(import.meta.dirname, '..');
const workdir = mkdtempSync(join(tmpdir(), 'pavilion-install-'));

function run(command: string, args: string[], cwd: string): string {
	return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function pack(packageDir: string): string {
	run('pnpm', ['pack', '--pack-destination', workdir], packageDir);
	const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };
	const tarball = readdirSync(workdir).find((file) => file.startsWith(`${name}-`) && file.endsWith('.tgz'));
	if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
	return join(workdir, tarball);
}

interface Install {
	packages: number;
	bytes: number;
}

/** An empty site with these dependencies, installed from the registry; pnpm keeps one folder per package version. */
function install(label: string, dependencies: Record<string, string>): Install {
	const site = join(workdir, label);
	mkdirSync(site);
	writeFileSync(join(site, 'package.json'), JSON.stringify({ name: label, private: true, type: 'module', dependencies }));
	writeFileSync(join(site, 'pnpm-workspace.yaml'), 'allowBuilds:\n  esbuild: true\n  sharp: true\n');
	run('pnpm', ['install', '--no-frozen-lockfile', '--reporter', 'silent'], site);
	const packages = readdirSync(join(site, 'node_modules/.pnpm')).filter(
		(entry) => entry !== 'node_modules' && !entry.endsWith('.yaml'),
	).length;
	const bytes = Number(run('du', ['-sb', '--dereference-args', join(site, 'node_modules')], site).split('\t')[0]);
	return { packages, bytes };
}

try {
	const astro = values.astro;
	const plain = install('plain-astro', { astro, sharp: '^0.35.5' });
	const theme = { 'astro-pavilion': `file:${pack(join(root, 'packages/pavilion'))}` };
	const importer = values.importer ? { 'pavilion-import': `file:${pack(join(root, 'packages/pavilion-import'))}` } : {};
	const pavilion = install('with-pavilion', { astro, sharp: '^0.35.5', ...theme, ...importer });
	const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
	console.log(`| Site | Packages | On disk |\n| --- | --- | --- |`);
	console.log(`| astro@${astro} + sharp | ${plain.packages} | ${mb(plain.bytes)} |`);
	console.log(`| + astro-pavilion${values.importer ? ' + pavilion-import' : ''} | ${pavilion.packages} | ${mb(pavilion.bytes)} |`);
	console.log(
		`| Pavilion's share | +${pavilion.packages - plain.packages} (${(pavilion.packages / plain.packages).toFixed(2)}×) | +${mb(pavilion.bytes - plain.bytes)} (${(pavilion.bytes / plain.bytes).toFixed(2)}×) |`,
	);
} finally {
	rmSync(workdir, { recursive: true, force: true });
}
