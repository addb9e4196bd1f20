/** What each social card says: taken from the page's own title and key data, in its language. */
import { ui } from '../i18n/ui';
import { SITE, type Locale } from '../settings';
import { firstDesignation } from './countries';
import { datePhrase, dayOf, formatPartialDate } from './dates';
import type { Corpus } from './entry';
import { countryGender, countryName, originals, translationKey, versionFor } from './localize';
import { ogImagePath, type Route } from './paths';
import type { PageContext } from './context';

export interface CardSpec {
  /** Path under /og/ without the extension, e.g. `allies/colombia` or `es/allies/colombia`. */
  path: string;
  card: { kicker: string; title: string; detail?: string; site: string };
  /** The content file the card's words come from, for error messages (absent for the home card). */
  source?: string | undefined;
}

/**
 * The card a page's social image shows, in `ctx.locale`, or undefined when the page shares another
 * card: pages without one of their own use the home card, and an untranslated article or topic
 * uses its English card (its title is in English).
 */
export function cardFor(route: Route, corpus: Corpus, ctx: PageContext): CardSpec | undefined {
  const t = ui(ctx.locale);
  const path = ogImagePath(route, ctx.locale)
    .replace(/^\/og\//, '')
    .replace(/\.png$/, '');
  const site = SITE.name[ctx.locale];
  switch (route.page) {
    case 'article': {
      const version = versionFor(corpus.articles, route.slug, ctx.locale);
      if (!version?.translated) return undefined;
      const a = version.entry;
      return {
        path,
        source: a.filePath,
        card: {
          kicker: t.cards.story,
          title: a.data.title,
          detail: formatPartialDate(
            { iso: dayOf(a.data.published, ctx.timeZone), precision: 'day' },
            ctx.locale,
          ),
          site,
        },
      };
    }
    case 'topic': {
      const version = versionFor(corpus.topics, route.slug, ctx.locale);
      if (!version?.translated) return undefined;
      return {
        path,
        source: version.entry.filePath,
        card: { kicker: t.cards.background, title: version.entry.data.title, site },
      };
    }
    case 'ally': {
      const c = corpus.countries.find((country) => country.id === route.slug);
      if (!c) return undefined;
      const first = firstDesignation(c);
      const when = first ? datePhrase(first.date, first.dateBound, ctx.locale) : '';
      const gender = countryGender(c, ctx.locale);
      const line = t.cards[c.data.status]({ when, gender });
      // A designation also names the administration that made it.
      const detail =
        c.data.status === 'designated' && first
          ? `${line} · ${t.administrations[first.administration]}`
          : line;
      return {
        path,
        source: c.filePath,
        card: { kicker: t.cards.ally, title: countryName(c, ctx.locale), detail, site },
      };
    }
    default:
      return { path, card: { kicker: t.cards.explained, title: SITE.tagline[ctx.locale], site } };
  }
}

/** Every card to draw in `ctx.locale`: the home card, then each article, topic and ally. */
export function socialCards(corpus: Corpus, ctx: PageContext): CardSpec[] {
  const routes: Route[] = [
    { page: 'home' },
    ...originals(corpus.articles).map(
      (a) => ({ page: 'article', slug: translationKey(a) }) as const,
    ),
    ...originals(corpus.topics).map((tp) => ({ page: 'topic', slug: translationKey(tp) }) as const),
    ...corpus.countries.map((c) => ({ page: 'ally', slug: c.id }) as const),
  ];
  return routes.flatMap((route) => cardFor(route, corpus, ctx) ?? []);
}

/**
 * The text alternative of a social image: what the card says, word for word (og:image:alt). It
 * describes the picture, not the page.
 */
export function cardAlt(spec: CardSpec, locale: Locale): string {
  const { kicker, title, detail, site } = spec.card;
  const t = ui(locale).cards;
  const lines = [kicker, title, ...(detail ? [detail] : [])].map((text) => t.quoted({ text }));
  return t.alt({ lines: lines.join(', '), site });
}
