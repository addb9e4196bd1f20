import { reference } from 'astro:content';
import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { confidence, GRAMMATICAL_GENDERS, stateMediaOnly, text, translations } from './common';
import { partialDate, timestamp } from './dates';

/** World regions used to group allies. A closed list: add a value here before using it. */
export const REGIONS = [
  'africa',
  'americas',
  'east-asia',
  'europe',
  'middle-east',
  'oceania',
  'south-asia',
] as const;
export type Region = (typeof REGIONS)[number];

/** An entry's status: formally designated, designation revoked, or treated as one by law. */
export const COUNTRY_STATUSES = ['designated', 'revoked', 'treated-as'] as const;
export type CountryStatus = (typeof COUNTRY_STATUSES)[number];

/** Kinds of step in a designation's life. */
export const EVENT_KINDS = [
  'announced',
  'notified-congress',
  'designated',
  'revoked',
  'legislated',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The legal authority an event falls under: Title 10 (10 U.S.C. 2350a, enacted in 1986 as the
 * provision the State Department calls the Nunn Amendment, codified in 1989),
 * Title 22 (22 U.S.C. 2321k, section 517 of the Foreign Assistance Act), or another statute
 * (e.g. the 2002 law that treats Taiwan as an ally).
 */
export const LEGAL_TRACKS = ['title-10', 'title-22', 'statute'] as const;
export type LegalTrack = (typeof LEGAL_TRACKS)[number];

/** U.S. presidential administrations, in order. Trump's two terms are kept apart. */
export const ADMINISTRATIONS = [
  'reagan',
  'bush-41',
  'clinton',
  'bush-43',
  'obama',
  'trump-45',
  'biden',
  'trump-47',
] as const;
export type Administration = (typeof ADMINISTRATIONS)[number];

/** Event kinds that change legal status, so they must say under which track. */
const KINDS_NEEDING_TRACK: readonly EventKind[] = ['designated', 'revoked', 'legislated'];

/** One dated step in a country's designation: announcement, notice, designation, revocation, law. */
export const lifecycleEventSchema = z
  .strictObject({
    kind: z.enum(EVENT_KINDS).describe('What happened.'),
    date: partialDate.describe(
      'When, written YYYY, YYYY-MM or YYYY-MM-DD; the precision is read from the form.',
    ),
    dateBound: z
      .enum(['on', 'by'])
      .default('on')
      .describe(
        '`on` (default): it happened on `date`. `by`: the exact date was not found and `date` is the latest it can have been (e.g. the year a determination was published).',
      ),
    confidence: confidence
      .default('high')
      .describe(
        'How sure the fact sheet is of this date; medium or low is shown to readers. Defaults to high.',
      ),
    track: z
      .enum(LEGAL_TRACKS)
      .optional()
      .describe('Legal authority; required for designations, revocations and laws.'),
    instrument: text
      .optional()
      .describe('The document that did it, e.g. "Presidential Determination No. 97-4".'),
    citation: text
      .optional()
      .describe(
        'Where it is published, e.g. "61 FR 59809" (Federal Register) or "110 Stat. 1434".',
      ),
    administration: z
      .enum(ADMINISTRATIONS)
      .describe('The administration in office when it happened.'),
    sources: z
      .array(reference('sources'))
      .min(1, { error: 'every event needs at least one source' })
      .describe('One or more sources for this event.'),
    stateMediaOnly,
    note: text.optional().describe('Optional plain-English note, e.g. why a date is uncertain.'),
    translations: translations({ note: text, instrument: text }).describe(
      'The note and the instrument in other languages: `es: { note, instrument }`. A translated instrument is shown with its official English title beside it.',
    ),
  })
  .superRefine((event, ctx) => {
    if (KINDS_NEEDING_TRACK.includes(event.kind) && !event.track) {
      ctx.addIssue({
        code: 'custom',
        path: ['track'],
        message: `a "${event.kind}" event must say its legal track (${LEGAL_TRACKS.join(', ')})`,
      });
    }
  });

export type LifecycleEventData = z.output<typeof lifecycleEventSchema>;

/** A country that is, was, or is treated as a major non-NATO ally. File name = slug. */
export const countrySchema = z
  .strictObject({
    name: text.describe('The English short name, as readers know it (e.g. "South Korea").'),
    nameInSentence: text
      .optional()
      .describe(
        'The name as it reads inside a sentence, lower case, where it takes an article ("the Philippines"); `name` when absent. Sentences and lists use it; headings, labels and tables use `name`. It must end with `name`.',
      ),
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'expected two upper-case letters, e.g. "CO"' })
      .describe('ISO 3166-1 alpha-2 code, upper case (e.g. "CO").'),
    isoNumeric: z
      .string({ error: 'expected three digits in quotes, e.g. "170"' })
      .regex(/^\d{3}$/, { error: 'expected three digits in quotes, e.g. "170"' })
      .describe(
        'ISO 3166-1 numeric code as three digits in quotes (e.g. "170"); world maps key on it.',
      ),
    region: z.enum(REGIONS).describe('The region the site groups it under.'),
    status: z
      .enum(COUNTRY_STATUSES)
      .describe(
        'Designated, revoked, or treated as an ally by law. Must agree with the lifecycle.',
      ),
    summary: text.describe(
      'Original 2–4 sentence summary of what the status means for this country.',
    ),
    translations: translations({
      name: text,
      nameInSentence: text.optional(),
      summary: text,
      gender: z
        .enum(GRAMMATICAL_GENDERS)
        .describe(
          'The grammatical gender of the translated name (feminine or masculine), which the words that agree with it follow: "Colombia, designada", "Catar, designado".',
        ),
    }).describe(
      "The name and summary in other languages, with the name's grammatical gender: `es: { name, gender, summary }`.",
    ),
    updated: timestamp
      .optional()
      .describe(
        "When the entry last changed on this site, as a date (YYYY-MM-DD): set it whenever you change what readers see. Every page that shows it is dated no earlier (the sitemap's lastmod, dcterms.modified, the open data's dateModified).",
      ),
    lifecycle: z
      .array(lifecycleEventSchema)
      .min(1, { error: 'a country needs at least one event' })
      .describe('Dated events, in any order; the site sorts them.'),
  })
  .superRefine((country, ctx) => {
    const inSentence = [
      { path: ['nameInSentence'], name: country.name, form: country.nameInSentence },
      ...Object.entries(country.translations).map(([locale, words]) => ({
        path: ['translations', locale, 'nameInSentence'],
        name: words?.name ?? country.name,
        form: words?.nameInSentence,
      })),
    ];
    for (const { path, name, form } of inSentence) {
      if (form !== undefined && !form.endsWith(name)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${form}" must end with the name "${name}", as in "the Philippines"`,
        });
      }
    }
    for (const [locale, words] of Object.entries(country.translations)) {
      if (words?.name && !words.gender) {
        ctx.addIssue({
          code: 'custom',
          path: ['translations', locale, 'gender'],
          message: `give the grammatical gender of "${words.name}" (feminine or masculine): the words that agree with it depend on it`,
        });
      }
    }
    if (!isoCountries.isValid(country.iso2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['iso2'],
        message: `"${country.iso2}" is not an ISO 3166-1 alpha-2 code`,
      });
      return;
    }
    const expected = isoCountries.alpha2ToNumeric(country.iso2);
    if (expected !== country.isoNumeric) {
      ctx.addIssue({
        code: 'custom',
        path: ['isoNumeric'],
        message: `"${country.isoNumeric}" does not match ${country.iso2}; its ISO numeric code is "${expected}"`,
      });
    }
  });

export type CountryData = z.output<typeof countrySchema>;
