import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text } from './common';
import { timestamp } from './dates';

/**
 * A phrase that counts as a use of a term in running text: matched as whole words, wherever it
 * wraps onto the next line. A word written with two or more capitals (MNNA, NATO, PPT) is an
 * acronym and must appear exactly so; every other letter matches in either case, so a phrase
 * also matches at the start of a sentence.
 */
const phrase = text.max(80, { error: 'a phrase is a few words; keep it under 80 characters' });

const phrases = z
  .array(phrase)
  .min(1, { error: 'give at least one phrase that counts as a use of the term' });

/** Two sentences at most, in plain words: the glossary is not the explainer. */
const definition = text
  .min(40, { error: 'write a definition of at least 40 characters' })
  .max(400, { error: 'keep the definition under 400 characters: one or two plain sentences' });

/** Where a term is explained at length: a page of the site, by the entry it shows. */
const explainedAt = z
  .union([
    z.strictObject({
      topic: reference('topics').describe('A background topic, by file name.'),
    }),
    z.strictObject({
      ally: reference('countries').describe("An ally's page, by the country's file name."),
    }),
  ])
  .describe('A topic (`topic: what-mnna-status-means`) or an ally page (`ally: colombia`).');

/** The words of an entry in one language. */
const wording = {
  term: text.max(80).describe('The term as the glossary lists it, e.g. "major non-NATO ally".'),
  abbreviations: z
    .array(text.max(20))
    .default([])
    .describe('Its abbreviations as readers meet them, e.g. `[MNNA]`; none for most terms.'),
  definition: definition.describe(
    'What it means, in one or two plain sentences that the fact sheet supports (40–400 characters).',
  ),
  phrases: phrases.describe(
    'The phrases that count as a use of the term in running text, e.g. `[major non-NATO ally, MNNA]`: whole words; an acronym matches only in capitals, other words in either case; list plurals separately.',
  ),
};

/**
 * A glossary entry: a term readers meet on the site, defined in both languages, the phrases
 * that link its first use on a page to its entry, and where the site explains it at length.
 */
export const glossarySchema = z.strictObject({
  ...wording,
  explainedAt: z
    .array(explainedAt)
    .min(1, { error: 'name at least one page that explains the term' })
    .describe(
      'Where the site explains the term, first the main place: `- topic: <slug>` or `- ally: <slug>`.',
    ),
  updated: timestamp.describe(
    'When the entry last changed, as a date (YYYY-MM-DD); the glossary page is dated by the latest.',
  ),
  translations: z
    .strictObject({
      es: z
        .strictObject(wording)
        .describe('The term, abbreviations, definition and phrases in Spanish.'),
    })
    .describe(
      'The entry in Spanish, required: `es: { term, abbreviations, definition, phrases }`. Spanish phrases link Spanish pages.',
    ),
});

export type GlossaryData = z.output<typeof glossarySchema>;
