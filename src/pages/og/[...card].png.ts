/**
 * Social cards in `astro dev`, drawn on request so authors can preview them. A production build
 * draws them on worker threads instead (src/integrations/og-cards.ts), from the same list.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { everySocialCard } from '../../data/cards';
import { renderCard, type Card } from '../../og/render';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const cards = await everySocialCard();
  return cards.map(({ path, card }) => ({ params: { card: path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
