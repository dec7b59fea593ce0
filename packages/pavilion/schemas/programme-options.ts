import { z } from 'astro/zod';
import { expecting } from './expecting.ts';
import { localizedText } from './localized.ts';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
	error: expecting('a lower-case key of letters, digits and dashes, such as "main-forum"'),
});

/**
 * The programme (同期活动, issue 24): off unless given. Rooms are where sessions take place, each
 * with a name per locale and, optionally, the exhibition hall it is in; tracks group sessions
 * (论坛, launches, ceremonies), labelled per locale like categories.
 */
export function programmeOptionsSchema(localeKeys: readonly string[], defaultLocale: string) {
	const text = localizedText(localeKeys, defaultLocale);
	return z
		.union([
			z.literal(false),
			z.strictObject({
				rooms: z
					.record(
						key,
						z.strictObject({
							name: text.describe('The room’s name, e.g. { zh: "主论坛厅", en: "Main Forum Hall" }.'),
							hall: key.optional().describe('The exhibition hall the room is in, a key of the exhibitors option’s halls.'),
						}),
					)
					.refine((rooms) => Object.keys(rooms).length > 0, {
						error: 'is empty; expected at least one room such as { "main-forum": { name: { zh: "主论坛厅", en: "Main Forum Hall" } } }',
					})
					.describe('The rooms sessions take place in: key (used in entries) to name and hall.'),
				tracks: z
					.record(key, text)
					.refine((tracks) => Object.keys(tracks).length > 0, {
						error: 'is empty; expected at least one track such as { forums: { zh: "主题论坛", en: "Forums" } }',
					})
					.describe('Tracks sessions belong to: key (used in URLs and entries) to label.'),
			}),
		])
		.default(false)
		.describe('The programme at /programme/: rooms and tracks. Off (false) by default.');
}

export type ProgrammeOptions = Exclude<z.output<ReturnType<typeof programmeOptionsSchema>>, false>;
