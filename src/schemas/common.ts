import { z } from 'astro/zod';
import { LOCALES } from '../settings';
import { SLUG } from './slug';

/** How sure the fact sheet is of a statement: see shared/facts/facts.md for the scale. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const confidence = z.enum(CONFIDENCES);

/**
 * An entry's acknowledgement that every source it cites is state media (a source with
 * `stateMedia`): the page then says so beside it. Without it such an entry fails the build, so a
 * key event never rests on state media unremarked (src/lib/integrity-sources.ts).
 */
export const stateMediaOnly = z
  .literal(true, { error: 'write `stateMediaOnly: true`, or leave the field out' })
  .optional()
  .describe(
    '`true` when every source cited here is state media (sources with `stateMedia`) and no independent one could be found: the page says so beside it. Leave it out otherwise; the build fails when it is missing, and when an independent source makes it untrue.',
  );

/** Language of an entry. */
export const locale = z.enum(LOCALES);

/** A URL readers can follow safely: absolute and https only. */
export const httpsUrl = z
  .string({ error: 'expected a URL' })
  .refine((value) => URL.canParse(value), { error: 'expected an absolute URL, e.g. https://…' })
  .refine((value) => value.startsWith('https://'), {
    error: (issue) => `must be an https:// URL, got "${String(issue.input)}"`,
  });

/** A slug (see ./slug.ts): lower-case words joined by hyphens, e.g. `venezuelans-in-colombia`. */
export const slug = z.string().regex(SLUG, { error: 'use lower-case words joined by hyphens' });

/** A line of plain text: not empty, no leading or trailing spaces. */
export const text = z
  .string({
    // A field-level message overrides z.config's, so "missing" is said here too.
    error: (issue) => (issue.input === undefined ? 'required field is missing' : 'expected text'),
  })
  .trim()
  .min(1, { error: 'must not be empty' });

declare module 'zod/v4/core' {
  interface GlobalMeta {
    /**
     * A field's description in Spanish, beside its English `description`, on fields the site
     * documents to readers (the open data's, listed on /data/ by `fieldDocs`). It lives in the
     * field's own `.meta()` rather than in the Spanish UI dictionary because it documents the
     * data, not the interface: adding, renaming or rewording a field is one edit, in one place,
     * in both languages. `fieldDocs` throws, and tests/unit/field-docs.test.ts fails, when a
     * documented field lacks it; the JSON Schema, which is in English, leaves it out.
     */
    es?: string;
  }
}

/**
 * Say "required" when a field is missing, instead of Zod's generic "Invalid option" or
 * "expected string, received undefined": the message an editor sees names the gap.
 */
z.config({
  customError: (issue) =>
    issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')
      ? 'required field is missing'
      : undefined,
});

/** Grammatical genders a translated name can have, for the words that agree with it. */
export const GRAMMATICAL_GENDERS = ['feminine', 'masculine'] as const;
export type GrammaticalGender = (typeof GRAMMATICAL_GENDERS)[number];

/**
 * Translations of an entry's prose, by locale (only Spanish for now). Facts, dates and sources
 * are shared; only words are translated. Any field may be left out: a missing translation falls
 * back to English, marked lang="en", and the page says so.
 */
export function translations<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ es: z.strictObject(shape).partial().optional() }).default({});
}
