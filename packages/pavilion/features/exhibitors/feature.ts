import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { imageImport } from '../../integrations/virtual-modules.ts';
import { SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';

const route = (path: string, file: string) => ({
	pattern: `/[...locale]/${SEGMENTS.exhibitors}${path}`,
	entrypoint: `astro-pavilion/features/exhibitors/routes/${file}`,
});

/** Where Astro looks for a site's collections. */
const CONTENT_CONFIGS = ['src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs'];

/**
 * The exhibitor directory (展商名录): every exhibitor by name, hall, sector and region, a page
 * each, static filtered lists that work without script, and the reader's visit plan.
 */
export const exhibitors: PavilionFeature = {
	name: 'exhibitors',
	option: 'exhibitors',
	isOn: (config) => config.exhibitors !== false,
	routes: () => [
		route('/[...page]', 'Directory.astro'),
		route('/[by]/[key]/[...page]', 'FilteredList.astro'),
		route('/[slug]', 'Exhibitor.astro'),
		route(`/${SEGMENTS.plan}`, 'Plan.astro'),
		route(`/${SEGMENTS.directoryData}`, 'directory.json.ts'),
	],
	localePages: [SEGMENTS.exhibitors, `${SEGMENTS.exhibitors}/${SEGMENTS.plan}`],
	setup: ({ config, root, warn }) => {
		const options = config.exhibitors;
		if (!options) return {};
		const contentConfig = CONTENT_CONFIGS.map((path) => new URL(path, root)).find((file) => existsSync(file));
		if (!contentConfig || !readFileSync(contentConfig, 'utf8').includes('exhibitorsLoader'))
			warn(
				'exhibitors: the option is on, but src/content.config.ts has no exhibitors collection, so the directory is empty; expected `exhibitors: defineCollection({ loader: exhibitorsLoader(), schema: exhibitorsSchema() })` (docs/exhibitors.md)',
			);
		const plans = Object.entries(options.halls).map(
			([hall, { floorPlan }], index) =>
				[
					`import plan${index} from ${imageImport(floorPlan, root, `exhibitors.halls.${hall}.floorPlan`, 'site/images/halls/hall-1.png')};`,
					`${JSON.stringify(hall)}: plan${index}`,
				] as const,
		);
		const file = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));
		return {
			virtualModules: {
				'virtual:pavilion/exhibitors': `${plans.map(([line]) => line).join('\n')}\nexport const floorPlans = { ${plans.map(([, entry]) => entry).join(', ')} };`,
				// How the core's site model and article page reach the directory (see integrations/virtual-modules.ts for the modules when it is off).
				'virtual:pavilion/directory': `export { directoryOf } from ${file('./runtime/model.ts')};`,
				'virtual:pavilion/article-exhibitors': `export { default } from ${file('./components/ArticleExhibitors.astro')};`,
			},
		};
	},
};
