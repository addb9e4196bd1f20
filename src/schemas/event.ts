import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidence, stateMediaOnly, text, translations } from './common';
import { partialDate } from './dates';

/**
 * A dated event in the story that is not a step in a country's designation: an election, a
 * law, a visit. Articles and topics draw their timelines and "since then" lists from these.
 */
export const eventSchema = z.strictObject({
  title: text
    .max(160, { error: 'keep the title under 160 characters' })
    .describe('What happened, as one short sentence in the past tense.'),
  date: partialDate.describe('When, written YYYY, YYYY-MM or YYYY-MM-DD.'),
  confidence: confidence
    .default('high')
    .describe('How sure the fact sheet is of this event. Defaults to high.'),
  countries: z
    .array(reference('countries'))
    .default([])
    .describe('Countries involved, by file name.'),
  topics: z.array(reference('topics')).default([]).describe('Topics it belongs to, by file name.'),
  sources: z
    .array(reference('sources'))
    .min(1, { error: 'every event needs at least one source' })
    .describe('One or more sources.'),
  stateMediaOnly,
  note: text.optional().describe('Optional note for readers.'),
  translations: translations({ title: text, note: text.optional() }).describe(
    'The title (and note) in other languages: `es: { title, note }`.',
  ),
});

export type EventData = z.output<typeof eventSchema>;
