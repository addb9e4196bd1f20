/**
 * The hand-over between the page that lists the social cards (src/pages/og/cards.json.ts) and
 * the integration that draws them (src/integrations/og-cards.ts): during a production build the
 * integration puts a drawer on globalThis under this symbol. In `astro dev` there is none.
 */
import type { CardSpec } from '../lib/cards';

const KEY = Symbol.for('allies-beyond-nato.og-cards');

export type CardDrawer = (cards: CardSpec[]) => void;

export function setCardDrawer(drawer: CardDrawer | undefined): void {
  const slot = globalThis as Record<symbol, unknown>;
  if (drawer) slot[KEY] = drawer;
  else delete slot[KEY];
}

export function cardDrawer(): CardDrawer | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as CardDrawer | undefined;
}
