import { SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';
import { writeSaveLists, writeServiceWorker } from './service-worker.ts';

/** Offline reading: the service worker, which caches the site shell and the search index, the offline page and the web app manifest. */
export const offline: PavilionFeature = {
	name: 'offline',
	option: 'offline',
	isOn: (config) => config.offline !== false,
	routes: () => [
		{ pattern: `/[...locale]/${SEGMENTS.offline}`, entrypoint: 'astro-pavilion/features/offline/routes/Offline.astro' },
		{ pattern: `/[...locale]/${SEGMENTS.manifest}`, entrypoint: 'astro-pavilion/features/offline/routes/manifest.webmanifest.ts' },
	],
	localePages: [SEGMENTS.offline],
	afterBuild: {
		// The worker lists the search index's files: it is written once search has indexed the site.
		round: 2,
		run: async ({ config, facts, outDir, urls, buildId }) => {
			writeSaveLists(facts.saveLists, outDir, urls.base, buildId);
			const worker = await writeServiceWorker({ outDir, urls, locales: Object.keys(config.locales), buildId });
			return `Offline cache: ${worker.entries} shell files and ${worker.searchFiles} search index files, ${(worker.precacheBytes / 1024 / 1024).toFixed(1)} MiB; sw.js ${(worker.workerBytes / 1024).toFixed(1)} KiB`;
		},
	},
};
