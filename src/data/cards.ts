import { LOCALES } from '../settings';
import { socialCards, type CardSpec } from '../lib/cards';
import { loadCorpus } from './corpus';
import { pageContext } from './context';

/** Every social card of the build, in every language. */
export async function everySocialCard(): Promise<CardSpec[]> {
  const corpus = await loadCorpus();
  return LOCALES.flatMap((locale) => socialCards(corpus, pageContext(locale)));
}
