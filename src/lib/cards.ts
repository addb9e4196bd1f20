/** What each social card says: taken from the page's own title and key data, in its language. */
import { ui } from '../i18n/ui';
import { SITE } from '../settings';
import { firstDesignation } from './countries';
import { datePhrase, formatPartialDate } from './dates';
import type { Corpus } from './entry';
import { countryName, originals, translationKey, versionFor } from './localize';
import { ogImagePath, type Route } from './paths';
import type { ViewContext } from './views';

export interface CardSpec {
  /** Path under /og/ without the extension, e.g. `allies/colombia` or `es/allies/colombia`. */
  path: string;
  card: { kicker: string; title: string; detail?: string; site: string };
}

export function socialCards(corpus: Corpus, ctx: ViewContext): CardSpec[] {
  const t = ui(ctx.locale);
  const pathOf = (route: Route) =>
    ogImagePath(route, ctx.locale)
      .replace(/^\/og\//, '')
      .replace(/\.png$/, '');
  const site = SITE.name[ctx.locale];
  const cards: CardSpec[] = [
    {
      path: pathOf({ page: 'home' }),
      card: { kicker: t.cards.explained, title: SITE.tagline[ctx.locale], site },
    },
  ];
  for (const original of originals(corpus.articles)) {
    // An untranslated article shares the English card (its title is in English).
    const key = translationKey(original);
    const version = versionFor(corpus.articles, key, ctx.locale);
    if (!version?.translated) continue;
    const a = version.entry;
    cards.push({
      path: pathOf({ page: 'article', slug: key }),
      card: {
        kicker: t.cards.story,
        title: a.data.title,
        detail: formatPartialDate(
          { iso: a.data.published.iso.slice(0, 10), precision: 'day' },
          ctx.locale,
        ),
        site,
      },
    });
  }
  for (const original of originals(corpus.topics)) {
    const key = translationKey(original);
    const version = versionFor(corpus.topics, key, ctx.locale);
    if (!version?.translated) continue;
    cards.push({
      path: pathOf({ page: 'topic', slug: key }),
      card: { kicker: t.cards.background, title: version.entry.data.title, site },
    });
  }
  for (const c of corpus.countries) {
    const first = firstDesignation(c);
    const when = first ? datePhrase(first.date, first.dateBound, ctx.locale) : '';
    const detail =
      c.data.status === 'designated'
        ? `${t.cards.designated(when)}${first ? ` · ${t.administrations[first.administration]}` : ''}`
        : c.data.status === 'revoked'
          ? t.cards.revoked(when)
          : t.cards.treated(when);
    cards.push({
      path: pathOf({ page: 'ally', slug: c.id }),
      card: { kicker: t.cards.ally, title: countryName(c, ctx.locale), detail, site },
    });
  }
  return cards;
}
