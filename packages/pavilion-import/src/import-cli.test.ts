import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from './report.ts';
import { fixture, readArticle, schema, serveFolder, tempProject } from './test-utils.ts';

const script = fileURLToPath(new URL('./cli.ts', import.meta.url));
/** A Pavilion site to read options from; nothing is written into it (every output path points at the temporary folder). */
const site = fixture('site');
const project = tempProject();
afterAll(() => project.remove());

function run(...args: string[]): { status: number; output: string } {
	try {
		const output = execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		return { status: 0, output };
	} catch (error) {
		const { status, stderr } = error as { status: number; stderr: string };
		return { status, output: stderr };
	}
}

const outputs = (name: string) => [
	'--out',
	join(project.root, name, 'articles'),
	'--images',
	join(project.root, name, 'images'),
	'--redirects',
	join(project.root, name, 'redirects.json'),
];

describe('pnpm run import', { timeout: 60_000 }, () => {
	it("reads the site's options, imports, prints the report and writes it as JSON", () => {
		const report = join(project.root, 'site/import-report.json');
		const { status, output } = run(fixture('pages/gov-halls.html'), '--root', site, ...outputs('site'), '--report', report, '--offline');
		expect(status).toBe(0);
		expect(output).toContain('written: ');
		expect(output).toContain('article-20260812-1.md (/news/article-20260812-1/)');
		expect(output).toContain('1 article(s) written, 0 overwritten, 0 not written.');
		const file = join(project.root, 'site/articles/zh/article-20260812-1.md');
		expect(schema.safeParse(readArticle(file).data).success).toBe(true);
		const saved = JSON.parse(readFileSync(report, 'utf8')) as ImportReport;
		expect(saved.articles[0]).toMatchObject({ status: 'written', missing: ['author'], removed: ['扫一扫在手机上打开当前页'] });
	});
	it('works without an Astro config when the settings are given as flags', () => {
		const { status, output } = run(
			fixture('pages-en'),
			'--root',
			project.root,
			...outputs('flags'),
			'--locale',
			'en',
			'--timezone',
			'Asia/Shanghai',
			'--default-locale',
			'zh',
			'--articles-base',
			'media',
			'--dry-run',
		);
		expect(status).toBe(0);
		expect(output).toContain(
			'would be written: flags/articles/en/qtse-2027-adds-a-dedicated-robotics-hall.md (/en/media/qtse-2027-adds-a-dedicated-robotics-hall/)',
		);
		expect(existsSync(join(project.root, 'flags'))).toBe(false);
	});
	it('names what is wrong in one plain line, without a stack trace, and fails', () => {
		const plainly = (...args: string[]) => {
			const { status, output } = run(...args);
			expect(status).toBe(1);
			expect(output).not.toMatch(/^\s+at /m);
			return output.trim();
		};
		expect(plainly(fixture('pages'), '--root', site, '--category', 'nwes')).toBe(
			'--category "nwes" is not a configured category; expected one of news, press, industry, exhibitors',
		);
		expect(plainly(fixture('pages'), '--root', site, '--locale', 'fr')).toBe(
			'--locale "fr" is not a configured locale; expected one of zh, en',
		);
		expect(plainly('--root', site)).toBe(
			'Missing: what to import. Pass saved pages, a folder of them, page addresses or a WordPress export file (see docs/importing.md).',
		);
		expect(plainly(fixture('pages'), '--root', site, '--nope')).toMatch(/^Unknown option '--nope'\./);
	});
	it('fetches from a host on this machine only when --allow-host names it', async () => {
		const { url, server, requests } = await serveFolder(fixture('.'));
		// The test's server answers while the command runs: the command must not block this process.
		const runAsync = (...args: string[]) =>
			new Promise<string>((done) => {
				execFile(process.execPath, [script, ...args], { encoding: 'utf8' }, (_error, stdout, stderr) => done(`${stdout}${stderr}`));
			});
		try {
			const page = `${url}/pages/expo-robots.html`;
			const refused = await runAsync(page, '--root', site, ...outputs('refused'), '--dry-run');
			expect(refused).toContain(`${page}\n  ! not read: not fetched: its host 127.0.0.1 is on this machine (loopback)`);
			expect(requests).toEqual([]);
			const allowed = await runAsync(page, '--root', site, ...outputs('allowed'), '--dry-run', '--allow-host', '127.0.0.1');
			expect(allowed).toMatch(/would be written: .*allowed\/articles\/zh\/expo-robots\.md/);
			expect(requests).toContain('/pages/expo-robots.html');
		} finally {
			server.close();
		}
	});
	it('matches old categories to labels the site gives as one text for every language', () => {
		// A site whose categories have one label each, not one per language.
		const root = join(project.root, 'plain-labels');
		mkdirSync(root, { recursive: true });
		writeFileSync(
			join(root, 'astro.config.mjs'),
			`import options from ${JSON.stringify(pathToFileURL(join(site, 'options.mjs')).href)};
export default { integrations: [{ name: 'astro-pavilion', pavilionOptions: { ...options, categories: { expo: '展会新闻', trade: '行业动态' } } }] };
`,
		);
		const report = join(root, 'report.json');
		const { status } = run(fixture('wordpress/export.xml'), '--root', root, '--dry-run', '--offline', '--report', report);
		expect(status).toBe(0);
		const saved = JSON.parse(readFileSync(report, 'utf8')) as ImportReport;
		const post = (id: string) => saved.articles.find((article) => article.input.includes(` → post ${id} `))!;
		expect(post('30').found.category).toBe('trade (from the old category)');
		expect(post('12').found.category).toBe('expo (from the old category)');
		expect(post('30').problems).toEqual([`the old category "媒体聚焦" (media) is not one of the site's categories (expo, trade)`]);
	});
});
