/**
 * The task that the og-cards integration's tinypool threads run, `drawCard`: it draws the card
 * of `{ card, out }` and writes the PNG to `out` (from the cache when it has it); a failure
 * rejects, and the pool hands the error to the build. Run by Node directly, so imports carry `.ts`.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { renderCard, type Card } from './render.ts';

export async function drawCard(job: { card: Card; out: string }): Promise<void> {
  try {
    writeFileSync(job.out, await renderCard(job.card));
  } catch (error) {
    // Name the card's file, which names the page it belongs to.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`social card ${relative(process.cwd(), job.out)}: ${message}`);
  }
}
