import type { SiteExhibitor } from './directory.ts';

/** What a card shows (features/exhibitors/components/ExhibitorCard.astro): the same for the pages and the instant filters' data. */
export interface CardExhibitor {
	slug: string;
	url: string;
	name: string;
	legalName: string | undefined;
	logo: { src: string; width: number; height: number } | undefined;
	hall: { key: string; label: string };
	stand: string;
	sectors: { label: string }[];
}

export function cardOf(exhibitor: SiteExhibitor): CardExhibitor {
	const logo = exhibitor.logo?.card;
	return {
		slug: exhibitor.slug,
		url: exhibitor.url,
		name: exhibitor.name,
		legalName: exhibitor.legalName,
		logo: logo && { src: logo.src, width: Number(logo.attributes.width), height: Number(logo.attributes.height) },
		hall: exhibitor.hall,
		stand: exhibitor.stand,
		sectors: exhibitor.sectors,
	};
}

/** The A–Z headings of a list cut into pages: where each letter starts (its page, and its anchor there). */
export function letterStarts(exhibitors: readonly { letter: string }[], pageSize: number): { letter: string; page: number }[] {
	const starts: { letter: string; page: number }[] = [];
	exhibitors.forEach((exhibitor, index) => {
		if (starts.at(-1)?.letter !== exhibitor.letter) starts.push({ letter: exhibitor.letter, page: Math.floor(index / pageSize) + 1 });
	});
	return starts;
}

/** The anchor of a letter's heading: "#" is no valid fragment on its own. */
export const letterId = (letter: string) => `letter-${letter === '#' ? 'other' : letter}`;
