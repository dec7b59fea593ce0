import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { expect, it } from 'vitest';
import { cjkEmphasisPlugin } from '../packages/pavilion/integrations/cjk-emphasis.ts';

/**
 * The demo's articles are real press writing, so they show what the theme's CJK emphasis rule
 * changes in practice. This check lives with the demo, not in the theme's own tests, which read
 * no file of the demo.
 */
async function render(markdown: string, withPlugin: boolean): Promise<string> {
	const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: withPlugin ? [cjkEmphasisPlugin] : [] });
	return (await processor.render(markdown)).code.trim();
}

it('renders every demo article as before, except literal asterisks or tildes next to Chinese', async () => {
	const root = fileURLToPath(new URL('../site/articles/', import.meta.url));
	const files = ['zh', 'en'].flatMap((locale) =>
		readdirSync(join(root, locale))
			.filter((file) => file.endsWith('.md'))
			.map((file) => join(root, locale, file)),
	);
	expect(files.length).toBeGreaterThan(40);
	for (const file of files) {
		const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
		const [before, after] = await Promise.all([render(body, false), render(body, true)]);
		if (!/\*\*|~~/.test(before)) expect(after, file).toBe(before);
		else expect(after, file).not.toMatch(/\*\*|~~/);
	}
});
