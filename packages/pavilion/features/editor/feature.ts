import { SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';
import { cmsModule, decapFiles, editorPaths } from './cms.ts';

/** The browser editor: Decap CMS, served from the site itself, with its configuration derived from the options. */
export const editor: PavilionFeature = {
	name: 'editor',
	option: 'cms',
	isOn: (config) => config.cms !== false,
	routes: () => [
		{ pattern: `/[...locale]/${SEGMENTS.admin}`, entrypoint: 'astro-pavilion/features/editor/routes/Admin.astro' },
		{ pattern: `/[...locale]/${SEGMENTS.admin}/config.yml`, entrypoint: 'astro-pavilion/features/editor/routes/admin-config.yml.ts' },
	],
	setup: ({ config, root, site, base, articleFields }) => {
		const cms = cmsModule(config, root, site, base, articleFields);
		return { virtualModules: { 'virtual:pavilion/cms': `export default ${JSON.stringify(cms ?? null)};` }, nodeFiles: decapFiles(cms) };
	},
	// The editor's pages are noindex.
	sitemapExclusions: (config, base) => [...editorPaths(config, base)],
};
