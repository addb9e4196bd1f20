/**
 * Checks of what authors type into prose: figures that should be cited with `<Fact>`, a
 * qualifier said twice ("about about"), typed counts of allies and typed ranks, which go stale.
 */
import type { Locale } from '../settings';
import type { Corpus } from './entry';
import { blank, fileOf, where, type IntegrityProblem } from './integrity-problem';
import { FACT_TAG } from './mdx-tags';
/**
 * Words that already qualify a figure. A `<Fact>` whose figure is approximate or a lower bound
 * prints its own qualifier ("about $2.56 billion"), so prose that says it too reads "about about".
 */
const QUALIFYING_WORDS: Record<Locale, readonly string[]> = {
  en: [
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
    'nearly',
    'almost',
    'more than',
    'over',
    'at least',
    'less than',
    'under',
  ],
  es: [
    'cerca de',
    'alrededor de',
    'aproximadamente',
    'unos',
    'unas',
    'casi',
    'más de',
    'menos de',
    'al menos',
    'poco más de',
  ],
};

/**
 * A figure written into prose, where readers cannot see its date or source: money ($10, US$10),
 * a percentage (99%, 99 %, por ciento), a number with a scale word (1.8 million, 2,5 millones) or
 * with thousands separators (700,000; 700.000). Years, small counts and statute numbers are not
 * figures. The rule is this site's: every figure goes through `<Fact>` (README, "A fact").
 */
const SCALE = '(?:million|billion|trillion|millones|millón|mil millones)';
const SPELLED =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half a|a hundred|hundreds of|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cincuenta|medio|cien|cientos de)';
const FIGURE = new RegExp(
  [
    `(?:US)?\\$\\s?\\d[\\d.,]*(?:\\s${SCALE}\\b)?`,
    '\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b|por ciento\\b)',
    `\\d+(?:[.,]\\d+)?\\s${SCALE}\\b`,
    `\\b${SPELLED}\\s${SCALE}\\b`,
    '\\b\\d{1,3}(?:[,.]\\d{3})+(?!\\d)',
  ].join('|'),
  'giu',
);

/** MDX component attributes that readers see as text (a chart's title and note, an image's caption). */
const VISIBLE_ATTRIBUTES = ['title', 'note', 'caption', 'alt', 'credit', 'labels'];

/**
 * `text` with every quotation blanked out (same length): a figure or count inside quotation marks
 * is the speaker's, dated by the quote. A quotation may wrap onto the next line, never across a
 * paragraph.
 */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”|"(?:[^"\n]|\n(?![ \t]*\n))*"|«[^»]*»/g, blank);
}

/** Figures in `text` outside quotation marks. */
function untrackedFigures(text: string): { figure: string; index: number }[] {
  return [...unquoted(text).matchAll(FIGURE)].map((m) => ({
    figure: m[0].trim(),
    index: m.index,
  }));
}

/**
 * What the prose checks find in one MDX body, found once per body text: the checks are regular
 * expressions over every body, which cost more than anything else in the integrity check (about a
 * second at 1,000 articles on the 2-core machine), and `astro dev` runs the whole check again
 * after every save (src/data/corpus.ts). Offsets are into the body.
 */
interface BodyScan {
  /** Figures in the attributes of components that readers see as text, by tag. */
  attributeFigures: { component: string; attribute: string; figure: string; index: number }[];
  /** Numbers of allies typed into the prose (components blanked out). */
  counts: { count: string; index: number }[];
  /** Figures typed into the prose, outside quotations (components blanked out). */
  figures: { figure: string; index: number }[];
  /** Ranks of allies typed anywhere in the body. */
  ranks: { rank: string; index: number }[];
}

/**
 * Scans by body text. The same text always scans the same, so a body unchanged since the last
 * check is not scanned again; the scans of edited bodies are dropped once there are many more
 * than a large archive's bodies, so a long `astro dev` session cannot grow it without end.
 */
const scans = new Map<string, BodyScan>();
const MAX_SCANS = 50_000;

function scanBody(body: string): BodyScan {
  const known = scans.get(body);
  if (known) return known;
  const attributeFigures: BodyScan['attributeFigures'] = [];
  // Components are not prose, but some of their attributes are read as text.
  let prose = body;
  for (const tag of body.matchAll(/<[A-Z]\w*(?:\s[^>]*?)?\/?>/g)) {
    for (const attr of tag[0].matchAll(/(\w+)=(?:"([^"]*)"|\{\[([^\]]*)\]\})/g)) {
      if (!VISIBLE_ATTRIBUTES.includes(attr[1] ?? '')) continue;
      const value = attr[2] ?? attr[3] ?? '';
      for (const { figure } of untrackedFigures(value)) {
        attributeFigures.push({
          component: /<(\w+)/.exec(tag[0])?.[1] ?? '',
          attribute: attr[1] ?? '',
          figure,
          index: tag.index,
        });
      }
    }
    prose = prose.slice(0, tag.index) + blank(tag[0]) + prose.slice(tag.index + tag[0].length);
  }
  const scan: BodyScan = {
    attributeFigures,
    counts: typedAllyCounts(prose),
    figures: untrackedFigures(prose),
    ranks: [...body.matchAll(RANKS)].map((m) => ({ rank: m[0], index: m.index })),
  };
  if (scans.size >= MAX_SCANS) scans.clear();
  scans.set(body, scan);
  return scan;
}

export function checkFigures(corpus: Corpus): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  for (const collection of ['articles', 'topics', 'pages'] as const) {
    for (const entry of corpus[collection]) {
      const body = entry.body ?? '';
      const file = fileOf(collection, entry);
      const words = QUALIFYING_WORDS[entry.data.locale];
      for (const match of body.matchAll(FACT_TAG)) {
        const fact = facts.get(match[1] ?? match[2] ?? match[3] ?? '');
        if (!fact || fact.data.qualifier === 'exact') continue;
        const before = body.slice(Math.max(0, match.index - 40), match.index).toLowerCase();
        const said = words.find((w) => new RegExp(`(^|[^\\p{L}])${w}\\s*$`, 'u').test(before));
        if (!said) continue;
        problems.push({
          file,
          field: `<Fact id="${fact.id}"> (${where(entry, match.index)})`,
          message: `the sentence says "${said}" and the figure prints its own qualifier (${fact.data.qualifier}), so readers get it twice; remove "${said}" before the <Fact>`,
        });
      }
      const scan = scanBody(body);
      for (const { component, attribute, figure, index } of scan.attributeFigures) {
        problems.push({
          file,
          field: `<${component} ${attribute}> (${where(entry, index)})`,
          message: `the figure "${figure}" has no date or source; make it a fact in content/facts/ and cite it, or leave it out`,
        });
      }
      // Titles and descriptions go to search results, feeds and cards, where no footnote follows.
      for (const field of ['title', 'description'] as const) {
        for (const { figure } of untrackedFigures(entry.data[field])) {
          problems.push({
            file,
            field,
            message: `the figure "${figure}" has no date or source here (search results, feeds and cards show it without the page); leave it to the body`,
          });
        }
      }
      for (const { count, index } of scan.counts) {
        problems.push({
          file,
          field: where(entry, index),
          message: `types the number of allies ("${count}"); counts are computed from the lifecycles: write <AllyCount on="YYYY-MM-DD" />`,
        });
      }
      for (const { figure, index } of scan.figures) {
        problems.push({
          file,
          field: where(entry, index),
          message: `the figure "${figure}" has no date or source; add it to content/facts/ and write <Fact id="…" />, or quote it if it is a quotation`,
        });
      }
    }
  }
  return problems;
}

/**
 * A number of allies typed into prose ("17 countries held the status", "raised the number of
 * formal allies to 19"): counts are computed from the lifecycles (README, "A country"), so they
 * cannot go stale. Quoted text is left alone.
 */
function typedAllyCounts(prose: string): { count: string; index: number }[] {
  const WHO = '(?:allies|countries|aliados|países|MNNAs?)';
  const COUNT = new RegExp(
    [
      `\\b\\d{1,3}\\s+(?:[\\p{L}-]+\\s+){0,3}?${WHO}\\b`,
      `\\b${WHO}\\b[^.\\n]{0,40}?\\b(?:to|a)\\s+\\d{1,3}\\b(?![.,]\\d)`,
      `\\b\\d{1,3}\\s+(?:el\\s+)?(?:número|total)\\s+de\\s+${WHO}`,
    ].join('|'),
    'gu',
  );
  return [...unquoted(prose).matchAll(COUNT)].map((m) => ({
    count: m[0].trim(),
    index: m.index,
  }));
}

/**
 * Ranks of allies are computed from the lifecycles too; a summary or body that types "the 18th
 * ally" or "the nineteenth major non-NATO ally" goes stale with the next designation. Ordinals
 * up to "third" are left alone ("the first Gulf state").
 */
const RANKS = new RegExp(
  [
    '\\b\\d+(?:st|nd|rd|th)\\b',
    '\\b\\d+\\.?\\s?[ºª°]',
    '\\bnúmero \\d+\\b',
    '\\b(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|thirtieth|twenty-\\w+|thirty-\\w+)\\b(?=(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:ally|allies|country|MNNA)\\b)',
    '\\b(?:cuart|quint|sext|séptim|octav|noven|décim|undécim|duodécim|decimo\\p{L}+|vigésim)[oa]\\b(?=(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:aliad[oa]s?|país)\\b)',
  ].join('|'),
  'giu',
);

export function checkTypedRanks(corpus: Corpus): IntegrityProblem[] {
  const rank = (file: string, field: string, text: string) =>
    [...text.matchAll(RANKS)].map((m) => ({
      file,
      field,
      message: `types the rank "${m[0]}" by hand; ranks and counts are computed from the lifecycles, so leave it out`,
    }));
  return [
    ...corpus.countries.flatMap((country) => [
      ...rank(fileOf('countries', country), 'summary', country.data.summary),
      ...rank(
        fileOf('countries', country),
        'translations.es.summary',
        country.data.translations.es?.summary ?? '',
      ),
    ]),
    ...(['articles', 'topics', 'pages'] as const).flatMap((collection) =>
      corpus[collection].flatMap((entry) =>
        scanBody(entry.body ?? '').ranks.map(({ rank, index }) => ({
          file: fileOf(collection, entry),
          field: where(entry, index),
          message: `types the rank "${rank}" by hand; ranks and counts are computed from the lifecycles, so leave it out`,
        })),
      ),
    ),
  ];
}
