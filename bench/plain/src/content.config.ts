import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const explainers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/explainers' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

export const collections = { explainers };
