import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../data/corpus';
import { viewContext } from '../../data/context';
import { socialCards } from '../../lib/cards';
import { LOCALES } from '../../settings';
import { renderCard, type Card } from '../../og/render';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  const cards = LOCALES.flatMap((locale) => socialCards(corpus, viewContext(locale)));
  return cards.map(({ path, card }) => ({ params: { card: path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
