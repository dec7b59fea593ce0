import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteAt } from './site-config.ts';
import { tempProject } from './test-utils.ts';

const project = tempProject();
afterAll(() => project.remove());

function write(path: string, text: string): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
}

/** A site whose theme is installed in node_modules, as TypeScript, the way a registry install leaves it. */
function siteWithTheme(name: string, tools: string): string {
	const root = join(project.root, name);
	const theme = join(root, 'node_modules', 'astro-pavilion');
	write(join(root, 'package.json'), '{ "name": "site", "type": "module" }');
	write(
		join(theme, 'package.json'),
		'{ "name": "astro-pavilion", "type": "module", "exports": { ".": "./index.ts", "./tools": "./tools.ts" } }',
	);
	write(
		join(theme, 'index.ts'),
		"export default function pavilion(options: unknown): { name: string; pavilionOptions: unknown } {\n\treturn { name: 'astro-pavilion', pavilionOptions: options };\n}\n",
	);
	write(join(theme, 'tools.ts'), tools);
	write(
		join(root, 'astro.config.mjs'),
		"import pavilion from 'astro-pavilion';\nexport default { integrations: [pavilion({ defaultLocale: 'en' })] };\n",
	);
	return root;
}

describe('loadSiteAt', () => {
	it("reads the options with the site's own theme, TypeScript from node_modules included, and leaves no file behind", async () => {
		const root = siteWithTheme(
			'own-theme',
			"export const siteOptions = (config: { integrations: { pavilionOptions: { defaultLocale: string } }[] }) => ({ read: 'by the site theme', ...config.integrations[0]!.pavilionOptions });\nexport const frontmatterSchema = () => 'site schema';\n",
		);
		const site = await loadSiteAt(root);
		expect(site?.config).toEqual({ read: 'by the site theme', defaultLocale: 'en' });
		expect((site?.frontmatterSchema as unknown as () => string)()).toBe('site schema');
		expect(readdirSync(root).sort()).toEqual(['astro.config.mjs', 'node_modules', 'package.json']);
	});
	it("reads the exhibitor directory's sectors and halls, and none when it is off", async () => {
		const root = siteWithTheme(
			'exhibitors',
			'export const siteOptions = (config: { integrations: { pavilionOptions: object }[] }) => ({ ...config.integrations[0]!.pavilionOptions, exhibitors: { sectors: { robotics: { zh: "工业机器人", en: "Industrial robotics" } }, halls: { "hall-1": { name: "1号馆", floorPlan: "site/images/halls/hall-1.png" } }, pageSize: 60 } });\n',
		);
		expect((await loadSiteAt(root))?.exhibitors).toEqual({
			sectors: { robotics: { zh: '工业机器人', en: 'Industrial robotics' } },
			halls: { 'hall-1': { name: '1号馆', floorPlan: 'site/images/halls/hall-1.png' } },
		});
		const off = siteWithTheme(
			'exhibitors-off',
			'export const siteOptions = (config: { integrations: { pavilionOptions: object }[] }) => ({ ...config.integrations[0]!.pavilionOptions, exhibitors: false });\n',
		);
		expect((await loadSiteAt(off))?.exhibitors).toBeUndefined();
	});
	it('says in one line which config could not be read', async () => {
		const root = siteWithTheme('broken-theme', 'export const siteOptions = ;\n');
		await expect(loadSiteAt(root)).rejects.toThrow(/^\S+astro\.config\.mjs could not be read: /);
	});
	it('is undefined without an astro.config.mjs', async () => {
		expect(await loadSiteAt(join(project.root, 'nowhere'))).toBeUndefined();
	});
});
