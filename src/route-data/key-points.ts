/**
 * The Key points box: what a newcomer must take away before anything else, on the home page and
 * at the top of the explainer topic (the topic with `keyPoints: true`). Its numbers are computed
 * from the records, never typed: the count of allies, the treaty allies among them.
 */
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { countAlliesOn } from '../lib/countries';
import { zoned } from '../lib/dates';
import type { Corpus } from '../lib/entry';
import { capitalize, formatList } from '../lib/intl';
import { namesInSentence, namesWithStatus, translationKey } from '../lib/localize';
import { currentMnnaTreatyAllies } from '../lib/treaties';
import { hrefTo } from '../lib/paths';
import { intlLocale, SITE } from '../settings';
import { dated, type Dated, type Link } from './parts';

/** Everything the Key points box shows, worded in the page's language. */
export interface KeyPointsView {
  heading: string;
  /** "A major non-NATO ally (MNNA)": the term, with the acronym introduced. */
  term: string;
  /** The rest of the definition: what the status is and what it makes a country eligible for. */
  definition: string;
  /** "It is not a security guarantee." and the sentence that says what that means. */
  noGuarantee: string;
  noGuaranteeMore: string;
  /** "21 countries hold the status …": the count after every recorded step. */
  count: string;
  /** The day the records were last checked (`SITE.recordsChecked`), the count's "as of". */
  asOf: Dated;
  /** What the law treats as an ally without a designation (Taiwan), or '' when nothing is. */
  treatedAs: string;
  /**
   * The allies that are also U.S. treaty allies, by name, and what that means; '' when none is
   * (`currentMnnaTreatyAllies`: a suspended treaty does not count).
   */
  treatyAllies: string;
  /** Every ally, for the count's "see every ally" link. */
  allies: Link;
  /** The correction the box links (the one with `keyPoint: true`), if there is one. */
  correction?: { text: string; link: Link; issued: Dated } | undefined;
  /** The explainer topic, linked from the box on every page but the explainer itself. */
  explainer?: Link | undefined;
}

/** The words the box shows, in reading order: they count in the reading time of the page it is on. */
export function keyPointsWords(view: KeyPointsView): string[] {
  return [
    view.heading,
    view.term,
    view.definition,
    view.explainer?.label ?? '',
    view.noGuarantee,
    view.noGuaranteeMore,
    view.count,
    view.treatedAs,
    view.allies.label,
    view.treatyAllies,
    view.correction ? `${view.correction.text} ${view.correction.link.label}` : '',
  ].filter(Boolean);
}

/**
 * The Key points box for a page in `ctx.locale`. `on` names the page it sits on, so the
 * explainer does not link to itself.
 */
export function keyPoints(
  corpus: Corpus,
  ctx: PageContext,
  on: { page: 'home' } | { page: 'topic'; slug: string },
): KeyPointsView {
  const t = ui(ctx.locale).keyPoints;
  // By the site's own rule, a step known only to its month or year counts from its last day.
  const count = countAlliesOn(corpus.countries, SITE.recordsChecked);
  const treatedAs = namesWithStatus(corpus.countries, 'treated-as', ctx.locale);
  const treatyAllies = currentMnnaTreatyAllies(corpus.countries, corpus.treaties);
  const correction = corpus.corrections.find((c) => c.data.keyPoint);
  const explainer = corpus.topics.find((tp) => tp.data.keyPoints && tp.data.locale === 'en');
  const explainerKey = explainer && translationKey(explainer);
  const asOf = dated({ iso: SITE.recordsChecked, precision: 'day' }, ctx);
  return {
    heading: t.heading,
    term: t.term,
    definition: t.definition,
    noGuarantee: t.noGuarantee,
    noGuaranteeMore: t.noGuaranteeMore,
    count: t.count({ count, when: asOf.text }),
    asOf,
    treatedAs:
      treatedAs.length > 0
        ? capitalize(
            t.treatedAs({
              count: treatedAs.length,
              names: formatList(treatedAs, intlLocale(ctx.locale)),
            }),
            intlLocale(ctx.locale),
          )
        : '',
    treatyAllies:
      treatyAllies.length > 0
        ? capitalize(
            t.treatyAllies({
              count: treatyAllies.length,
              names: formatList(namesInSentence(treatyAllies, ctx.locale), intlLocale(ctx.locale)),
            }),
            intlLocale(ctx.locale),
          )
        : '',
    allies: { label: t.allAllies, href: hrefTo({ page: 'allies' }, ctx.locale, ctx.base) },
    correction: correction && {
      text: t.correction({ when: dated(zoned(correction.data.issued), ctx).text }),
      issued: dated(zoned(correction.data.issued), ctx),
      link: {
        label: t.readCorrection,
        href: hrefTo({ page: 'correction', slug: correction.id }, ctx.locale, ctx.base),
      },
    },
    explainer:
      explainerKey && !(on.page === 'topic' && on.slug === explainerKey)
        ? {
            label: t.explainer,
            href: hrefTo({ page: 'topic', slug: explainerKey }, ctx.locale, ctx.base),
          }
        : undefined,
  };
}
