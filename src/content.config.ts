import { defineCollection } from 'astro:content';
import { articlesLoader, articlesSchema, exhibitorsLoader, exhibitorsSchema } from 'astro-pavilion/content';

export const collections = {
	articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }),
	exhibitors: defineCollection({ loader: exhibitorsLoader(), schema: exhibitorsSchema() }),
};
