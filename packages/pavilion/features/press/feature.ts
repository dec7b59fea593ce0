import { SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';
import { pressModule } from './press.ts';

/** The press centre: its page, with the releases, contacts and the press kit's downloads listed at config time. */
export const press: PavilionFeature = {
	name: 'press',
	option: 'press',
	isOn: (config) => config.press !== false,
	routes: () => [
		{ pattern: `/[...locale]/${SEGMENTS.press}`, entrypoint: 'astro-pavilion/features/press/routes/Press.astro' },
		{
			pattern: `/${SEGMENTS.press}/${SEGMENTS.pressDownloads}/[file]`,
			entrypoint: 'astro-pavilion/features/press/routes/press-download.ts',
		},
	],
	localePages: [SEGMENTS.press],
	virtualModules: ({ config, root, warn }) => ({
		'virtual:pavilion/press': `export default ${JSON.stringify(pressModule(config, root, warn))};`,
	}),
};
