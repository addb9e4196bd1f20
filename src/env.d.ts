/**
 * What a page hands to the components rendered inside it, through `Astro.locals`.
 * https://docs.astro.build/en/reference/api-reference/#locals
 */
import type { FactView } from './lib/views';

declare global {
  namespace App {
    interface Locals {
      /**
       * Set by article and topic pages before their MDX body renders: what each `<Fact>` of the
       * body shows, in reading order (see src/lib/footnotes.ts).
       */
      longform?: { facts: readonly FactView[] };
    }
  }
}
