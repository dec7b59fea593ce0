import { SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';
import { pressKitFiles, pressModule } from './press.ts';

/** The press centre: its page, with the releases, contacts and the press kit's downloads listed at config time. */
export const press: PavilionFeature = {
	name: 'press',
	option: 'press',
	isOn: (config) => config.press !== false,
	routes: () => [{ pattern: `/[...locale]/${SEGMENTS.press}`, entrypoint: 'astro-pavilion/features/press/routes/Press.astro' }],
	localePages: [SEGMENTS.press],
	setup: ({ config, root, warn }) => {
		const kit = pressModule(config, root, warn);
		return { virtualModules: { 'virtual:pavilion/press': `export default ${JSON.stringify(kit)};` }, nodeFiles: pressKitFiles(kit) };
	},
};
