import { z } from 'astro/zod';
import { httpsUrl, text } from './common';
import { partialDate, timestamp } from './dates';

/** What kind of document a source is; readers weigh a statute differently from a news report. */
export const SOURCE_KINDS = ['statute', 'government', 'report', 'news'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How a document read on another site relates to its original (see `via.form`). */
export const SOURCE_FORMS = [
  'syndicated',
  'copy',
  'text',
  'summary',
  'translation',
  'archive',
] as const;
export type SourceForm = (typeof SOURCE_FORMS)[number];

/**
 * States whose media a source can be marked as (see `stateMedia`). An outlet counts when the
 * state owns or runs it: TASS and Sputnik (Russia), Xinhua (China), Anadolu Agency and TRT
 * (Türkiye). Publicly funded broadcasters with a legal guarantee of editorial independence are
 * not marked, nor are outlets that are only close to a government. Add a state here, and its
 * name in `credit.stateMedia` of both dictionaries, before marking one of its outlets.
 */
export const STATE_MEDIA = ['russia', 'china', 'turkey'] as const;
export type StateMedia = (typeof STATE_MEDIA)[number];

/** One cited document. Everything that cites refers to these entries by id. */
export const sourceSchema = z.strictObject({
  title: text.describe("The document's title as its publisher gives it."),
  publisher: text.describe(
    'Whose work it is, by name only: an agency, a court, a newspaper, a wire service ("Associated Press"). Where it was read goes in `via`, whose figures it relays in `citing`; the site words the connection in each language.',
  ),
  publisherLanguage: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'use a two-letter language code such as en, es or pt' })
    .optional()
    .describe(
      "The language of the publisher's name, when it differs from the document's (`en` for Associated Press on a Spanish-language site). Names are marked with it for screen readers.",
    ),
  via: z
    .strictObject({
      site: text.describe('The site the document was read on ("KION", "Docslib").'),
      form: z
        .enum(SOURCE_FORMS)
        .describe(
          "What that site carries: `syndicated` (the story, republished), `copy` (a copy of the document), `text` (its full text, within the site's own page), `summary` (a summary of it), `translation` (a copy in the language given by `language`), `archive` (an archived copy).",
        ),
    })
    .optional()
    .describe("Where the document was read, when that is not its publisher's own site."),
  citing: text
    .optional()
    .describe('Whose figures or statement a report relays, by name ("Migración Colombia").'),
  stateMedia: z
    .enum(STATE_MEDIA, {
      error: `name the state that controls the outlet (${STATE_MEDIA.join(', ')}), or leave the field out for independent media`,
    })
    .optional()
    .describe(
      'Set when the document comes from a state-controlled outlet, or is a repost of one (Sputnik via UrduPoint News): the state that controls it. Readers see it beside the source ("Russian state media"), and a key event cannot rest on such sources alone (see `stateMediaOnly` on lifecycle steps and events).',
    ),
  url: httpsUrl.describe('Where to read it; https only.'),
  published: partialDate
    .optional()
    .describe(
      'When it was published, to the precision known (YYYY, YYYY-MM or YYYY-MM-DD). Optional for statutes and living pages.',
    ),
  updated: timestamp
    .optional()
    .describe(
      "When the entry last changed on this site, as a date (YYYY-MM-DD): set it whenever you change what readers see. Every page that shows it is dated no earlier (the sitemap's lastmod, dcterms.modified, the open data's dateModified).",
    ),
  kind: z.enum(SOURCE_KINDS).describe('Statute, government document, report (GAO, CRS) or news.'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'use a two-letter language code such as en, es or pt' })
    .default('en')
    .describe(
      'Language the document is written in, as a two-letter ISO 639-1 code (en, es, pt). Defaults to en.',
    ),
  note: text
    .optional()
    .describe('Optional note for readers, e.g. which version of a page was read.'),
});

export type SourceData = z.output<typeof sourceSchema>;
