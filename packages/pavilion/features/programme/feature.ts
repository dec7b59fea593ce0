import { fileURLToPath } from 'node:url';
import { SEGMENTS } from '../../utils/urls.ts';
import type { PavilionFeature } from '../feature.ts';

const route = (path: string, file: string) => ({
	pattern: `/[...locale]${path}`,
	entrypoint: `astro-pavilion/features/programme/routes/${file}`,
});

/**
 * The programme (同期活动, issue 24): the sessions by day, a page per session and per speaker, a
 * calendar per session and one to subscribe to, and the frab/c3voc files event apps read.
 */
export const programme: PavilionFeature = {
	name: 'programme',
	option: 'programme',
	isOn: (config) => config.programme !== false,
	routes: () => [
		route(`/${SEGMENTS.programme}`, 'Programme.astro'),
		route(`/${SEGMENTS.programme}/[slug]`, 'Session.astro'),
		route(`/${SEGMENTS.programme}/[slug].ics`, 'session.ics.ts'),
		route(`/${SEGMENTS.programme}/${SEGMENTS.programmeCalendar}`, 'programme.ics.ts'),
		route(`/${SEGMENTS.programme}/${SEGMENTS.scheduleXml}`, 'schedule.xml.ts'),
		route(`/${SEGMENTS.programme}/${SEGMENTS.scheduleJson}`, 'schedule.json.ts'),
		route(`/${SEGMENTS.speakers}/[slug]`, 'Speaker.astro'),
	],
	localePages: [SEGMENTS.programme],
	setup: () => ({
		virtualModules: {
			// How the core's site model reaches the programme (integrations/virtual-modules.ts has the module when it is off).
			'virtual:pavilion/programme': `export { programmeOf } from ${JSON.stringify(fileURLToPath(new URL('./runtime/model.ts', import.meta.url)))};`,
			'virtual:pavilion/article-sessions': `export { default } from ${JSON.stringify(fileURLToPath(new URL('./components/ArticleSessions.astro', import.meta.url)))};`,
		},
	}),
};
