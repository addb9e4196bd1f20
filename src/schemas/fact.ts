import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidence, slug, text, translations } from './common';
import { partialDate } from './dates';

/**
 * The unit a figure is counted in; decides how it is formatted. `percent` is a share (50.48 →
 * "50.48%"); `percent-change` is a rise or fall, signed (-50 → "a fall of 50%").
 */
export const FACT_UNITS = ['people', 'usd', 'percent', 'percent-change', 'votes', 'count'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/** How the figure relates to the true value, as the source states it. */
export const FACT_QUALIFIERS = ['exact', 'about', 'more-than'] as const;
export type FactQualifier = (typeof FACT_QUALIFIERS)[number];

/**
 * One published figure with its date and source. Figures that measure the same thing at
 * different dates share a `series`, so a chart can plot them.
 */
export const factSchema = z.strictObject({
  label: text.describe('What is measured, in a few words, e.g. "Venezuelans living in Colombia".'),
  value: z
    .number({ error: 'expected a number' })
    .describe(
      'The figure itself, in `unit`s (dollars as whole dollars, shares as percent, e.g. 50.48).',
    ),
  unit: z.enum(FACT_UNITS).describe('What `value` counts.'),
  qualifier: z
    .enum(FACT_QUALIFIERS)
    .default('exact')
    .describe(
      'Whether the source gives the figure exactly, approximately or as a lower bound. Defaults to exact.',
    ),
  asOf: partialDate.describe('The date the figure describes (not when it was published).'),
  periodStart: partialDate
    .optional()
    .describe('For a figure covering a span (e.g. fiscal 2000–2016), when the span starts.'),
  source: reference('sources').describe('The document the figure comes from.'),
  confidence: confidence.describe('How sure the fact sheet is of the figure.'),
  series: slug
    .optional()
    .describe(
      'Key shared by figures that measure the same thing over time, e.g. `venezuelans-in-colombia`.',
    ),
  note: text
    .optional()
    .describe('Optional note shown with the figure, e.g. what changed in the counting method.'),
  translations: translations({ label: text, note: text.optional() }).describe(
    'The label (and note) in other languages: `es: { label, note }`.',
  ),
});

export type FactData = z.output<typeof factSchema>;
