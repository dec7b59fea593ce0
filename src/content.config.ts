import { defineCollection } from 'astro:content';
import {
	articlesLoader,
	articlesSchema,
	exhibitorsLoader,
	exhibitorsSchema,
	sessionsLoader,
	sessionsSchema,
	speakersLoader,
	speakersSchema,
} from 'astro-pavilion/content';

export const collections = {
	articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }),
	exhibitors: defineCollection({ loader: exhibitorsLoader(), schema: exhibitorsSchema() }),
	sessions: defineCollection({ loader: sessionsLoader(), schema: sessionsSchema() }),
	speakers: defineCollection({ loader: speakersLoader(), schema: speakersSchema() }),
};
