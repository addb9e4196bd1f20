import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidence, text, translations } from './common';
import { partialDate, timestamp } from './dates';

/**
 * A date in a treaty's life, with how sure the fact sheet is of it: `{ date: 1954-11-18,
 * confidence: medium }`. Medium and low are shown to readers, as on a country's lifecycle.
 */
export const treatyDateSchema = z.strictObject(
  {
    date: partialDate.describe('When, written YYYY, YYYY-MM or YYYY-MM-DD.'),
    confidence: confidence
      .default('high')
      .describe(
        'How sure the fact sheet is of this date; medium or low is shown to readers. Defaults to high.',
      ),
  },
  {
    // A bare date is the likely slip: say how to write it.
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input !== undefined
        ? 'write the date under `date:`, with its confidence beside it if not high, e.g. `{ date: 1954-11-18, confidence: medium }`'
        : undefined,
  },
);

export type TreatyDate = z.output<typeof treatyDateSchema>;

/**
 * The United States' obligations under a treaty suspended toward one party, which stays a party
 * on paper: New Zealand under ANZUS since 1986.
 */
export const treatySuspensionSchema = z.strictObject({
  country: reference('countries').describe(
    'The party whose treaty tie is suspended, by file name; it must be in `countries`.',
  ),
  date: partialDate.describe(
    'When the United States suspended its obligations, written YYYY, YYYY-MM or YYYY-MM-DD.',
  ),
  confidence: confidence
    .default('high')
    .describe(
      'How sure the fact sheet is of this date; medium or low is shown to readers. Defaults to high.',
    ),
  note: text.describe(
    'Why, in one or two plain sentences, shown with the suspension (e.g. what the party did, and which part of the date is less sure).',
  ),
  sources: z
    .array(reference('sources'))
    .min(1, { error: 'a suspension needs at least one source' })
    .describe('One or more sources for the suspension.'),
  translations: translations({ note: text }).describe(
    'The note in other languages: `es: { note }`.',
  ),
});

export type TreatySuspensionData = z.output<typeof treatySuspensionSchema>;

/** Something readers need to know about a treaty beyond its dates, with its own sources. */
export const treatyNoteSchema = z.strictObject({
  text: text.describe('The note, in one or two plain sentences.'),
  date: partialDate
    .optional()
    .describe('When what it tells happened, if it is dated (YYYY, YYYY-MM or YYYY-MM-DD).'),
  confidence: confidence
    .default('high')
    .describe(
      'How sure the fact sheet is of what the note says; medium or low is shown to readers. Defaults to high.',
    ),
  sources: z
    .array(reference('sources'))
    .min(1, { error: 'a note needs at least one source' })
    .describe('One or more sources for the note.'),
  translations: translations({ text: text }).describe(
    'The note in other languages: `es: { text }`.',
  ),
});

export type TreatyNoteData = z.output<typeof treatyNoteSchema>;

/**
 * A defense treaty that makes countries U.S. treaty allies, which major non-NATO ally status
 * never does. File name = slug. Which allies are treaty allies on a day is computed from these
 * (src/lib/treaties.ts), never typed.
 */
export const treatySchema = z
  .strictObject({
    name: text.describe(
      'The full name in English, as the treaty gives it (e.g. "Mutual Defense Treaty between the United States and the Republic of Korea").',
    ),
    shortName: text.describe(
      'The short name readers know it by, in English (e.g. "ANZUS Treaty", "Manila Pact").',
    ),
    signed: treatyDateSchema.describe('When it was signed: `{ date, confidence }`.'),
    inForce: treatyDateSchema
      .optional()
      .describe(
        'When it entered into force: `{ date, confidence }`. Leave it out when no source gives it; the treaty then counts from its signature.',
      ),
    countries: z
      .array(reference('countries'))
      .min(1, { error: 'a treaty binds at least one country to the United States' })
      .describe(
        'The countries it binds to the United States, by file name (the United States is implied). Only countries this site covers.',
      ),
    suspensions: z
      .array(treatySuspensionSchema)
      .default([])
      .describe('Parties toward which the United States has suspended its obligations.'),
    notes: z
      .array(treatyNoteSchema)
      .default([])
      .describe('Other facts readers need, each with its sources (e.g. a later statement).'),
    sources: z
      .array(reference('sources'))
      .min(1, { error: 'every treaty needs at least one source' })
      .describe('One or more sources for the treaty, its dates and its parties.'),
    updated: timestamp
      .optional()
      .describe(
        "When the entry last changed on this site, as a date (YYYY-MM-DD): set it whenever you change what readers see. Every page that shows it is dated no earlier (the sitemap's lastmod, dcterms.modified, the open data's dateModified).",
      ),
    translations: translations({ name: text, shortName: text }).describe(
      'The name and short name in other languages: `es: { name, shortName }`.',
    ),
  })
  .superRefine((treaty, ctx) => {
    const parties = new Set(treaty.countries.map((c) => c.id));
    treaty.suspensions.forEach((s, i) => {
      if (!parties.has(s.country.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['suspensions', i, 'country'],
          message: `"${s.country.id}" is not among the treaty's countries (${[...parties].join(', ')}); add it there or fix the name`,
        });
      }
    });
    const seen = new Set<string>();
    treaty.countries.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['countries', i],
          message: `"${c.id}" is listed twice`,
        });
      }
      seen.add(c.id);
    });
  });

export type TreatyData = z.output<typeof treatySchema>;
