import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUserConfig } from '../config/user-config.ts';
import { pavilionRoutes } from '../integrations/routes.ts';
import { FEATURES, featuresOn } from './index.ts';

const site = {
	title: { zh: '青潭智博会', en: 'QTSE' },
	expo: { name: '青潭智博会', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: '博览中心', address: '博览大道1号' } },
};
const exhibitors = {
	sectors: { robotics: { zh: '工业机器人', en: 'Robotics' } },
	halls: { 'hall-1': { name: { zh: '1号馆', en: 'Hall 1' }, floorPlan: 'site/images/halls/hall-1.png' } },
};
const programme = { rooms: { 'main-forum': { name: '主论坛厅' } }, tracks: { forums: '论坛' } };
const allOn: Record<string, unknown> = { ...site, linkPreviews: true, search: true, press: {}, cms: true, exhibitors, programme };
const allOff: Record<string, unknown> = { ...site, linkPreviews: false, search: false, offline: false, press: false, cms: false };
const featureRoutes = (options: Record<string, unknown>) => {
	const config = parseUserConfig(options);
	return pavilionRoutes(config, featuresOn(config)).filter((route) => route.entrypoint.startsWith('astro-pavilion/features/'));
};

describe('the features', () => {
	it('are listed once each, in the post-build order: previews and search together, then offline, which caches the index', () => {
		expect(FEATURES.map((feature) => feature.name)).toEqual([
			'previews',
			'search',
			'offline',
			'editor',
			'press',
			'exhibitors',
			'programme',
		]);
		expect(FEATURES.map((feature) => feature.afterBuild?.round)).toEqual([1, 1, 2, undefined, undefined, undefined, undefined]);
	});

	it('add nothing when their options turn them off', () => {
		expect(featuresOn(parseUserConfig(allOff))).toEqual([]);
		expect(featureRoutes(allOff)).toEqual([]);
	});

	it('each add their routes, from their own folder, when on', () => {
		const routes = featureRoutes(allOn).map((route) => route.entrypoint.replace('astro-pavilion/features/', ''));
		expect(routes).toEqual([
			'search/routes/Search.astro',
			'offline/routes/Offline.astro',
			'offline/routes/manifest.webmanifest.ts',
			'editor/routes/Admin.astro',
			'editor/routes/admin-config.yml.ts',
			'press/routes/Press.astro',
			'exhibitors/routes/Directory.astro',
			'exhibitors/routes/FilteredList.astro',
			'exhibitors/routes/Exhibitor.astro',
			'exhibitors/routes/Plan.astro',
			'exhibitors/routes/directory.json.ts',
			'programme/routes/Programme.astro',
			'programme/routes/Session.astro',
			'programme/routes/session.ics.ts',
			'programme/routes/programme.ics.ts',
			'programme/routes/schedule.xml.ts',
			'programme/routes/schedule.json.ts',
			'programme/routes/Speaker.astro',
		]);
	});

	it('are turned off each by its own option alone', () => {
		for (const feature of FEATURES) {
			const config = parseUserConfig({ ...allOn, [feature.option]: false });
			expect(featuresOn(config).map(({ name }) => name)).toEqual(FEATURES.filter((other) => other !== feature).map(({ name }) => name));
		}
	});

	it('name their pages that every locale has, for the language links', () => {
		expect(featuresOn(parseUserConfig(allOn)).flatMap((feature) => feature.localePages ?? [])).toEqual([
			'search',
			'offline',
			'press',
			'exhibitors',
			'exhibitors/plan',
			'programme',
		]);
	});

	it('leave the editor’s pages out of the sitemap', () => {
		const config = parseUserConfig(allOn);
		expect(featuresOn(config).flatMap((feature) => feature.sitemapExclusions?.(config, '/expo/') ?? [])).toEqual([
			'/expo/admin/',
			'/expo/en/admin/',
		]);
	});

	it('load no heavy package when the integration loads: it is required when a step runs', () => {
		const folder = fileURLToPath(new URL('.', import.meta.url));
		const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
			(path) => /\.(ts|mjs)$/.test(path) && !path.endsWith('.test.ts'),
		);
		const heavy = /^\s*import\s[^'"]*?from\s*['"](pagefind|@takumi-rs\/core|sharp|esbuild|workbox-build|decap-cms)['"]/m;
		expect(files.filter((path) => !path.includes('service-worker/') && heavy.test(readFileSync(join(folder, path), 'utf8')))).toEqual([]);
	});
});
