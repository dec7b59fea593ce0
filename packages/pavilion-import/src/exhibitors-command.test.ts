import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from './test-utils.ts';

const script = fileURLToPath(new URL('./cli.ts', import.meta.url));
const project = tempProject();
afterAll(() => project.remove());

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
	try {
		const stdout = execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		return { status: 0, stdout, stderr: '' };
	} catch (error) {
		const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
		return { status, stdout, stderr };
	}
}

function write(path: string, text: string): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
}

/**
 * A site whose pavilion() options have the exhibitor directory, read through a stand-in theme in its
 * node_modules (the theme's own options schema gains `exhibitors` with the directory feature).
 */
function siteWithDirectory(name: string, exhibitors: string): string {
	const root = join(project.root, name);
	const theme = join(root, 'node_modules', 'astro-pavilion');
	write(join(root, 'package.json'), '{ "name": "site", "type": "module" }');
	write(
		join(theme, 'package.json'),
		'{ "name": "astro-pavilion", "type": "module", "exports": { ".": "./index.js", "./tools": "./tools.js" } }',
	);
	write(join(theme, 'index.js'), "export default (options) => ({ name: 'astro-pavilion', pavilionOptions: options });\n");
	write(join(theme, 'tools.js'), 'export const siteOptions = (config) => config.integrations[0].pavilionOptions;\n');
	write(
		join(root, 'astro.config.mjs'),
		`import pavilion from 'astro-pavilion';
export default {
	integrations: [
		pavilion({
			defaultLocale: 'zh',
			locales: { zh: { label: '中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
			exhibitors: ${exhibitors},
		}),
	],
};
`,
	);
	return root;
}

const DIRECTORY = `{
	sectors: { robotics: { zh: '工业机器人', en: 'Industrial robotics' }, logistics: { zh: '智能物流', en: 'Smart logistics' } },
	halls: { 'hall-1': { name: { zh: '1号馆', en: 'Hall 1' }, floorPlan: 'site/images/halls/hall-1.png' } },
}`;

const SHEET = `\uFEFF参展企业,Company,展位号,所属行业,国家/地区
青潭澜启机器人有限公司,Lanqi Robotics,1A05,工业机器人,中国
驰衡智能物流有限公司,Chiheng Logistics,1A06,冷链,中国
`;

describe('pavilion-import exhibitors', { timeout: 60_000 }, () => {
	it('is listed in the help, and has its own', () => {
		expect(run('--help').stdout).toContain('pavilion-import exhibitors <list.xlsx | list.csv> [--columns map.json] [--dry-run]');
		expect(run('exhibitors', '--help').stdout).toContain('--columns map.json   headers the known table lacks');
	});

	it("reads the site's sectors and halls, imports the good rows, reports the refused one and exits with 1", () => {
		const root = siteWithDirectory('site', DIRECTORY);
		write(join(root, 'list.csv'), SHEET);
		write(join(root, 'columns.json'), '{ "参展企业": "name.zh", "Company": "name.en" }');
		const args = ['exhibitors', join(root, 'list.csv'), '--root', root, '--columns', join(root, 'columns.json')];

		const dry = run(...args, '--dry-run');
		expect(dry.status).toBe(1);
		expect(existsSync(join(root, 'site'))).toBe(false);
		expect(dry.stdout).toContain('Dry run: nothing was written.');

		const { status, stdout, stderr } = run(...args);
		expect({ status, stderr }).toEqual({ status: 1, stderr: '' });
		expect(readdirSync(join(root, 'site', 'exhibitors'))).toEqual(['lanqi-robotics.yaml']);
		expect(stdout).toContain('added    site/exhibitors/lanqi-robotics.yaml (row 2)');
		expect(stdout).toContain(
			'  ! row 3: sector "冷链" is not one of the site\'s sectors; expected one of robotics (工业机器人 / Industrial robotics), logistics (智能物流 / Smart logistics)',
		);
		expect(stdout).toContain('1 added, 0 updated, 0 unchanged, 1 rows refused, 0 not in the sheet.');
		expect(dry.stdout.replace('Dry run: nothing was written.\n', '')).toBe(stdout.replace(/The other rows were imported\..*\n/, ''));

		// Run again with the same sheet: nothing changes, and the refusal is still reported.
		expect(run(...args).stdout).toContain('0 added, 0 updated, 1 unchanged, 1 rows refused, 0 not in the sheet.');
	});

	it('says in one line what is wrong, without a stack trace', () => {
		const plainly = (...args: string[]) => {
			const { status, stderr } = run(...args);
			expect(status).toBe(1);
			expect(stderr).not.toMatch(/^\s+at /m);
			return stderr.trim();
		};
		const off = siteWithDirectory('off', 'false');
		write(join(off, 'list.csv'), SHEET);
		expect(plainly('exhibitors', join(off, 'list.csv'), '--root', off)).toBe(
			`${join(off, 'astro.config.mjs')}: pavilion() has no exhibitors option; expected exhibitors: { sectors, halls } before importing the exhibitor list.`,
		);
		const root = siteWithDirectory('errors', DIRECTORY);
		expect(plainly('exhibitors', '--root', root)).toBe(
			'Missing: the exhibitor list. Pass the registration system’s export, .xlsx or .csv.',
		);
		expect(plainly('exhibitors', join(root, 'nowhere.xlsx'), '--root', root)).toBe(
			`${join(root, 'nowhere.xlsx')} was not found or cannot be read; expected the exhibitor list as .xlsx or .csv`,
		);
		write(join(root, 'columns.json'), '["参展企业"]');
		write(join(root, 'list.csv'), SHEET);
		expect(plainly('exhibitors', join(root, 'list.csv'), '--root', root, '--columns', join(root, 'columns.json'))).toBe(
			`--columns ${join(root, 'columns.json')}: expected a JSON object of header to field, such as { "参展企业": "name.zh" }`,
		);
		expect(plainly('exhibitors', join(root, 'list.csv'), '--root', root)).toBe(
			`${join(root, 'list.csv')}: no column gives the exhibitor's name; expected one headed 展商名称 or 英文名称 (or named with --columns), found "参展企业", "Company", "展位号", "所属行业", "国家/地区"`,
		);
	});
});
