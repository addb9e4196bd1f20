/**
 * Every social card: its path under /og/ and its words. In a production build this page hands
 * the list to the og-cards integration, which draws the PNGs on worker threads while the other
 * pages render, then removes this file (src/integrations/og-cards.ts).
 */
import type { APIRoute } from 'astro';
import { everySocialCard } from '../../data/cards';
import { cardDrawer } from '../../og/drawer';

export const GET: APIRoute = async () => {
  const cards = await everySocialCard();
  cardDrawer()?.(cards);
  return new Response(JSON.stringify(cards), {
    headers: { 'Content-Type': 'application/json' },
  });
};
