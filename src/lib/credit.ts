/**
 * How a cited source is credited in a line of text: its publisher, where it was read and whose
 * figures it relays ("Associated Press via KION", «Semana, citando a Migración Colombia»). The
 * names keep their own language; every connecting word comes from the page's dictionary.
 */
import { ui } from '../i18n/ui';
import { languageName } from './intl';
import type { SourceData } from '../schemas/source';
import { intlLocale, type Locale } from '../settings';

/** A run of text; `lang` is set when the run is not in the page's language. */
export interface Segment {
  text: string;
  lang?: string | undefined;
  /** Set on the words that mark a source as state media ("Russian state media"). */
  stateMedia?: true | undefined;
}

// Private-use characters stand in for the named runs while the dictionary words the line.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`(${OPEN}\\d+${CLOSE})`);

/**
 * A message whose placeholders stand for runs of text in their own language, as segments.
 * `render` receives one marker string per placeholder name and returns the worded message; each
 * marker is then replaced by its runs. Throws if the message drops or repeats a placeholder.
 */
export function wordRuns(
  render: (markers: Record<string, string>) => string,
  runs: Record<string, readonly Segment[]>,
): Segment[] {
  const names = Object.keys(runs);
  const text = render(Object.fromEntries(names.map((n, i) => [n, `${OPEN}${i}${CLOSE}`])));
  const out: Segment[] = [];
  let found = 0;
  for (const piece of text.split(MARKER)) {
    if (!piece) continue;
    if (!piece.startsWith(OPEN)) {
      out.push({ text: piece });
      continue;
    }
    found += 1;
    out.push(...runs[names[Number(piece.slice(1, -1))]!]!);
  }
  if (found !== names.length)
    throw new Error(`the message must use each of ${names.join(', ')} once`);
  return out;
}

/** Segments as plain text, for attributes and other places without markup. */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/**
 * The credit line of a source in `locale`. Names are marked with the language they are written
 * in: the publisher's `publisherLanguage`, else the document's `language`. A source from a
 * state-controlled outlet ends with the words that say so ("TASS, Russian state media"), so
 * every place that credits a source shows the mark.
 */
export function sourceCredit(source: SourceData, locale: Locale): Segment[] {
  const t = ui(locale).credit;
  const name = (text: string, lang: string): Segment => ({
    text,
    lang: lang === locale ? undefined : lang,
  });
  const publisher = name(source.publisher, source.publisherLanguage ?? source.language);
  let credit: Segment[] = [publisher];
  if (source.via) {
    const { site, form } = source.via;
    const language = languageName(source.language, intlLocale(locale));
    credit = wordRuns(
      (m) =>
        t.via({
          publisher: m.publisher!,
          site: m.site!,
          form,
          language,
        }),
      {
        publisher: [publisher],
        site: [name(site, source.language)],
      },
    );
  }
  if (source.citing) {
    credit = wordRuns((m) => t.citing({ credit: m.credit!, cited: m.cited! }), {
      credit,
      cited: [name(source.citing, source.language)],
    });
  }
  if (source.stateMedia) {
    credit = wordRuns((m) => t.marked({ credit: m.credit!, mark: m.mark! }), {
      credit,
      mark: [{ text: t.stateMedia[source.stateMedia], stateMedia: true }],
    });
  }
  return credit;
}
