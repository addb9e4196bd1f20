/**
 * Numbered pages of a long list, as Astro's `paginate()` splits them: page 1 holds the first
 * `size` items, page n the items from (n − 1) × size. Astro's `paginate()` decides which pages
 * exist (src/data/static-paths.ts); this picks one page's items for its route data, by the same
 * rule, so the two always agree (tests/unit/pagination.test.ts compares them).
 */

/** One page of a list. */
export interface PageOf<T> {
  /** The items on this page, in list order. */
  items: readonly T[];
  /** This page's number, from 1. */
  n: number;
  /** The number of the last page (1 for an empty list: an empty list still has its page 1). */
  last: number;
  /** Items in the whole list. */
  total: number;
  /** The 1-based positions of this page's first and last items in the whole list; 0 and 0 when empty. */
  from: number;
  to: number;
}

/** The number of pages a list of `total` items takes, `size` to a page (at least 1). */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`A page holds 1 or more items, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Page `n` (from 1) of `items`, `size` to a page. Throws a RangeError when the list has no
 * page `n`: a route for a page that does not exist is a bug in its getStaticPaths.
 */
export function pageOf<T>(items: readonly T[], n: number, size: number): PageOf<T> {
  const last = pageCount(items.length, size);
  if (!Number.isInteger(n) || n < 1 || n > last) {
    throw new RangeError(`A list of ${items.length} items, ${size} to a page, has no page ${n}`);
  }
  const start = (n - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    n,
    last,
    total: items.length,
    from: shown.length > 0 ? start + 1 : 0,
    to: start + shown.length,
  };
}
