import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSite, type BuiltSite } from './test-utils.ts';

/**
 * What a stranger does: pack astro-pavilion and pavilion-import, make a new Astro project outside
 * this workspace, install the tarballs and their peers from the registry, write a config and two
 * articles, import an old page, start an article, build.
 */
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const importerDir = fileURLToPath(new URL('../../pavilion-import', import.meta.url));
const workdir = mkdtempSync(join(tmpdir(), 'pavilion-stranger-'));
const project = join(workdir, 'expo-site');
let site: BuiltSite;
let importOutput = '';
let importHelp = '';
let newArticleOutput = '';

function run(command: string, args: string[], cwd: string): string {
	return execFileSync(command, args, {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: 'true' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

function write(path: string, content: string): void {
	mkdirSync(join(project, path, '..'), { recursive: true });
	writeFileSync(join(project, path), content);
}

const tarball = (name: string) => readdirSync(workdir).find((file) => file.startsWith(`${name}-`) && file.endsWith('.tgz'))!;

beforeAll(() => {
	run('pnpm', ['pack', '--pack-destination', workdir], packageDir);
	// Its prepack compiles the commands to dist/ first.
	run('pnpm', ['pack', '--pack-destination', workdir], importerDir);
	write(
		'package.json',
		JSON.stringify({
			name: 'expo-site',
			private: true,
			type: 'module',
			dependencies: {
				'astro-pavilion': `file:../${tarball('astro-pavilion')}`,
				'pavilion-import': `file:../${tarball('pavilion-import')}`,
				astro: '^7.4.8',
				sharp: '^0.35.5',
			},
		}),
	);
	write('pnpm-workspace.yaml', 'allowBuilds:\n  esbuild: true\n  sharp: true\n');
	write(
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';
import pavilion from 'astro-pavilion';

export default defineConfig({
	site: 'https://fair.example.org',
	integrations: [
		pavilion({
			title: { zh: '示例博览会', en: 'Example Fair' },
			expo: { name: { zh: '示例博览会', en: 'Example Fair' }, startDate: '2027-06-01', endDate: '2027-06-03', venue: { name: '会展中心', address: '博览路1号' } },
		}),
	],
});
`,
	);
	write(
		'src/content.config.ts',
		"import { defineCollection } from 'astro:content';\nimport { articlesLoader, articlesSchema } from 'astro-pavilion/content';\n\nexport const collections = { articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }) };\n",
	);
	write(
		'site/articles/zh/kaimu.md',
		'---\ntitle: 示例博览会定档六月\ndate: 2026-10-01\ntranslationKey: dates\n---\n\n示例博览会将于明年六月举办，展商报名即日开始。\n',
	);
	write(
		'site/articles/en/dates.md',
		'---\ntitle: Example Fair set for June\ndate: 2026-10-01\ntranslationKey: dates\n---\n\nThe Example Fair takes place next June; exhibitor registration opens today.\n',
	);
	run('pnpm', ['install', '--no-frozen-lockfile'], project);
	// The old site's page, saved from a browser, brought in with the package's importer.
	write(
		'old-site/notice.html',
		'<!doctype html><html><head><meta charset="utf-8"><title>展商须知发布 - 示例博览会</title><meta name="PubDate" content="2026-09-20 10:00"></head><body><h1>展商须知发布</h1><div class="TRS_Editor"><p>来源：示例日报</p><p>《展商须知》今日发布，请各展商按时布展。</p><p>【责任编辑：王五】</p></div></body></html>',
	);
	importHelp = run('pnpm', ['exec', 'pavilion-import', '--help'], project);
	importOutput = run('pnpm', ['exec', 'pavilion-import', '--offline', 'old-site'], project);
	newArticleOutput = run(
		'pnpm',
		['exec', 'pavilion-new-article', '--locale', 'en', '--title', 'Floor plan published', '--category', 'news'],
		project,
	);
	run('pnpm', ['exec', 'astro', 'build'], project);
	site = readSite(join(project, 'dist'));
}, 600_000);
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe('astro-pavilion installed from its tarball in a new project', () => {
	it('builds the pages in both languages', () => {
		for (const path of ['/', '/en/', '/news/', '/news/kaimu/', '/en/news/dates/', '/news/archive/', '/search/'])
			expect(site.exists(path), path).toBe(true);
		expect(site.page('/news/kaimu/').querySelector('.language-switch a[hreflang="en"]')?.getAttribute('href')).toBe('/en/news/dates/');
	});
	it('writes the feeds, the search index and the offline worker', () => {
		expect(site.text('/rss.xml')).toContain('<title>示例博览会定档六月</title>');
		expect(site.text('/en/rss.xml')).toContain('Example Fair set for June');
		expect(Object.keys((JSON.parse(site.text('/pagefind/pagefind-entry.json')) as { languages: object }).languages).sort()).toEqual([
			'en',
			'zh-cn',
		]);
		expect(site.exists('/sw.js')).toBe(true);
		expect(site.exists('/sitemap-index.xml')).toBe(true);
	});
	it("imports an old site's page with the package's pavilion-import command, and builds it with its source line", () => {
		expect(importOutput).toMatch(/written: site\/articles\/zh\/[\w-]+\.md/);
		const path = /\((\/news\/[\w-]+\/)\)/.exec(importOutput)![1]!;
		const article = site.page(path);
		expect(article.querySelector('article h1')?.text).toBe('展商须知发布');
		expect(article.querySelector('article .source-line')?.text).toContain('示例日报');
		expect(article.querySelector('article')?.text).toContain('王五');
	});
	it('starts an article with the pavilion-new-article command, from the options in astro.config.mjs', () => {
		expect(importHelp).toContain('--dry-run');
		expect(newArticleOutput).toContain('site/articles/en/floor-plan-published.md');
		const [, frontMatter] =
			/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(project, 'site/articles/en/floor-plan-published.md'), 'utf8')) ?? [];
		expect(parse(frontMatter ?? '')).toMatchObject({ title: 'Floor plan published', category: 'news', draft: true });
	});
	it('ships only the sources a site needs', () => {
		const listing = run('tar', ['-tzf', join(workdir, tarball('astro-pavilion'))], workdir);
		expect(listing).toContain('package/index.ts');
		expect(listing).toContain('package/features/offline/service-worker/sw.ts');
		expect(listing).toContain('package/features/search/components/Search.astro');
		expect(listing).toContain('package/README.md');
		expect(listing).toContain('package/LICENSE');
		expect(listing).toContain('package/tools.ts');
		expect(listing).not.toMatch(/package\/(importer|bin)\/|__tests__|__e2e__|__fixtures__|\.test\.ts/);
	});
	it('ships the commands as JavaScript, without their sources', () => {
		const listing = run('tar', ['-tzf', join(workdir, tarball('pavilion-import'))], workdir);
		expect(listing).toContain('package/dist/cli.js');
		expect(listing).toContain('package/dist/new-article.js');
		expect(listing).not.toMatch(/\.ts$|__fixtures__/m);
	});
});
