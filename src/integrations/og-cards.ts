/**
 * Draws the social cards on worker threads while Astro renders the pages.
 *
 * The route /og/cards.json (src/pages/og/cards.json.ts) is one of the first Astro builds: it
 * computes every card (path and words, from src/lib/cards.ts) and hands the list to the drawer
 * this integration registers for the build. Cards are drawn at once on one worker thread, and
 * on one per core once the pages are done, from the content cache in node_modules/.cache/og.
 * The build waits for the last card and removes the list from the output. A card costs about
 * 20 ms of CPU; as one Astro route each, they ran one at a time on the thread rendering pages.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CardSpec } from '../lib/cards';
import { setCardDrawer } from '../og/drawer';

interface Job {
  card: CardSpec['card'];
  out: string;
}

/** A queue of cards drawn by a pool of worker threads that can grow. */
class DrawingPool {
  readonly #script: string;
  readonly #jobs: Job[] = [];
  #next = 0;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  #error: Error | undefined;
  #settle: (() => void) | undefined;

  constructor(script: string) {
    this.#script = script;
  }

  add(jobs: Job[]): void {
    this.#jobs.push(...jobs);
    this.#dispatch();
  }

  /** Runs at least `threads` workers. */
  grow(threads: number): void {
    while (this.#workers.length < threads) {
      // A card needs little heap; a small limit keeps each thread's footprint near 120 MB.
      const w = new Worker(this.#script, {
        resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
      });
      w.on('error', (error) => this.#fail(error));
      this.#workers.push(w);
      this.#idle.push(w);
    }
    this.#dispatch();
  }

  /** Resolves when every card is drawn; rejects with the first failure. */
  async done(): Promise<void> {
    // A failure settles at once: the cards still being drawn are abandoned.
    if (!this.#error && !this.#finished()) {
      await new Promise<void>((resolve) => (this.#settle = resolve));
    }
    await Promise.all(this.#workers.map((w) => w.terminate()));
    if (this.#error) throw this.#error;
  }

  #finished(): boolean {
    return this.#next >= this.#jobs.length && this.#idle.length === this.#workers.length;
  }

  /** Gives the next cards to idle workers; settles `done()` once all are drawn. */
  #dispatch(): void {
    while (!this.#error && this.#idle.length > 0 && this.#next < this.#jobs.length) {
      const w = this.#idle.pop()!;
      const job = this.#jobs[this.#next++]!;
      w.once('message', (reply: { ok: boolean; error?: string }) => {
        this.#idle.push(w);
        if (!reply.ok) return this.#fail(new Error(`Social card ${job.out}: ${reply.error}`));
        this.#dispatch();
      });
      w.postMessage(job);
    }
    if (this.#finished()) this.#settle?.();
  }

  #fail(error: Error): void {
    this.#error ??= error;
    this.#settle?.();
  }
}

export function ogCards(): AstroIntegration {
  let root = process.cwd();
  let outDir = '';
  let pool: DrawingPool | undefined;
  let count = 0;
  const cores = Math.max(1, availableParallelism());
  return {
    name: 'allies-og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        setCardDrawer((cards) => {
          pool ??= new DrawingPool(join(root, 'src', 'og', 'worker.ts'));
          count += cards.length;
          pool.add(
            cards.map(({ path, card }) => {
              const out = join(outDir, 'og', `${path}.png`);
              mkdirSync(dirname(out), { recursive: true });
              return { card, out };
            }),
          );
          // Leave a core to the pages still being rendered.
          pool.grow(Math.max(1, cores - 1));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setCardDrawer(undefined);
        rmSync(join(fileURLToPath(dir), 'og', 'cards.json'), { force: true });
        if (!pool) throw new Error('No social cards were drawn: /og/cards.json did not run');
        const started = performance.now();
        // The pages are written: the remaining cards get every core.
        pool.grow(cores);
        await pool.done();
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${count} social cards drawn (${waited}s after the pages)`);
      },
    },
  };
}
