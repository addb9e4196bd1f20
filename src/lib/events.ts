import type { Locale } from '../settings';
import { byDate, formatPartialDate } from './dates';
import { capitalize } from './intl';
import type { Corpus } from './entry';
import { storyEventTitle } from './localize';

/** The events filed under a topic, oldest first, formatted for a timeline. */
export function eventsOnTopic(corpus: Corpus, topic: string, locale: Locale) {
  return corpus.events
    .filter((e) => e.data.topics.some((t) => t.id === topic))
    .sort(byDate((e) => e.data.date))
    .map((e) => ({
      id: e.id,
      // Each date opens its own line: «Septiembre de 1999», as in the other dated lists.
      date: capitalize(formatPartialDate(e.data.date, locale), locale),
      iso: e.data.date.iso,
      title: storyEventTitle(e, locale).text,
      lang: storyEventTitle(e, locale).lang,
    }));
}
