import { defineCollection } from 'astro:content';
import { documentSchema, gongwenLoader } from 'gongwen';

export const collections = {
  documents: defineCollection({ loader: gongwenLoader('./content'), schema: documentSchema }),
};
