/** What each social card says: taken from the page's own title and key data. */
import { ADMINISTRATION_LABELS, firstDesignation } from './countries';
import { formatBoundedDate, formatPartialDate } from './dates';
import type { Corpus } from './entry';
import { ogImagePath, type Route } from './paths';
import type { ViewContext } from './views';
import { SITE } from '../settings';

export interface CardSpec {
  /** Path under /og/ without the extension, e.g. `allies/colombia`. */
  path: string;
  card: { kicker: string; title: string; detail?: string; site: string };
}

function pathOf(route: Route): string {
  return ogImagePath(route)
    .replace(/^\/og\//, '')
    .replace(/\.png$/, '');
}

export function socialCards(corpus: Corpus, ctx: ViewContext): CardSpec[] {
  const site = SITE.name[ctx.locale];
  const cards: CardSpec[] = [
    {
      path: pathOf({ page: 'home' }),
      card: { kicker: 'Explained', title: SITE.tagline[ctx.locale], site },
    },
  ];
  for (const a of corpus.articles) {
    cards.push({
      path: pathOf({ page: 'article', slug: a.id }),
      card: {
        kicker: 'The story',
        title: a.data.title,
        detail: formatPartialDate(
          { iso: a.data.published.iso.slice(0, 10), precision: 'day' },
          ctx.locale,
        ),
        site,
      },
    });
  }
  for (const t of corpus.topics) {
    cards.push({
      path: pathOf({ page: 'topic', slug: t.id }),
      card: { kicker: 'Background', title: t.data.title, site },
    });
  }
  for (const c of corpus.countries) {
    const first = firstDesignation(c);
    const when = first ? formatBoundedDate(first.date, first.dateBound, ctx.locale) : '';
    const detail =
      c.data.status === 'designated'
        ? `Designated ${when}${first ? ` · ${ADMINISTRATION_LABELS[first.administration]}` : ''}`
        : c.data.status === 'revoked'
          ? `Designated ${when} · designation revoked`
          : `Treated as an ally by law since ${when}`;
    cards.push({
      path: pathOf({ page: 'ally', slug: c.id }),
      card: { kicker: 'Major non-NATO ally', title: c.data.name, detail, site },
    });
  }
  return cards;
}
