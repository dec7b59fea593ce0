/**
 * The directory as the site model builds it (runtime/site-model.ts imports this module only when
 * the `exhibitors` option is on): the logos' files by astro:assets, and the articles naming exhibitors.
 */
import { getImage } from 'astro:assets';
import type { GetImageResult, ImageMetadata } from 'astro';
import { floorPlans } from 'virtual:pavilion/exhibitors';
import type { SiteArticle } from '../../../runtime/site-model.ts';
import type { ExhibitorsOptions } from '../../../schemas/exhibitors-options.ts';
import { buildDirectory, type Directory, type ExhibitorEntry, type ExhibitorLogo } from './directory.ts';

/**
 * A logo's files: 2× the box it fills on a card (4.5rem) and on its page (8rem), in WebP, never
 * enlarged; an SVG logo stays a drawing.
 */
export const LOGO_VARIANTS = { card: { width: 144 }, page: { width: 256 } } as const;

/** A floor plan is read on a phone with two fingers: wide enough for its stand numbers, never enlarged. */
const FLOOR_PLAN_WIDTH = 2000;

async function logoImages(source: ImageMetadata): Promise<ExhibitorLogo> {
	const fit = (width: number) => ({ src: source, width: Math.min(width, source.width), alt: '' });
	const [card, page] = await Promise.all([getImage(fit(LOGO_VARIANTS.card.width)), getImage(fit(LOGO_VARIANTS.page.width))]);
	return { card, page };
}

async function floorPlanImages(): Promise<Record<string, GetImageResult>> {
	const plans = await Promise.all(
		Object.entries(floorPlans).map(
			async ([hall, source]) => [hall, await getImage({ src: source, width: Math.min(FLOOR_PLAN_WIDTH, source.width), alt: '' })] as const,
		),
	);
	return Object.fromEntries(plans);
}

export async function directoryOf(
	entries: readonly ExhibitorEntry[],
	articles: readonly SiteArticle[],
	options: ExhibitorsOptions,
): Promise<Directory> {
	const naming = articles
		.filter((article) => article.data.exhibitors.length > 0)
		.map((article) => ({
			locale: article.locale,
			url: article.url,
			title: article.data.title,
			date: article.published,
			filePath: article.entry.filePath,
			exhibitors: article.data.exhibitors,
		}));
	return buildDirectory(entries, naming, { logoImages, floorPlans: await floorPlanImages(), options });
}
