/**
 * Treaty allies as the pages word them (content/treaties, src/lib/treaties.ts): the line on a
 * party's ally page, the allies table's "Treaty ally" cell, the world map's legend note and the
 * list an MDX body shows with `<TreatyAllies />`. Everything is computed from the treaties.
 */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { formatPartialDate } from '../lib/dates';
import { wordRuns, type Segment } from '../lib/credit';
import type { Corpus, Reference, Treaty } from '../lib/entry';
import { capitalize, formatList, listParts } from '../lib/intl';
import {
  countryGender,
  countryNameInSentence,
  localized,
  namesInSentence,
  type LocalText,
} from '../lib/localize';
import { byId } from '../lib/lookup';
import { statusOn } from '../lib/countries';
import { hrefTo } from '../lib/paths';
import {
  countCurrentMnnaTreatyAllies,
  currentMnnaTreatyAllies,
  treatyStandings,
} from '../lib/treaties';
import type { Confidence } from '../schemas/common';
import type { PartialDate } from '../schemas/dates';
import type { TreatyNoteData, TreatySuspensionData } from '../schemas/treaty';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../settings';

/** What the treaty functions need of a page: its language, and its base path for links. */
type TreatyContext = Pick<PageContext, 'locale' | 'base'>;

/** A note shown with a treaty: its text (marked when untranslated) and how sure it is. */
export interface TreatyNoteView {
  text: string;
  lang: Locale | undefined;
  /** "Medium confidence: …." for a note the fact sheet is less sure of; '' otherwise. */
  confidence: string;
}

/** The line on the ally page of a country a treaty names. */
export interface AllyTreatyLine {
  /** The treaty's file name. */
  treaty: string;
  /** `bound`: a treaty ally. `suspended`: a party toward which the U.S. suspended its obligations. */
  status: 'bound' | 'suspended';
  /** The sentence, in the page's language; a treaty's name without a translation is marked English. */
  text: readonly Segment[];
  /** The suspension's note and the treaty's own notes. */
  notes: readonly TreatyNoteView[];
  /** Footnote numbers in the page's source list, ascending. */
  citations: readonly { n: number; id: string }[];
  /** True when some of its words (a name, a note) are shown in English for want of a translation. */
  untranslated: boolean;
}

const lang = (text: LocalText, ctx: TreatyContext) =>
  text.lang === ctx.locale ? undefined : text.lang;

/** A name as a run of text, marked with its language when it is not the page's. */
const run = (text: LocalText, ctx: TreatyContext): Segment[] => [
  { text: text.text, lang: lang(text, ctx) },
];

/** A date with a note on its confidence when it is not high: "November 18, 1954 (medium …)". */
function withConfidence(text: string, confidence: Confidence, ctx: TreatyContext): string {
  const note = ui(ctx.locale).ally.confidence[confidence];
  return note ? `${text} (${note})` : text;
}

/** A treaty's dates as a phrase: "signed September 1, 1951; in force since April 29, 1952". */
export function treatyDatesText(treaty: Treaty, ctx: TreatyContext): string {
  const t = ui(ctx.locale).treaty;
  const { signed, inForce } = treaty.data;
  const date = (d: PartialDate) => ({
    date: formatPartialDate(d, ctx.locale),
    precision: d.precision,
  });
  return [
    withConfidence(t.signed(date(signed.date)), signed.confidence, ctx),
    ...(inForce ? [withConfidence(t.inForce(date(inForce.date)), inForce.confidence, ctx)] : []),
  ].join('; ');
}

/** A treaty's short and full names in the page's language. */
function names(treaty: Treaty, ctx: TreatyContext) {
  const english = (text: string): LocalText => ({ text, lang: DEFAULT_LOCALE });
  const short = localized(treaty.data, 'shortName', ctx.locale) ?? english(treaty.data.shortName);
  const full = localized(treaty.data, 'name', ctx.locale) ?? english(treaty.data.name);
  return { short, full };
}

/** A note or a suspension's note; a suspension's confidence is said with its date instead. */
function noteView(note: TreatyNoteData | TreatySuspensionData, ctx: TreatyContext): TreatyNoteView {
  const isNote = 'text' in note;
  const text = isNote ? localized(note, 'text', ctx.locale) : localized(note, 'note', ctx.locale);
  const confidence = isNote ? ui(ctx.locale).ally.confidence[note.confidence] : '';
  return {
    text: text?.text ?? '',
    lang: text ? lang(text, ctx) : undefined,
    confidence: confidence ? `${capitalize(confidence, intlLocale(ctx.locale))}.` : '',
  };
}

/** "the United States suspended its obligations toward New Zealand on September 17, 1986". */
function suspensionText(
  suspension: TreatySuspensionData,
  name: string,
  ctx: TreatyContext,
): string {
  return ui(ctx.locale).treaty.suspended({
    name,
    date: formatPartialDate(suspension.date, ctx.locale),
    precision: suspension.date.precision,
  });
}

/**
 * The lines on the ally page of `countryId`, one per treaty that names it, as things stand after
 * every recorded event; `cite` numbers each source in the page's source list.
 */
export function allyTreatyLines(
  corpus: Corpus,
  countryId: string,
  ctx: TreatyContext,
  cite: (ref: Reference) => number,
): AllyTreatyLine[] {
  const t = ui(ctx.locale).treaty;
  const country = corpus.countries.find((c) => c.id === countryId);
  if (!country) return [];
  const name = countryNameInSentence(country, ctx.locale);
  const gender = countryGender(country, ctx.locale);
  return treatyStandings(corpus.treaties, countryId).map(({ treaty, status, suspension }) => {
    const { short, full } = names(treaty, ctx);
    const dates = treatyDatesText(treaty, ctx);
    const runs = { treaty: run(short, ctx), full: run(full, ctx) };
    const text = wordRuns(
      (markers) =>
        suspension
          ? t.allySuspended({
              name,
              gender,
              treaty: markers.treaty!,
              full: markers.full!,
              dates,
              suspension: suspensionText(suspension, name, ctx),
              confidence: withConfidence('', suspension.confidence, ctx),
            }) + (statusOn(country) === 'designated' ? ` ${t.allyStillMnna({ gender })}` : '')
          : t.allyBound({
              name,
              gender,
              treaty: markers.treaty!,
              full: markers.full!,
              dates,
            }),
      runs,
    );
    // The line opens with the country's name, which may start with an article ("the Philippines").
    if (text[0]) text[0] = { ...text[0], text: capitalize(text[0].text, intlLocale(ctx.locale)) };
    const notes = [
      ...(suspension ? [noteView(suspension, ctx)] : []),
      ...treaty.data.notes.map((n) => noteView(n, ctx)),
    ];
    const refs = [
      ...treaty.data.sources,
      ...(suspension?.sources ?? []),
      ...treaty.data.notes.flatMap((n) => n.sources),
    ];
    const citations = [...new Map(refs.map((ref) => [ref.id, cite(ref)]))]
      .map(([id, n]) => ({ n, id }))
      .sort((a, b) => a.n - b.n);
    return {
      treaty: treaty.id,
      status,
      text,
      notes,
      citations,
      untranslated: [short, full].some((w) => w.lang !== ctx.locale) || notes.some((n) => n.lang),
    };
  });
}

/** The allies table's "Treaty ally" cell of a country, as things stand after every event. */
export interface TreatyCell {
  status: 'bound' | 'suspended' | 'none';
  text: readonly Segment[];
}

export function treatyCell(corpus: Corpus, countryId: string, ctx: TreatyContext): TreatyCell {
  const t = ui(ctx.locale).treaty;
  const standings = treatyStandings(corpus.treaties, countryId);
  const bound = standings.filter((s) => s.status === 'bound');
  if (bound.length > 0) {
    // Joined by the list's words, so each name keeps its language.
    const treaty = listParts(
      bound.map((_, i) => String(i)),
      intlLocale(ctx.locale),
    ).flatMap((part): Segment[] => {
      const standing = part.type === 'element' ? bound[Number(part.value)] : undefined;
      return standing ? run(names(standing.treaty, ctx).short, ctx) : [{ text: part.value }];
    });
    return {
      status: 'bound',
      text: wordRuns((m) => t.cellBound({ treaty: m.treaty! }), { treaty }),
    };
  }
  const suspended = standings.find((s) => s.suspension);
  if (suspended?.suspension) {
    const year = suspended.suspension.date.iso.slice(0, 4);
    return {
      status: 'suspended',
      text: wordRuns((m) => t.cellSuspended({ year, treaty: m.treaty! }), {
        treaty: run(names(suspended.treaty, ctx).short, ctx),
      }),
    };
  }
  return { status: 'none', text: [{ text: t.cellNone }] };
}

/**
 * The world map's legend note: colours show MNNA status only; which allies are also treaty
 * allies, and which party's treaty the United States has suspended.
 */
export function treatyMapNote(corpus: Corpus, ctx: TreatyContext): Segment[] {
  const t = ui(ctx.locale).treaty;
  const allies = currentMnnaTreatyAllies(corpus.countries, corpus.treaties);
  if (allies.length === 0) return [];
  const bound = t.mapNote({
    count: allies.length,
    // The names open the legend's second sentence.
    names: capitalize(
      formatList(namesInSentence(allies, ctx.locale), intlLocale(ctx.locale)),
      intlLocale(ctx.locale),
    ),
  });
  const countries = byId(corpus.countries);
  const suspended = corpus.treaties.flatMap((treaty) =>
    treaty.data.suspensions.flatMap((s) => {
      const country = countries.get(s.country.id);
      if (!country) return [];
      const name = countryNameInSentence(country, ctx.locale);
      const year = s.date.iso.slice(0, 4);
      return [
        { text: ' ' },
        ...wordRuns((m) => t.mapSuspended({ name, year, treaty: m.treaty! }), {
          treaty: run(names(treaty, ctx).short, ctx),
        }),
      ];
    }),
  );
  return [{ text: bound }, ...suspended];
}

/** One treaty as `<TreatyAllies />` lists it. */
export interface TreatyListItem {
  id: string;
  shortName: { text: string; lang: Locale | undefined };
  name: { text: string; lang: Locale | undefined };
  /** The countries it binds, with links to their pages. */
  parties: readonly { name: string; href: string }[];
  dates: string;
  /** Each suspension as a sentence, with its note. */
  suspensions: readonly { text: string; note: TreatyNoteView }[];
  notes: readonly TreatyNoteView[];
}

/** Every treaty in order of signature, and the sentence that introduces them with the count. */
export function treatyList(
  corpus: Pick<Corpus, 'countries' | 'treaties'>,
  ctx: TreatyContext,
): { intro: string; items: TreatyListItem[] } {
  const t = ui(ctx.locale).treaty;
  const countries = byId(corpus.countries);
  const ordered = [...corpus.treaties].sort(
    (a, b) =>
      a.data.signed.date.iso.localeCompare(b.data.signed.date.iso) || a.id.localeCompare(b.id),
  );
  const items = ordered.map((treaty): TreatyListItem => {
    const { short, full } = names(treaty, ctx);
    return {
      id: treaty.id,
      shortName: { text: short.text, lang: lang(short, ctx) },
      name: { text: full.text, lang: lang(full, ctx) },
      parties: treaty.data.countries.flatMap((ref) => {
        const country = countries.get(ref.id);
        return country
          ? [
              {
                name: countryNameInSentence(country, ctx.locale),
                href: hrefTo({ page: 'ally', slug: ref.id }, ctx.locale, ctx.base),
              },
            ]
          : [];
      }),
      dates: capitalize(treatyDatesText(treaty, ctx), intlLocale(ctx.locale)),
      suspensions: treaty.data.suspensions.map((s) => {
        const country = countries.get(s.country.id);
        const name = country ? countryNameInSentence(country, ctx.locale) : s.country.id;
        const text = withConfidence(suspensionText(s, name, ctx), s.confidence, ctx);
        return { text: `${capitalize(text, intlLocale(ctx.locale))}.`, note: noteView(s, ctx) };
      }),
      notes: treaty.data.notes.map((n) => noteView(n, ctx)),
    };
  });
  const count = countCurrentMnnaTreatyAllies(corpus.countries, corpus.treaties);
  return { intro: t.listIntro({ count }), items };
}
