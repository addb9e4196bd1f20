/**
 * Lookups by id, built once per list. Pages look entries up thousands of times per build; a
 * scan each time made a page's cost grow with the archive. The lists come from the corpus and
 * are never changed after loading, so an index stays valid for the list's lifetime.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = new Map(items.map((item) => [item.id, item]))));
  return index as Map<string, T>;
}

const groups = new WeakMap<
  readonly object[],
  Map<(item: never) => string, Map<string, object[]>>
>();

/**
 * The items of `items` grouped by `key(item)`, in their original order; built once per list and
 * key. Pass a function defined once (not an inline arrow), or every call builds a new index.
 */
export function groupBy<T extends object>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, T[]> {
  let byKey = groups.get(items);
  if (!byKey) groups.set(items, (byKey = new Map()));
  let index = byKey.get(key) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of items) {
      const k = key(item);
      const list = index.get(k) ?? [];
      list.push(item);
      index.set(k, list);
    }
    byKey.set(key, index as Map<string, object[]>);
  }
  return index;
}
