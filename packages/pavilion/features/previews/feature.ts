import type { PavilionFeature } from '../feature.ts';
import { copyPreviews, drawPreviews } from './previews.ts';

/**
 * Link previews: the 1200×630 image of each article without a cover, drawn from the site model's
 * facts once the pages are written. The pages name the image whether or not it is drawn yet.
 */
export const previews: PavilionFeature = {
	name: 'previews',
	option: 'linkPreviews',
	isOn: (config) => config.linkPreviews,
	routes: () => [],
	afterBuild: {
		round: 1,
		run: async ({ facts, outDir, cacheDir, urls, handedOff, othersHandedOff }) => {
			const drawing = drawPreviews(facts.previews, cacheDir, urls.base);
			// Takumi draws on a worker: this thread copies the drawn files once the others' work runs elsewhere too.
			handedOff();
			const [summary] = await Promise.all([drawing, othersHandedOff]);
			copyPreviews(facts.previews, outDir, cacheDir, urls.base);
			return summary.drawn + summary.reused > 0
				? `Link previews: ${summary.drawn} drawn, ${summary.reused} from the cache, in ${summary.seconds.toFixed(1)} s`
				: undefined;
		},
	},
};
