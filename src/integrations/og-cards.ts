/**
 * Draws the social cards on worker threads while Astro renders the pages.
 *
 * The route /og/cards.json (src/pages/og/cards.json.ts) is one of the first Astro builds: it
 * computes every card (path and words, from src/lib/cards.ts) and hands the list to the drawer
 * this integration registers for the build. Cards are drawn at once on one worker thread, and
 * on one per core once the pages are done, from the content cache in node_modules/.cache/og.
 * The threads are a tinypool running src/og/worker.ts; a p-limit gate in front of it holds the
 * cards to one thread fewer than the cores until the pages are written. The build waits for the
 * last card and removes the list from the output. A card costs about 20 ms of CPU; as one Astro
 * route each, they ran one at a time on the thread rendering pages.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit, { type LimitFunction } from 'p-limit';
import Tinypool from 'tinypool';
import type { CardSpec } from '../lib/cards';
import { setCardDrawer } from '../og/drawer';

interface Job {
  card: CardSpec['card'];
  out: string;
  /** The content file the card's words come from, when it has one. */
  source?: string | undefined;
}

/** How many cards a thread draws, on average, before it is replaced (see `#recycleNowAndThen`). */
const CARDS_PER_THREAD = 50;

/**
 * A tinypool of worker threads running src/og/worker.ts, fed through a p-limit gate whose
 * concurrency is the number of threads the cards may use: the gate can be opened wider once the
 * pages are written, which a pool's own thread limit cannot.
 */
class DrawingPool {
  readonly #pool: Tinypool;
  readonly #gate: LimitFunction;
  readonly #drawing: Promise<void>[] = [];
  #sinceRecycle = 0;

  constructor(script: string, threads: number, maxThreads: number) {
    this.#pool = new Tinypool({
      filename: script,
      name: 'drawCard',
      minThreads: threads,
      maxThreads,
      // A card needs little heap; a small limit keeps each thread's footprint near 120 MB.
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
    });
    this.#gate = pLimit(threads);
  }

  add(jobs: Job[]): void {
    for (const job of jobs) {
      const drawn = this.#gate(async () => {
        await (this.#pool.run(job) as Promise<void>);
        this.#recycleNowAndThen();
      }).catch((error: unknown) => {
        // The worker's message names the card; this names the file to fix.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(job.source ? `${job.source}: ${message}` : message);
      });
      // Handled in done(); this keeps a failure from being reported as unhandled before then.
      drawn.catch(() => {});
      this.#drawing.push(drawn);
    }
  }

  /**
   * Replaces the threads after every `CARDS_PER_THREAD` cards each has drawn (on average). resvg-js
   * 2.6.2 never frees the pixels of a render (about 3 MB a card; thx/resvg-js#216, fixed only in
   * its 2.7 alphas): a thread that drew 2,000 cards held 6 GB. A thread's memory is released when
   * it exits, so a fresh thread starts from its fonts again. Threads busy with a card finish it
   * first (tinypool's recycleWorkers).
   */
  #recycleNowAndThen(): void {
    this.#sinceRecycle += 1;
    if (this.#sinceRecycle < CARDS_PER_THREAD * this.#gate.concurrency) return;
    this.#sinceRecycle = 0;
    this.#pool.recycleWorkers().catch(() => {});
  }

  /** Lets the cards use up to `threads` worker threads at once. */
  grow(threads: number): void {
    this.#gate.concurrency = Math.max(this.#gate.concurrency, threads);
  }

  /** Resolves when every card is drawn; rejects with the first failure. */
  async done(): Promise<void> {
    try {
      await Promise.all(this.#drawing);
    } finally {
      // After a failure the cards not yet drawn are abandoned.
      this.#gate.clearQueue();
      await this.#pool.destroy();
    }
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
          // Leave a core to the pages still being rendered.
          pool ??= new DrawingPool(
            join(root, 'src', 'og', 'worker.ts'),
            Math.max(1, cores - 1),
            cores,
          );
          count += cards.length;
          pool.add(
            cards.map(({ path, card, source }) => {
              const out = join(outDir, 'og', `${path}.png`);
              mkdirSync(dirname(out), { recursive: true });
              return { card, out, source };
            }),
          );
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
