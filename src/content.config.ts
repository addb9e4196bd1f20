import { defineCollection } from 'astro:content';
import { strictGlob } from './loaders/strict-glob';
import type { CollectionName } from './schemas/collections';
import { countrySchema } from './schemas/country';
import { correctionSchema } from './schemas/correction';
import { eventSchema } from './schemas/event';
import { factSchema } from './schemas/fact';
import { glossarySchema } from './schemas/glossary';
import { infoPageSchema } from './schemas/info-page';
import { articleSchema, topicSchema } from './schemas/page';
import { sourceSchema } from './schemas/source';
import { treatySchema } from './schemas/treaty';

/** Every collection lives in the top-level content/ folder, one file per entry; file name = id. */
const from = (folder: CollectionName, pattern: string) =>
  strictGlob({ base: `./content/${folder}`, pattern });

export const collections = {
  countries: defineCollection({
    loader: from('countries', '**/*.{yaml,yml}'),
    schema: countrySchema,
  }),
  sources: defineCollection({ loader: from('sources', '**/*.{yaml,yml}'), schema: sourceSchema }),
  facts: defineCollection({ loader: from('facts', '**/*.{yaml,yml}'), schema: factSchema }),
  events: defineCollection({ loader: from('events', '**/*.{yaml,yml}'), schema: eventSchema }),
  articles: defineCollection({ loader: from('articles', '**/*.mdx'), schema: articleSchema }),
  topics: defineCollection({ loader: from('topics', '**/*.mdx'), schema: topicSchema }),
  corrections: defineCollection({
    loader: from('corrections', '**/*.{yaml,yml}'),
    schema: correctionSchema,
  }),
  treaties: defineCollection({
    loader: from('treaties', '**/*.{yaml,yml}'),
    schema: treatySchema,
  }),
  glossary: defineCollection({
    loader: from('glossary', '**/*.{yaml,yml}'),
    schema: glossarySchema,
  }),
  pages: defineCollection({ loader: from('pages', '**/*.mdx'), schema: infoPageSchema }),
} satisfies Record<CollectionName, unknown>;
