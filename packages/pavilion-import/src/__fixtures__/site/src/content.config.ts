import { defineCollection } from 'astro:content';
import { articlesLoader, articlesSchema } from 'astro-pavilion/content';

export const collections = { articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }) };
