/**
 * A worker thread that draws social cards for the og-cards integration: it receives
 * `{ card, out }`, writes the PNG to `out` (from the cache when it has it) and answers
 * `{ ok: true }` or `{ ok: false, error }`. Run by Node directly, so imports carry `.ts`.
 */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderCard, type Card } from './render.ts';

const port = parentPort;
if (!port) throw new Error('src/og/worker.ts runs as a worker thread only');

port.on('message', (job: { card: Card; out: string }) => {
  renderCard(job.card)
    .then((png) => {
      writeFileSync(job.out, png);
      port.postMessage({ ok: true });
    })
    .catch((error: unknown) => port.postMessage({ ok: false, error: String(error) }));
});
