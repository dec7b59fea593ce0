/**
 * The programme as the site model builds it (runtime/site-model.ts reaches this module through
 * virtual:pavilion/programme only when the `programme` option is on): the speakers' photos by astro:assets.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { SiteArticle } from '../../../runtime/site-model.ts';
import type { ProgrammeOptions } from '../../../schemas/programme-options.ts';
import { buildProgramme, type Programme, type SessionEntry, type SpeakerEntry } from './programme.ts';

/** A portrait is shown at 8rem on a speaker's page and 3rem beside a session: 2× the larger, never enlarged. */
const PHOTO_WIDTH = 256;

export function programmeOf(
	sessions: readonly SessionEntry[],
	speakers: readonly SpeakerEntry[],
	articles: readonly SiteArticle[],
	options: ProgrammeOptions,
	site: string,
): Promise<Programme> {
	const photoImages = (source: ImageMetadata) => getImage({ src: source, width: Math.min(PHOTO_WIDTH, source.width), alt: '' });
	const naming = articles
		.filter((article) => article.data.sessions.length > 0)
		.map((article) => ({
			locale: article.locale,
			url: article.url,
			title: article.data.title,
			date: article.published,
			filePath: article.entry.filePath,
			sessions: article.data.sessions,
		}));
	return buildProgramme(sessions, speakers, { photoImages, options, site, articles: naming });
}
