/**
 * The site's exhibitor directory options, `pavilion({ exhibitors: { sectors, halls } })`: the keys
 * an entry may name and their labels, which is what a sheet's cells are matched against ("工业机器人"
 * is the sector robotics, "1号馆" the hall hall-1). The theme validates the option, in
 * schemas/exhibitors-options.ts; this only reads what it gave, and says when the directory is off.
 */

/** One text for every language, or one per locale key. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface ExhibitorsOptions {
	/** Sector key → label. */
	sectors: Readonly<Record<string, LocalizedText>>;
	/** Hall key → its name. */
	halls: Readonly<Record<string, { name: LocalizedText }>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is LocalizedText =>
	typeof value === 'string' || (isRecord(value) && Object.values(value).every((text) => typeof text === 'string'));

/** The labels of a localized text, each language's once. */
export const labelsOf = (text: LocalizedText): string[] => [...new Set(typeof text === 'string' ? [text] : Object.values(text))];

/**
 * The `exhibitors` option of the site's parsed options, or undefined when the directory is off
 * (absent or false). Read without a type from the theme: a theme from before the directory has none.
 */
export function exhibitorsOptionsOf(config: object): ExhibitorsOptions | undefined {
	const option = (config as { exhibitors?: unknown }).exhibitors;
	if (option === undefined || option === false) return undefined;
	const { sectors, halls } = isRecord(option) ? option : {};
	if (
		!isRecord(sectors) ||
		!Object.values(sectors).every(isText) ||
		!isRecord(halls) ||
		!Object.values(halls).every((hall) => isRecord(hall) && isText(hall.name))
	)
		throw new Error(
			'pavilion({ exhibitors }) has no sectors or halls this command can read; expected { sectors: { robotics: { zh: "工业机器人", en: "Industrial robotics" } }, halls: { "hall-1": { name: { zh: "1号馆", en: "Hall 1" }, floorPlan: "…" } } }',
		);
	return {
		sectors: sectors as Record<string, LocalizedText>,
		halls: halls as Record<string, { name: LocalizedText }>,
	};
}
