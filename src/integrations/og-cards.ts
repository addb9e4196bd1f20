/**
 * Writes the social cards after Astro has built the pages. The page `/og/cards.json` lists every
 * card (path and words, from src/lib/cards.ts); this integration reads that list, draws the
 * cards on worker threads (one per core, cached by content in node_modules/.cache/og) and removes
 * the list from the output. Drawing a card is CPU work of about 20 ms; as Astro routes they ran
 * one at a time, on the thread that also renders the pages.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CardSpec } from '../lib/cards';

/** Where the list of cards is built, relative to the output folder. */
export const CARD_LIST = 'og/cards.json';

interface Job {
  card: CardSpec['card'];
  out: string;
}

/** Runs the jobs on `threads` workers; rejects with the first card that fails. */
function drawAll(worker: string, jobs: Job[], threads: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    let failed = false;
    const pool: Worker[] = [];
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      if (error || (next >= jobs.length && running === 0)) {
        for (const w of pool) void w.terminate();
        if (error) reject(error);
        else resolve();
      }
    };
    const feed = (w: Worker) => {
      const job = jobs[next++];
      if (!job) return finish();
      running++;
      w.once('message', (reply: { ok: boolean; error?: string }) => {
        running--;
        if (!reply.ok) return finish(new Error(`Social card ${job.out}: ${reply.error}`));
        feed(w);
      });
      w.postMessage(job);
    };
    for (let i = 0; i < Math.min(threads, jobs.length); i++) {
      const w = new Worker(worker);
      w.on('error', (error) => finish(error));
      pool.push(w);
      feed(w);
    }
    if (jobs.length === 0) resolve();
  });
}

export function ogCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'allies-og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = join(out, CARD_LIST);
        if (!existsSync(list))
          throw new Error(`${CARD_LIST} was not built; no social cards to draw`);
        const specs = JSON.parse(readFileSync(list, 'utf8')) as CardSpec[];
        rmSync(list);
        const jobs = specs.map(({ path, card }) => {
          const file = join(out, 'og', `${path}.png`);
          mkdirSync(dirname(file), { recursive: true });
          return { card, out: file };
        });
        const started = performance.now();
        const threads = Math.max(1, availableParallelism());
        await drawAll(join(root, 'src', 'og', 'worker.ts'), jobs, threads);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${jobs.length} social cards in ${seconds}s on ${threads} threads`);
      },
    },
  };
}
