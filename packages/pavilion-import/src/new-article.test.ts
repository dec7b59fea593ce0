import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarDate } from 'astro-pavilion/tools';
import { tempSite } from './test-utils.ts';

const script = fileURLToPath(new URL('./new-article.ts', import.meta.url));
const site = tempSite();
const { root } = site;
afterAll(() => site.remove());

function run(...args: string[]): { status: number; output: string } {
	try {
		return {
			status: 0,
			output: execFileSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
		};
	} catch (error) {
		const { status, stderr } = error as { status: number; stderr: string };
		return { status, output: stderr };
	}
}

describe('pavilion-new-article', () => {
	it('writes a draft with complete front matter, dated today in the fair time zone', () => {
		const { status, output } = run('--locale', 'en', '--title', 'Exhibitor manual released', '--category', 'press');
		expect(status).toBe(0);
		expect(output).toContain('site/articles/en/exhibitor-manual-released.md');
		const text = readFileSync(join(root, 'site/articles/en/exhibitor-manual-released.md'), 'utf8');
		expect(text).toContain(`date: ${calendarDate(new Date(), 'Asia/Shanghai')}\n`);
		expect(text).toMatch(/^---\ntitle: "Exhibitor manual released"\n.*category: press\n.*draft: true\n(# slug: ""\n)?---/s);
	});
	it('refuses to overwrite an existing article', () => {
		const { status, output } = run('--locale', 'en', '--title', 'Exhibitor manual released', '--category', 'press');
		expect(status).not.toBe(0);
		expect(output).toContain('site/articles/en/exhibitor-manual-released.md exists already');
	});
	it('links a translation: same slug, and a translationKey on both versions', () => {
		const { status } = run('--locale', 'en', '--title', 'Policy notes', '--category', 'industry', '--translation-of', 'policy-notes');
		expect(status).toBe(0);
		expect(readFileSync(join(root, 'site/articles/en/policy-notes.md'), 'utf8')).toContain('translationKey: policy-notes\n');
		expect(readFileSync(join(root, 'site/articles/zh/policy-notes.md'), 'utf8')).toMatch(/^---\ntranslationKey: policy-notes\n/);
	});
	it('names what is wrong with a locale or category', () => {
		expect(run('--locale', 'fr', '--title', 'x', '--category', 'news').output).toContain(
			'--locale "fr" is not a configured locale; expected one of zh, en',
		);
		expect(run('--locale', 'zh', '--title', 'x', '--category', 'nwes').output).toContain(
			'--category "nwes" is not a configured category; expected one of news, press, industry, exhibitors',
		);
	});
	it('writes the fields the site adds in pavilion({ articleFields }), read as its build reads them', () => {
		const optionsFile = join(root, 'options.mjs');
		const options = readFileSync(optionsFile, 'utf8');
		writeFileSync(optionsFile, options.replace('export default {', "export default {\n\tarticleFields: './src/article-fields.ts',"));
		mkdirSync(join(root, 'src'), { recursive: true });
		writeFileSync(
			join(root, 'src/article-fields.ts'),
			"import { z } from 'astro/zod';\n\nexport default z.object({\n\tbooth: z.string().describe('Stand number.'),\n\thall: z.number().default(2),\n});\n",
		);
		try {
			const { status } = run('--locale', 'en', '--title', 'Stand plan', '--category', 'news');
			expect(status).toBe(0);
			const text = readFileSync(join(root, 'site/articles/en/stand-plan.md'), 'utf8');
			expect(text).toContain('\nbooth: "" # required: Stand number.\nhall: 2\n');
		} finally {
			writeFileSync(optionsFile, options);
		}
	});
	it('asks for what is missing, and says which flag to pass when it cannot ask', () => {
		const { output } = run('--locale', 'zh');
		expect(output).toContain('Missing: Title. Pass it as a flag');
		expect(output.trim().split('\n')).toHaveLength(1);
	});
});
