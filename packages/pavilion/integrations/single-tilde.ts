import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';

type MdastPluginEntry = SatteriResolvedOptions['mdastPlugins'][number];

/**
 * Strikethrough only between double tildes (`~~取消~~`), never between single ones.
 *
 * GFM lets one tilde strike through too, and Sätteri does so with no option against it, so
 * `展期4月21日~24日，票价20~30元` came out with `24日，票价20` struck through. In Chinese the tilde
 * is the everyday range sign, and nothing press staff write may be silently changed. Each
 * strikethrough whose source opens with a single tilde is put back as what was written: the tilde,
 * its content (bold, links and all, as parsed), the tilde. This is micromark's `singleTilde: false`,
 * which the CJK-friendly re-parse uses too (cjk-reparse.ts), so both parsers agree.
 *
 * It runs before the CJK emphasis plugin, which then sees the tildes as text, as its re-parse does.
 */
function pluginFor(
	source: string,
): Exclude<MdastPluginEntry, ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false> {
	return {
		name: 'astro-pavilion:single-tilde',
		// Node positions, to read how a strikethrough was opened: only documents with a tilde pay for them.
		options: { position: true },
		delete(node, ctx) {
			const start = node.position?.start.offset;
			// GFM closes a strikethrough only with as many tildes as opened it: the opening run tells both.
			if (start === undefined || source[start] !== '~' || source[start + 1] === '~') return;
			ctx.replaceNode(node, [{ type: 'text', value: '~' }, ...node.children, { type: 'text', value: '~' }]);
		},
	};
}

export const singleTildePlugin: MdastPluginEntry = (document) => (document.source.includes('~') ? pluginFor(document.source) : null);
