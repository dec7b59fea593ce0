/**
 * schema.org structured data, built from the same settings and articles as the pages.
 * Serialization is safe inside <script>: no text can close the element or open a comment.
 */
import type { ExpoStatus } from './expo-status.ts';
import { isoWithOffset } from './dates.ts';
import type { ExpoSpan } from './expo-times.ts';

export type JsonLd = Record<string, unknown>;

export function jsonLdHtml(data: JsonLd | JsonLd[]): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

const EVENT_STATUS: Record<ExpoStatus, string> = {
	scheduled: 'https://schema.org/EventScheduled',
	postponed: 'https://schema.org/EventPostponed',
	cancelled: 'https://schema.org/EventCancelled',
	rescheduled: 'https://schema.org/EventRescheduled',
	'moved-online': 'https://schema.org/EventMovedOnline',
};

export interface OrganizationInput {
	name: string;
	url: string;
	logo?: string | undefined;
	email?: string | undefined;
	phones?: { label: string; number: string }[];
}

export function organization({ name, url, logo, email, phones = [] }: OrganizationInput): JsonLd {
	return {
		'@type': 'Organization',
		name,
		url,
		...(logo && { logo: { '@type': 'ImageObject', url: logo } }),
		...(email && { email }),
		...(phones.length > 0 && {
			contactPoint: phones.map((phone) => ({ '@type': 'ContactPoint', telephone: phone.number, contactType: phone.label })),
		}),
	};
}

export interface EventInput {
	name: string;
	description?: string | undefined;
	expo: { status: ExpoStatus; previousStartDate?: string | undefined; timezone: string; registrationUrl?: string | undefined };
	span: ExpoSpan;
	venue: { name: string; address: string };
	organizers: { name: string; url?: string | undefined }[];
	url: string;
	image?: string | undefined;
	lang: string;
}

/** The fair as an ExhibitionEvent, with dates in its own time zone and its status spelled the way search engines read it. */
export function exhibitionEvent({ name, description, expo, span, venue, organizers, url, image, lang }: EventInput): JsonLd {
	const date = (instant: Date) =>
		span.allDay ? isoWithOffset(instant, expo.timezone).slice(0, 10) : isoWithOffset(instant, expo.timezone);
	const online = expo.status === 'moved-online';
	const place = { '@type': 'Place', name: venue.name, address: { '@type': 'PostalAddress', streetAddress: venue.address } };
	return {
		'@context': 'https://schema.org',
		'@type': 'ExhibitionEvent',
		'@id': fairEventId(url),
		name,
		...(description && { description }),
		startDate: date(span.start),
		// All-day spans end at midnight after the last day; the event's own end date is the day before.
		endDate: span.allDay ? isoWithOffset(new Date(span.end.getTime() - 1), expo.timezone).slice(0, 10) : date(span.end),
		eventStatus: EVENT_STATUS[expo.status],
		eventAttendanceMode: online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
		location: online ? [{ '@type': 'VirtualLocation', url }, place] : place,
		...(expo.previousStartDate &&
			(expo.status === 'rescheduled' || expo.status === 'postponed') && { previousStartDate: expo.previousStartDate }),
		organizer: organizers.map((organizer) => ({
			'@type': 'Organization',
			name: organizer.name,
			...(organizer.url && { url: organizer.url }),
		})),
		url,
		...(image && { image: [image] }),
		...(expo.registrationUrl &&
			expo.status !== 'cancelled' && {
				offers: { '@type': 'Offer', url: expo.registrationUrl, availability: 'https://schema.org/InStock' },
			}),
		inLanguage: lang,
	};
}

/** The fair's node in structured data: its home page in the language, so an exhibitor's page can point at it. */
export const fairEventId = (homeUrl: string) => `${homeUrl}#event`;

export interface ExhibitorInput {
	name: string;
	/** Its registered name, when the page shows a translation. */
	legalName?: string | undefined;
	/** Its page on this site. */
	url: string;
	website?: string | undefined;
	logo?: string | undefined;
	description?: string | undefined;
	region: string;
	email?: string | undefined;
	phone?: string | undefined;
	/** The fair it exhibits at: its @id, name and home page (exhibitionEvent). */
	fair: { id: string; name: string; url: string; startDate: string; endDate: string };
	lang: string;
}

/** An exhibitor as an Organization, linked to the fair's ExhibitionEvent (schema.org Organization.event). */
export function exhibitorOrganization(input: ExhibitorInput): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': `${input.url}#organization`,
		name: input.name,
		...(input.legalName && { legalName: input.legalName, alternateName: input.legalName }),
		url: input.website ?? input.url,
		...(input.website && { sameAs: [input.url] }),
		...(input.logo && { logo: { '@type': 'ImageObject', url: input.logo } }),
		...(input.description && { description: input.description }),
		address: { '@type': 'PostalAddress', addressCountry: input.region },
		...(input.email && { email: input.email }),
		...(input.phone && { telephone: input.phone }),
		event: {
			'@type': 'ExhibitionEvent',
			'@id': input.fair.id,
			name: input.fair.name,
			url: input.fair.url,
			startDate: input.fair.startDate,
			endDate: input.fair.endDate,
		},
		mainEntityOfPage: input.url,
		inLanguage: input.lang,
	};
}

export interface SessionEventInput {
	name: string;
	description?: string | undefined;
	url: string;
	/** With the fair's offset. */
	start: string;
	end: string;
	status: 'scheduled' | 'moved' | 'cancelled';
	/** A moved session's earlier start. */
	previousStart?: string | undefined;
	location: { name: string; venue: string; address: string };
	performers: { name: string; url: string; organization?: string | undefined }[];
	/** The fair's ExhibitionEvent: its @id, name and home page (exhibitionEvent). */
	fair: { id: string; name: string; url: string };
	/** The language spoken: "zh", "en", "zh-en". */
	language: string;
	lang: string;
}

const SESSION_STATUS: Record<SessionEventInput['status'], string> = {
	scheduled: 'https://schema.org/EventScheduled',
	moved: 'https://schema.org/EventRescheduled',
	cancelled: 'https://schema.org/EventCancelled',
};

/** A session of the programme as an Event inside the fair (superEvent), with its room, speakers and status. */
export function sessionEvent(input: SessionEventInput): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		'@id': `${input.url}#event`,
		name: input.name,
		...(input.description && { description: input.description }),
		url: input.url,
		startDate: input.start,
		endDate: input.end,
		eventStatus: SESSION_STATUS[input.status],
		...(input.status === 'moved' && input.previousStart && { previousStartDate: input.previousStart }),
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location: {
			'@type': 'Place',
			name: `${input.location.name}, ${input.location.venue}`,
			address: { '@type': 'PostalAddress', streetAddress: input.location.address },
		},
		...(input.performers.length > 0 && {
			performer: input.performers.map((performer) => ({
				'@type': 'Person',
				name: performer.name,
				url: performer.url,
				...(performer.organization && { affiliation: { '@type': 'Organization', name: performer.organization } }),
			})),
		}),
		superEvent: { '@type': 'ExhibitionEvent', '@id': input.fair.id, name: input.fair.name, url: input.fair.url },
		inLanguage: input.language.split('-'),
	};
}

export interface NewsArticleInput {
	headline: string;
	description: string;
	url: string;
	published: string;
	modified: string;
	author?: string | undefined;
	publisher: JsonLd;
	image?: string | undefined;
	lang: string;
	section: string;
	keywords: string[];
	source?: { name: string; url?: string | undefined; title?: string | undefined; author?: string | undefined } | undefined;
}

export function newsArticle(input: NewsArticleInput): JsonLd {
	const { source } = input;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: input.headline,
		description: input.description,
		url: input.url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
		datePublished: input.published,
		dateModified: input.modified,
		author: input.author ? [{ '@type': 'Person', name: input.author }] : [input.publisher],
		publisher: input.publisher,
		...(input.image && { image: [input.image] }),
		inLanguage: input.lang,
		articleSection: input.section,
		...(input.keywords.length > 0 && { keywords: input.keywords }),
		...(source && { sourceOrganization: { '@type': 'Organization', name: source.name } }),
		...(source &&
			(source.url || source.title) && {
				isBasedOn: {
					'@type': 'NewsArticle',
					...(source.url && { url: source.url }),
					...(source.title && { headline: source.title, name: source.title }),
					...(source.author && { author: { '@type': 'Person', name: source.author } }),
					publisher: { '@type': 'Organization', name: source.name },
				},
			}),
	};
}

export function breadcrumbs(items: { name: string; url: string }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
	};
}
