/**
 * The list of social cards to draw: path under /og/ and the words on each. Built with the site;
 * the og-cards integration draws the PNGs from it and removes it (src/integrations/og-cards.ts).
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus';
import { viewContext } from '../../data/context';
import { socialCards } from '../../lib/cards';
import { LOCALES } from '../../settings';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  const cards = LOCALES.flatMap((locale) => socialCards(corpus, viewContext(locale)));
  return new Response(JSON.stringify(cards), {
    headers: { 'Content-Type': 'application/json' },
  });
};
