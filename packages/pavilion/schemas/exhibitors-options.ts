import { z } from 'astro/zod';
import { expecting } from './expecting.ts';
import { localizedText } from './localized.ts';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
	error: expecting('a lower-case key of letters, digits and dashes, such as "robotics" or "hall-1"'),
});
const projectFile = z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(png|jpe?g|webp|svg)$/i, {
	error: expecting('a PNG, JPEG, WebP or SVG file inside the project, such as site/images/halls/hall-1.png'),
});

/**
 * The exhibitor directory (展商名录, issue 23): off unless given. Sectors are labelled per locale,
 * like categories; each hall has a name per locale and a floor plan, an image in the project, that
 * every exhibitor's stand links to.
 */
export function exhibitorsOptionsSchema(localeKeys: readonly string[], defaultLocale: string) {
	const text = localizedText(localeKeys, defaultLocale);
	return z
		.union([
			z.literal(false),
			z.strictObject({
				sectors: z
					.record(key, text)
					.refine((sectors) => Object.keys(sectors).length > 0, {
						error: 'is empty; expected at least one sector such as { robotics: { zh: "机器人", en: "Robotics" } }',
					})
					.describe('Sectors an exhibitor may belong to: key (used in URLs and entries) to label.'),
				halls: z
					.record(
						key,
						z.strictObject({
							name: text.describe('The hall’s name, e.g. { zh: "1号馆", en: "Hall 1" }.'),
							floorPlan: projectFile.describe('The hall’s floor plan, an image in the project.'),
						}),
					)
					.refine((halls) => Object.keys(halls).length > 0, {
						error:
							'is empty; expected at least one hall such as { "hall-1": { name: { zh: "1号馆", en: "Hall 1" }, floorPlan: "site/images/halls/hall-1.png" } }',
					})
					.describe('The halls: key to name and floor plan.'),
				pageSize: z
					.number()
					.int()
					.min(12)
					.max(500)
					.default(60)
					.describe('Exhibitors on each page of the directory and its filtered pages.'),
			}),
		])
		.default(false)
		.describe('The exhibitor directory at /exhibitors/: sectors and halls. Off (false) by default.');
}
export type ExhibitorsOptions = Exclude<z.output<ReturnType<typeof exhibitorsOptionsSchema>>, false>;
